package nl.werkplein.employer.vacature;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.werkplein.employer.werkvoorraad.WerkvoorraadItem;
import nl.werkplein.employer.werkvoorraad.WerkvoorraadService;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/vacatures")
@Tag(name = "Vacatures", description = "Vacatures van werkgevers, Social Return en partners; voorstellen, afwijzen en afhandelen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VacatureResource {

    @Inject
    VacatureService service;
    @Inject
    WerkvoorraadService werkvoorraad;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @POST
    @RolesAllowed(Roles.ACCOUNTMANAGER)
    @Operation(summary = "Vacature van een werkgever registreren", description = "Publiceert vacature-geregistreerd; de vacature komt in de werkvoorraad van haar pool.")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = VacatureResponse.class)))
    public Response registreren(@Valid @NotNull(message = "body is verplicht") VacatureRequest request, UriInfo uri) {
        Vacature v = service.registreer(request);
        return Response.created(uri.getAbsolutePathBuilder().path(v.id.toString()).build()).entity(VacatureResponse.from(v)).build();
    }

    @GET
    @RolesAllowed({Roles.ACCOUNTMANAGER, Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Vacatures zoeken", description = "Nieuwste eerst; filters pool, bron, status en werkgeverId.")
    public Page<VacatureResponse> zoeken(
            @Parameter(description = "Poolcode", example = "BEMIDDELBAAR") @QueryParam("pool") String pool,
            @Parameter(description = "WERKGEVER, SOCIAL_RETURN of PARTNER") @QueryParam("bron") String bron,
            @Parameter(description = "OPEN, INGETROKKEN of AFGEHANDELD") @QueryParam("status") String status,
            @Parameter(description = "Alleen van deze werkgever", schema = @Schema(format = "uuid")) @QueryParam("werkgeverId") String werkgeverId,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        Bron b = params.enumWaarde("bron", bron, Bron.class);
        VacatureStatus s = params.enumWaarde("status", status, VacatureStatus.class);
        UUID werkgever = params.uuid("werkgeverId", werkgeverId);
        params.check();
        return service.zoeken(pool == null || pool.isBlank() ? null : pool.toUpperCase(Locale.ROOT), b, s, werkgever, paginering.verzoek());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ACCOUNTMANAGER, Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Vacature raadplegen")
    public VacatureResponse raadplegen(@PathParam("id") UUID id) {
        return VacatureResponse.from(service.raadplegen(id));
    }

    @GET
    @Path("/{id}/kandidaten")
    @RolesAllowed(Roles.MATCHER)
    @Operation(summary = "Kandidatenlijst van een vacature", description = "De best passende kandidaten van de pool met score en redenen, zoals in de werkvoorraad.")
    public WerkvoorraadItem kandidaten(@PathParam("id") UUID id) {
        return werkvoorraad.shortlist(id);
    }

    @POST
    @Path("/{id}/intrekking")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ACCOUNTMANAGER)
    @Operation(summary = "Vacature van een werkgever intrekken", description = "De vacature verlaat de werkvoorraad.")
    @APIResponse(responseCode = "200", description = "Ingetrokken")
    @APIResponse(responseCode = "409", description = "Geen vacature van een werkgever")
    public VacatureResponse intrekken(@PathParam("id") UUID id,
                                      @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(description = "Optioneel: {\"toelichting\": \"...\"}", required = false,
                    content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = ToelichtingRequest.class))) String body) {
        return VacatureResponse.from(service.intrekken(id, toelichting(body)));
    }

    @POST
    @Path("/{id}/voorstellen")
    @RolesAllowed(Roles.MATCHER)
    @Operation(summary = "Kandidaat voorstellen aan de werkgever")
    @APIResponse(responseCode = "201", description = "Voorgesteld",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = VoorstelResponse.class)))
    @APIResponse(responseCode = "409", description = "De vacature is niet open")
    public Response voorstellen(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") VoorstelRequest request) {
        // the shortlist of the vacancy shows each proposal and refusal
        return Response.created(java.net.URI.create("/api/v1/vacatures/" + id + "/kandidaten")).entity(VoorstelResponse.from(service.voorstellen(id, request.klantId(), request.toelichting()))).build();
    }

    @POST
    @Path("/{id}/afwijzingen")
    @RolesAllowed(Roles.MATCHER)
    @Operation(summary = "Kandidaat afwijzen voor deze vacature", description = "Met reden; de kandidaat verdwijnt van de kandidatenlijst van deze vacature.")
    @APIResponse(responseCode = "201", description = "Afgewezen",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = VoorstelResponse.class)))
    @APIResponse(responseCode = "409", description = "De vacature is niet open")
    public Response afwijzen(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") AfwijzingRequest request) {
        return Response.created(java.net.URI.create("/api/v1/vacatures/" + id + "/kandidaten")).entity(VoorstelResponse.from(service.afwijzen(id, request.klantId(), request.reden()))).build();
    }

    @POST
    @Path("/{id}/afhandeling")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.MATCHER)
    @Operation(summary = "Vacature afhandelen", description = "De vacature verlaat de werkvoorraad (tenzij afgehandeld=true wordt gevraagd).")
    @APIResponse(responseCode = "200", description = "Afgehandeld")
    @APIResponse(responseCode = "409", description = "De vacature is ingetrokken")
    public VacatureResponse afhandelen(@PathParam("id") UUID id,
                                       @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(description = "Optioneel: {\"toelichting\": \"...\"}", required = false,
                    content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = ToelichtingRequest.class))) String body) {
        return VacatureResponse.from(service.afhandelen(id, toelichting(body)));
    }

    /** The body is optional, so it is read here rather than by JAX-RS (which would demand a content type). */
    private String toelichting(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            ToelichtingRequest request = json.readValue(body, ToelichtingRequest.class);
            if (request.toelichting() != null && request.toelichting().length() > 2000) {
                throw nl.werkplein.platform.api.ProblemException.invalid("toelichting", "is te lang");
            }
            return request.toelichting();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw nl.werkplein.platform.api.ProblemException.invalid("body", "moet JSON zijn: {\"toelichting\": \"...\"}");
        }
    }
}
