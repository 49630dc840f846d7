package nl.werkplein.ecoach.workshop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.ecoach.traject.Workshop;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the e-coach (and the client) sees of the workshop referrals and the partner's attendance report. */
@Path("/api/v1/trajecten/{klantId}/workshops")
@Tag(name = "Trajecten", description = "De e-dienstverlening van een zelfdoener: e-coach, voorlichting, evaluatie, escalatie")
@Produces(MediaType.APPLICATION_JSON)
public class TrajectWorkshopResource {

    @Inject
    WorkshopService service;

    @Schema(name = "TrajectWorkshop")
    public record WorkshopView(
            @Schema(description = "De verwijzing") UUID verwijzingId,
            @Schema(description = "Het traject waarin verwezen werd") UUID trajectId,
            @Schema(description = "De evaluatie die verwees") UUID evaluatieId,
            @Schema(description = "PRESENTATIE, CV of ZOEKGEDRAG") Workshop onderwerp,
            @Schema(description = "De partner die de workshop geeft", example = "randstad") String partnerId,
            @Schema(description = "Het verwijzingsnummer dat de partner kent", example = "WS-7K2M9QX4TB1H") String referentie,
            @Schema(description = "OPEN (nog geen melding), AANWEZIG, AFWEZIG of VERVALLEN") WorkshopStatus status,
            @Schema(description = "Wanneer verwezen") OffsetDateTime verwezenOp,
            @Schema(description = "Wanneer de partner de aanwezigheid meldde", nullable = true) OffsetDateTime gemeldOp) {

        static WorkshopView from(Workshopverwijzing v) {
            return new WorkshopView(v.id, v.trajectId, v.evaluatieId, v.onderwerp, v.partnerId, v.referentie, v.status, v.verwezenOp, v.gemeldOp);
        }
    }

    @GET
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Workshops van de klant",
            description = "De workshopverwijzingen van alle trajecten van de klant, de nieuwste eerst, met de aanwezigheid die de partner meldde. "
                    + "De klant de eigen, de e-coach die van de eigen caseload, beheer alle.")
    @APIResponse(responseCode = "200", description = "De verwijzingen (leeg als er geen zijn)")
    @APIResponse(responseCode = "404", description = "Geen traject, of niet van de e-coach of klant")
    public List<WorkshopView> workshops(@PathParam("klantId") UUID klantId) {
        return service.vanKlant(klantId);
    }
}
