package nl.werkplein.ecoach.voorlichting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/voorlichtingen")
@Tag(name = "Voorlichtingen", description = "Collectieve voorlichting voor nieuwe zelfdoeners, met uitzendbureaus")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoorlichtingResource {

    @Inject
    VoorlichtingService service;

    @Schema(name = "VoorlichtingPlannen")
    public record PlanRequest(
            @Schema(required = true, format = "date", description = "Datum van de sessie") @NotNull(message = "is verplicht") LocalDate datum,
            @Schema(required = true, format = "time-local", example = "10:00", description = "Begintijd") @NotNull(message = "is verplicht") LocalTime begintijd,
            @Schema(required = true, format = "time-local", example = "12:00", description = "Eindtijd") @NotNull(message = "is verplicht") LocalTime eindtijd,
            @Schema(description = "Plaats; locatie of onlineLink is verplicht") @Size(max = 300, message = "is te lang (hoogstens 300 tekens)") String locatie,
            @Schema(description = "Link voor online deelname (https)") @Size(max = 500, message = "is te lang (hoogstens 500 tekens)")
            @Pattern(regexp = "https://\\S+", message = "moet een https-link zijn") String onlineLink,
            @Schema(required = true, description = "Aantal plaatsen") @NotNull(message = "is verplicht")
            @Min(value = 1, message = "moet 1 of meer zijn") @Max(value = 1000, message = "moet hoogstens 1000 zijn") Integer capaciteit,
            @Schema(description = "Uitzendbureaus die meedoen") @Size(max = 20, message = "hoogstens 20")
            List<@NotBlank(message = "mag niet leeg zijn") @Size(max = 100, message = "is te lang (hoogstens 100 tekens)")
            @Pattern(regexp = "[^,]*", message = "mag geen komma bevatten") String> uitzendbureaus) {
    }

    @Schema(name = "Voorlichting")
    public record VoorlichtingView(
            UUID voorlichtingId,
            @Schema(format = "date") LocalDate datum,
            @Schema(format = "time-local", example = "10:00:00") LocalTime begintijd,
            @Schema(format = "time-local", example = "12:00:00") LocalTime eindtijd,
            @Schema(nullable = true) String locatie,
            @Schema(nullable = true) String onlineLink,
            int capaciteit,
            @Schema(description = "Aantal uitgenodigde klanten") long deelnemers,
            List<String> uitzendbureaus,
            @Schema(description = "De e-coach die de sessie plande; null voor de wekelijkse sessies", nullable = true) UUID ecoachId,
            @Schema(description = "Gepland door de wekelijkse planning") boolean automatisch) {
    }

    @Schema(name = "Deelnemer")
    public record DeelnemerView(UUID klantId, UUID trajectId, OffsetDateTime uitgenodigdOp,
                                @Schema(description = "null zolang niet geregistreerd", nullable = true) Boolean aanwezig) {
        static DeelnemerView from(Deelname d) {
            return new DeelnemerView(d.klantId, d.sleutel.trajectId, d.uitgenodigdOp, d.aanwezig);
        }
    }

    @Schema(name = "AanwezigheidVastleggen")
    public record AanwezigheidRequest(@Schema(required = true, description = "Of de klant er was") @NotNull(message = "is verplicht") Boolean aanwezig) {
    }

    @POST
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Voorlichting plannen", description = "Klanten die nog op een sessie met plaats wachten, worden meteen uitgenodigd (per mail).")
    @APIResponse(responseCode = "201", description = "Gepland",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = VoorlichtingView.class)))
    public Response plan(@Valid @NotNull(message = "body is verplicht") PlanRequest request) {
        VoorlichtingView v = service.plan(request);
        return Response.created(java.net.URI.create("/api/v1/voorlichtingen/" + v.voorlichtingId())).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Voorlichtingen opvragen", description = "Op datum; standaard vanaf vandaag.")
    @APIResponse(responseCode = "200", description = "Een pagina voorlichtingen")
    public Page<VoorlichtingView> lijst(
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
    public VoorlichtingView een(@PathParam("voorlichtingId") UUID id) {
        return service.een(id);
    }

    @GET
    @Path("/{voorlichtingId}/deelnemers")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Deelnemers opvragen", description = "De e-coach die de sessie plande en beheer zien alle deelnemers; andere e-coaches die van hun eigen caseload.")
    @APIResponse(responseCode = "200", description = "Een pagina deelnemers")
    public Page<DeelnemerView> deelnemers(@PathParam("voorlichtingId") UUID id, @BeanParam Paginering paginering) {
        return service.deelnemers(id, paginering.verzoek());
    }

    @PUT
    @Path("/{voorlichtingId}/deelnemers/{klantId}")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Aanwezigheid vastleggen", description = "Na afloop: was de klant er? Wie er niet was, wordt uitgenodigd voor de volgende sessie met plaats.")
    @APIResponse(responseCode = "200", description = "Vastgelegd")
    @APIResponse(responseCode = "409", description = "De sessie is nog niet begonnen")
    public DeelnemerView aanwezigheid(@PathParam("voorlichtingId") UUID id, @PathParam("klantId") UUID klantId,
                                      @Valid @NotNull(message = "body is verplicht") AanwezigheidRequest request) {
        return service.aanwezigheid(id, klantId, request.aanwezig());
    }
}
