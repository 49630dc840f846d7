package nl.werkplein.employer.plaatsing;

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
import nl.werkplein.employer.kandidaat.KandidatenRegister;
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

@Path("/api/v1/plaatsingen")
@Tag(name = "Plaatsingen", description = "Gerealiseerde plaatsingen met soort en uitstroom, en hun einde")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlaatsingResource {

    @Inject
    PlaatsingService service;
    @Inject
    KandidatenRegister kandidaten;

    @POST
    @RolesAllowed(Roles.MATCHER)
    @Operation(summary = "Plaatsing registreren", description = "Publiceert plaatsing-gerealiseerd met de doelgroep van de kandidaat; de kandidaat verdwijnt van andere kandidatenlijsten. "
            + "Dezelfde vacatureId en klantId nogmaals geeft 200 met de bestaande plaatsing. Een onbekende vacature of kandidaat is 400 op vacatureId of klantId.")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = PlaatsingResponse.class)))
    @APIResponse(responseCode = "200", description = "Bestond al",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = PlaatsingResponse.class)))
    @APIResponse(responseCode = "409", description = "De vacature is ingetrokken, of de kandidaat heeft al een lopende plaatsing op een andere vacature")
    public Response registreren(@Valid @NotNull(message = "body is verplicht") PlaatsingRequest request, UriInfo uri) {
        PlaatsingService.Uitkomst uitkomst = service.registreer(request);
        PlaatsingResponse body = PlaatsingResponse.from(uitkomst.plaatsing());
        if (!uitkomst.nieuw()) {
            return Response.ok(body).build();
        }
        kandidaten.ververs(); // this replica's shortlists drop the candidate at once
        return Response.created(uri.getAbsolutePathBuilder().path(body.id().toString()).build()).entity(body).build();
    }

    @POST
    @Path("/{id}/beeindiging")
    @RolesAllowed(Roles.MATCHER)
    @Operation(summary = "Plaatsing beëindigen", description = "Legt het einde vast (einddatum niet voor de startdatum; reden AFGEROND, "
            + "AFGEBROKEN_WERKGEVER of AFGEBROKEN_KLANT) en publiceert plaatsing-beeindigd. De kandidaat is weer beschikbaar, "
            + "tenzij de uitkering beëindigd is. Al beëindigd: 409.")
    @APIResponse(responseCode = "200", description = "Beëindigd")
    @APIResponse(responseCode = "409", description = "De plaatsing is al beëindigd")
    public PlaatsingResponse beeindigen(@PathParam("id") UUID id, @NotNull(message = "body is verplicht") PlaatsingBeeindiging request) {
        PlaatsingResponse body = PlaatsingResponse.from(service.beeindig(id, request));
        kandidaten.ververs(); // this replica's shortlists take the candidate back at once
        return body;
    }

    @GET
    @RolesAllowed({Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Plaatsingen zoeken", description = "Nieuwste eerst; filters vacatureId, klantId en pool.")
    public Page<PlaatsingResponse> zoeken(
            @Parameter(description = "Alleen op deze vacature", schema = @Schema(format = "uuid")) @QueryParam("vacatureId") String vacatureId,
            @Parameter(description = "Alleen van deze klant", schema = @Schema(format = "uuid")) @QueryParam("klantId") String klantId,
            @Parameter(description = "Poolcode", example = "BEMIDDELBAAR") @QueryParam("pool") String pool,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        UUID vacature = params.uuid("vacatureId", vacatureId);
        UUID klant = params.uuid("klantId", klantId);
        params.check();
        return service.zoeken(vacature, klant, pool == null || pool.isBlank() ? null : pool.toUpperCase(Locale.ROOT), paginering.verzoek());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Plaatsing raadplegen")
    public PlaatsingResponse raadplegen(@PathParam("id") UUID id) {
        return PlaatsingResponse.from(service.raadplegen(id));
    }
}
