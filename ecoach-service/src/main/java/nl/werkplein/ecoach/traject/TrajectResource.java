package nl.werkplein.ecoach.traject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/trajecten/{klantId}")
@Tag(name = "Trajecten", description = "De e-dienstverlening van een zelfdoener: e-coach, voorlichting, evaluatie, escalatie")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrajectResource {

    @Inject
    TrajectService service;

    @GET
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Traject raadplegen", description = "De klant het eigen traject, de e-coach de klanten van de eigen caseload, beheer alle.")
    @APIResponse(responseCode = "200", description = "Het huidige traject van de klant: het lopende, anders het laatst afgesloten")
    public TrajectResponse traject(@PathParam("klantId") UUID klantId) {
        return service.raadplegen(klantId);
    }

    @GET
    @Path("/historie")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Trajecten van de klant", description = "Het huidige traject en de eerdere (afgesloten) trajecten van de klant, het huidige eerst. "
            + "Een klant die na een beëindigde uitkering terugkomt, krijgt een nieuw traject; de eerdere blijven als historie.")
    @APIResponse(responseCode = "200", description = "De trajecten, het huidige eerst")
    public java.util.List<TrajectResponse> historie(@PathParam("klantId") UUID klantId) {
        return service.historie(klantId);
    }

    @POST
    @Path("/evaluaties")
    @RolesAllowed(Roles.ECOACH)
    @Operation(summary = "Evaluatie vastleggen", description = "Het gesprek na drie maanden: VOORTZETTEN, WORKSHOP (met workshop) of ESCALEREN.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = EvaluatieResponse.class)))
    @APIResponse(responseCode = "409", description = "Het traject is afgesloten")
    public Response evalueer(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") EvaluatieRequest request) {
        EvaluatieResponse evaluatie = service.evalueer(klantId, request);
        // no GET of one evaluation: the list of the trajectory has it
        return Response.created(java.net.URI.create("/api/v1/trajecten/" + klantId + "/evaluaties")).entity(evaluatie).build();
    }

    @GET
    @Path("/evaluaties")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Evaluaties raadplegen", description = "Alle evaluaties van de trajecten van de klant, nieuwste eerst.")
    @APIResponse(responseCode = "200", description = "De evaluaties")
    public java.util.List<EvaluatieResponse> evaluaties(@PathParam("klantId") UUID klantId) {
        return service.evaluaties(klantId);
    }

    @POST
    @Path("/escalaties")
    @RolesAllowed(Roles.ECOACH)
    @Operation(summary = "Klant escaleren", description = "De klant heeft meer ondersteuning nodig: screening beslist opnieuw; het traject sluit (ESCALATIE).")
    @APIResponse(responseCode = "200", description = "Geëscaleerd; het afgesloten traject")
    @APIResponse(responseCode = "409", description = "Het traject is al afgesloten")
    public TrajectResponse escaleer(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") EscalatieRequest request) {
        return service.escaleer(klantId, request.reden());
    }

    @POST
    @Path("/afsluiting")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Traject afsluiten", description = "De klant vond werk (reden WERK).")
    @APIResponse(responseCode = "200", description = "Het afgesloten traject")
    @APIResponse(responseCode = "409", description = "Het traject is al afgesloten")
    public TrajectResponse sluit(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") AfsluitingRequest request) {
        return service.afsluiten(klantId, request.reden());
    }
}
