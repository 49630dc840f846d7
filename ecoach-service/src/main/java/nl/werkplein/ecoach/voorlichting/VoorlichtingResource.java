package nl.werkplein.ecoach.voorlichting;

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
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/voorlichtingen")
@Tag(name = "Voorlichtingen", description = "Collectieve voorlichting voor nieuwe zelfdoeners, met uitzendbureaus")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoorlichtingResource {

    @Inject
    VoorlichtingService service;

    @POST
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Voorlichting plannen", description = "Klanten die nog op een sessie met plaats wachten, worden meteen uitgenodigd (per mail).")
    @APIResponse(responseCode = "201", description = "Gepland",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = VoorlichtingResponse.class)))
    public Response plan(@Valid @NotNull(message = "body is verplicht") VoorlichtingRequest request) {
        VoorlichtingResponse v = service.plan(request);
        return Response.created(java.net.URI.create("/api/v1/voorlichtingen/" + v.voorlichtingId())).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Voorlichtingen opvragen", description = "Op datum; standaard vanaf vandaag.")
    @APIResponse(responseCode = "200", description = "Een pagina voorlichtingen")
    public Page<VoorlichtingResponse> lijst(
            @Parameter(description = "Vanaf deze datum (inclusief); standaard vandaag", schema = @Schema(format = "date")) @QueryParam("vanaf") String vanafParam,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        LocalDate vanaf = params.datum("vanaf", vanafParam);
        params.check();
        return service.lijst(vanaf, paginering.verzoek());
    }

    @GET
    @Path("/{voorlichtingId}")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Voorlichting raadplegen", description = "Datum, tijd, plaats of link, capaciteit, deelnemers en uitzendbureaus.")
    @APIResponse(responseCode = "200", description = "De voorlichting")
    public VoorlichtingResponse een(@PathParam("voorlichtingId") UUID id) {
        return service.een(id);
    }

    @GET
    @Path("/{voorlichtingId}/deelnemers")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Deelnemers opvragen", description = "De e-coach die de sessie plande en beheer zien alle deelnemers; andere e-coaches die van hun eigen caseload.")
    @APIResponse(responseCode = "200", description = "Een pagina deelnemers")
    public Page<DeelnemerResponse> deelnemers(@PathParam("voorlichtingId") UUID id, @BeanParam Paginering paginering) {
        return service.deelnemers(id, paginering.verzoek());
    }

    @PUT
    @Path("/{voorlichtingId}/deelnemers/{klantId}")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Aanwezigheid vastleggen", description = "Na afloop: was de klant er? Wie er niet was, wordt uitgenodigd voor de volgende sessie met plaats.")
    @APIResponse(responseCode = "200", description = "Vastgelegd")
    @APIResponse(responseCode = "409", description = "De sessie is nog niet begonnen")
    public DeelnemerResponse aanwezigheid(@PathParam("voorlichtingId") UUID id, @PathParam("klantId") UUID klantId,
                                      @Valid @NotNull(message = "body is verplicht") AanwezigheidRequest request) {
        return service.aanwezigheid(id, klantId, request.aanwezig());
    }
}
