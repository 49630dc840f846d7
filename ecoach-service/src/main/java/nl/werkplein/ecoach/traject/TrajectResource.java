package nl.werkplein.ecoach.traject;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/trajecten/{klantId}")
@Tag(name = "Trajecten", description = "De e-dienstverlening van een zelfdoener: e-coach, voorlichting, evaluatie, escalatie")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrajectResource {

    @Inject
    TrajectService service;

    @Schema(name = "Traject")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TrajectView(
            @Schema(description = "De klant (pseudoniem)") UUID klantId,
            @Schema(description = "Het traject") UUID trajectId,
            @Schema(description = "De e-coach van de klant") UUID ecoachId,
            @Schema(description = "ACTIEF of AFGESLOTEN") TrajectStatus status,
            @Schema(description = "Begin van de e-dienstverlening", format = "date") LocalDate startdatum,
            @Schema(description = "De collectieve voorlichting; null zolang geen sessie plaats heeft", nullable = true) VoorlichtingView voorlichting,
            @Schema(description = "Datum van de (volgende) evaluatie: start + 3 maanden", format = "date") LocalDate evaluatieGeplandOp,
            @Schema(description = "GEPLAND, NODIG (aan de beurt: de klant heeft nog een uitkering) of VERVALLEN") EvaluatieStatus evaluatieStatus,
            @Schema(description = "Waarom het traject eindigde", nullable = true) Afsluitreden afsluitreden,
            @Schema(description = "Wanneer het traject eindigde", nullable = true) OffsetDateTime afgeslotenOp) {

        static TrajectView from(Traject t, VoorlichtingView voorlichting) {
            return new TrajectView(t.klantId, t.id, t.ecoachId, t.status, t.startdatum, voorlichting,
                    t.evaluatieGeplandOp, t.evaluatieStatus, t.afsluitreden, t.afgeslotenOp);
        }
    }

    @Schema(name = "TrajectVoorlichting")
    public record VoorlichtingView(
            @Schema(description = "De sessie") UUID voorlichtingId,
            @Schema(description = "Datum van de sessie", format = "date") LocalDate datum,
            @Schema(description = "Begintijd", format = "time-local", example = "10:00:00") LocalTime begintijd,
            @Schema(description = "Plaats", nullable = true) String locatie,
            @Schema(description = "Link voor online deelname", nullable = true) String onlineLink,
            @Schema(description = "Of de klant er was; null zolang niet geregistreerd", nullable = true) Boolean aanwezig) {
    }

    @Schema(name = "EvaluatieVastleggen")
    public record EvaluatieRequest(
            @Schema(required = true, description = "VOORTZETTEN, WORKSHOP of ESCALEREN") @NotNull(message = "is verplicht") EvaluatieUitkomst uitkomst,
            @Schema(description = "Verplicht bij WORKSHOP: PRESENTATIE, CV of ZOEKGEDRAG (Randstad)") Workshop workshop,
            @Schema(description = "Toelichting; bij ESCALEREN de reden") @Size(max = 2000, message = "is te lang (hoogstens 2000 tekens)") String toelichting) {
    }

    @Schema(name = "Evaluatie")
    public record EvaluatieView(UUID evaluatieId, UUID trajectId, EvaluatieUitkomst uitkomst,
                                @Schema(nullable = true) Workshop workshop, @Schema(nullable = true) String toelichting,
                                OffsetDateTime uitgevoerdOp) {
        static EvaluatieView from(Evaluatie e) {
            return new EvaluatieView(e.id, e.trajectId, e.uitkomst, e.workshop, e.toelichting, e.uitgevoerdOp);
        }
    }

    @Schema(name = "EscalatieVastleggen")
    public record EscalatieRequest(
            @Schema(required = true, description = "Waarom de klant meer ondersteuning nodig heeft")
            @NotBlank(message = "is verplicht") @Size(max = 2000, message = "is te lang (hoogstens 2000 tekens)") String reden) {
    }

    @Schema(name = "AfsluitingVastleggen")
    public record AfsluitingRequest(
            @Schema(required = true, description = "Alleen WERK: de klant vond werk (andere redenen volgen uit events)")
            @NotNull(message = "is verplicht") Afsluitreden reden) {
    }

    @GET
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Traject raadplegen", description = "De klant het eigen traject, de e-coach de klanten van de eigen caseload, beheer alle.")
    @APIResponse(responseCode = "200", description = "Het huidige traject van de klant: het lopende, anders het laatst afgesloten")
    public TrajectView traject(@PathParam("klantId") UUID klantId) {
        return service.raadplegen(klantId);
    }

    @GET
    @Path("/historie")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Trajecten van de klant", description = "Het huidige traject en de eerdere (afgesloten) trajecten van de klant, het huidige eerst. "
            + "Een klant die na een beëindigde uitkering terugkomt, krijgt een nieuw traject; de eerdere blijven als historie.")
    @APIResponse(responseCode = "200", description = "De trajecten, het huidige eerst")
    public java.util.List<TrajectView> historie(@PathParam("klantId") UUID klantId) {
        return service.historie(klantId);
    }

    @POST
    @Path("/evaluaties")
    @RolesAllowed(Roles.ECOACH)
    @Operation(summary = "Evaluatie vastleggen", description = "Het gesprek na drie maanden: VOORTZETTEN, WORKSHOP (met workshop) of ESCALEREN.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = EvaluatieView.class)))
    @APIResponse(responseCode = "409", description = "Het traject is afgesloten")
    public Response evalueer(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") EvaluatieRequest request) {
        EvaluatieView evaluatie = service.evalueer(klantId, request);
        // no GET of one evaluation: the list of the trajectory has it
        return Response.created(java.net.URI.create("/api/v1/trajecten/" + klantId + "/evaluaties")).entity(evaluatie).build();
    }

    @GET
    @Path("/evaluaties")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Evaluaties raadplegen", description = "Alle evaluaties van de trajecten van de klant, nieuwste eerst.")
    @APIResponse(responseCode = "200", description = "De evaluaties")
    public java.util.List<EvaluatieView> evaluaties(@PathParam("klantId") UUID klantId) {
        return service.evaluaties(klantId);
    }

    @POST
    @Path("/escalaties")
    @RolesAllowed(Roles.ECOACH)
    @Operation(summary = "Klant escaleren", description = "De klant heeft meer ondersteuning nodig: screening beslist opnieuw; het traject sluit (ESCALATIE).")
    @APIResponse(responseCode = "200", description = "Geëscaleerd; het afgesloten traject")
    @APIResponse(responseCode = "409", description = "Het traject is al afgesloten")
    public TrajectView escaleer(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") EscalatieRequest request) {
        return service.escaleer(klantId, request.reden());
    }

    @POST
    @Path("/afsluiting")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Traject afsluiten", description = "De klant vond werk (reden WERK).")
    @APIResponse(responseCode = "200", description = "Het afgesloten traject")
    @APIResponse(responseCode = "409", description = "Het traject is al afgesloten")
    public TrajectView sluit(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") AfsluitingRequest request) {
        return service.afsluiten(klantId, request.reden());
    }
}
