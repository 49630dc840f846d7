package nl.werkplein.employer.werkgever;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/werkgevers")
@Tag(name = "Werkgevers", description = "Werkgevers, hun contactpersonen, contactmomenten en personeelsbehoeften")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WerkgeverResource {

    @Inject
    WerkgeverService service;

    @POST
    @RolesAllowed(Roles.ACCOUNTMANAGER)
    @Operation(summary = "Werkgever vastleggen", description = "KvK-nummer van 8 cijfers, uniek.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = WerkgeverResponse.class)))
    @APIResponse(responseCode = "409", description = "Er is al een werkgever met dit KvK-nummer")
    public Response vastleggen(@Valid @NotNull(message = "body is verplicht") WerkgeverRequest request, UriInfo uri) {
        WerkgeverResponse w = service.vastleggen(request);
        return Response.created(uri.getAbsolutePathBuilder().path(w.id().toString()).build()).entity(w).build();
    }

    @GET
    @RolesAllowed({Roles.ACCOUNTMANAGER, Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Werkgevers zoeken", description = "Filters branche, naam (deel van), kvkNummer en accountmanagerId.")
    public Page<WerkgeverResponse> zoeken(
            @Parameter(description = "Branche", example = "BOUW") @QueryParam("branche") String branche,
            @Parameter(description = "Deel van de naam", example = "noord") @QueryParam("naam") String naam,
            @Parameter(description = "KvK-nummer", example = "12345678") @QueryParam("kvkNummer") String kvkNummer,
            @Parameter(description = "Accountmanager", schema = @Schema(format = "uuid")) @QueryParam("accountmanagerId") String accountmanagerId,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        UUID am = params.uuid("accountmanagerId", accountmanagerId);
        if (kvkNummer != null && !kvkNummer.isBlank() && !kvkNummer.matches("[0-9]{8}")) {
            params.invalid("kvkNummer", "moet 8 cijfers zijn");
        }
        params.check();
        return service.zoeken(leeg(branche), leeg(naam), leeg(kvkNummer), am, paginering.verzoek());
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ACCOUNTMANAGER, Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Werkgever raadplegen")
    public WerkgeverResponse raadplegen(@PathParam("id") UUID id) {
        return service.raadplegen(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ACCOUNTMANAGER)
    @Operation(summary = "Werkgever wijzigen")
    @APIResponse(responseCode = "200", description = "Gewijzigd")
    @APIResponse(responseCode = "409", description = "Er is al een werkgever met dit KvK-nummer")
    public WerkgeverResponse wijzigen(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") WerkgeverRequest request) {
        return service.wijzigen(id, request);
    }

    @POST
    @Path("/{id}/contactmomenten")
    @RolesAllowed(Roles.ACCOUNTMANAGER)
    @Operation(summary = "Contactmoment vastleggen")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = ContactmomentResponse.class)))
    public Response contactmoment(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") ContactmomentRequest request) {
        return Response.created(java.net.URI.create("/api/v1/werkgevers/" + id + "/contactmomenten")).entity(service.contactmomentVastleggen(id, request)).build();
    }

    @GET
    @Path("/{id}/contactmomenten")
    @RolesAllowed({Roles.ACCOUNTMANAGER, Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Contactmomenten van een werkgever", description = "Nieuwste eerst; filters van en tot (datums).")
    public Page<ContactmomentResponse> contactmomenten(@PathParam("id") UUID id,
            @Parameter(description = "Vanaf deze datum", schema = @Schema(format = "date")) @QueryParam("van") String van,
            @Parameter(description = "Tot en met deze datum", schema = @Schema(format = "date")) @QueryParam("tot") String tot,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        var v = params.datum("van", van);
        var t = params.datum("tot", tot);
        params.check();
        return service.contactmomenten(id, v, t, paginering.verzoek());
    }

    @POST
    @Path("/{id}/personeelsbehoeften")
    @RolesAllowed(Roles.ACCOUNTMANAGER)
    @Operation(summary = "Personeelsbehoefte vastleggen", description = "Nu of in de toekomst, bijvoorbeeld een opleidingstraject voor een groep werkzoekenden.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = PersoneelsbehoefteResponse.class)))
    public Response behoefte(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") PersoneelsbehoefteRequest request) {
        return Response.created(java.net.URI.create("/api/v1/werkgevers/" + id + "/personeelsbehoeften")).entity(service.behoefteVastleggen(id, request)).build();
    }

    @GET
    @Path("/{id}/personeelsbehoeften")
    @RolesAllowed({Roles.ACCOUNTMANAGER, Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Personeelsbehoeften van een werkgever", description = "Op volgorde van vanaf; lopend=true laat verlopen behoeften weg.")
    public Page<PersoneelsbehoefteResponse> behoeften(@PathParam("id") UUID id,
            @Parameter(description = "Alleen lopende en toekomstige behoeften") @QueryParam("lopend") Boolean lopend,
            @BeanParam Paginering paginering) {
        return service.behoeften(id, Boolean.TRUE.equals(lopend), paginering.verzoek());
    }
}
