package nl.werkplein.ecoach.workshop;

import nl.werkplein.ecoach.traject.Workshop;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "TrajectWorkshop")
public record TrajectWorkshopResponse(
        @Schema(description = "De verwijzing") UUID verwijzingId,
        @Schema(description = "Het traject waarin verwezen werd") UUID trajectId,
        @Schema(description = "De evaluatie die verwees") UUID evaluatieId,
        @Schema(description = "PRESENTATIE, CV of ZOEKGEDRAG") Workshop onderwerp,
        @Schema(description = "De partner die de workshop geeft", example = "randstad") String partnerId,
        @Schema(description = "Het verwijzingsnummer dat de partner kent", example = "WS-7K2M9QX4TB1H") String referentie,
        @Schema(description = "OPEN (nog geen melding), AANWEZIG, AFWEZIG of VERVALLEN") WorkshopStatus status,
        @Schema(description = "Wanneer verwezen") OffsetDateTime verwezenOp,
        @Schema(description = "Wanneer de partner de aanwezigheid meldde", nullable = true) OffsetDateTime gemeldOp) {

    static TrajectWorkshopResponse from(Workshopverwijzing v) {
        return new TrajectWorkshopResponse(v.id, v.trajectId, v.evaluatieId, v.onderwerp, v.partnerId, v.referentie, v.status, v.verwezenOp, v.gemeldOp);
    }
}
