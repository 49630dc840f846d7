package nl.werkplein.ecoach.workshop;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.werkplein.ecoach.traject.Workshop;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Workshopverwijzing", description = "Een verwijzing zoals de partner haar ziet: geen BSN, naam, adres of e-mailadres")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WorkshopverwijzingResponse(
        @Schema(description = "De verwijzing") UUID id,
        @Schema(description = "Pseudoniem verwijzingsnummer van de klant, willekeurig per verwijzing; de klant noemt het bij aanmelding",
                example = "WS-7K2M9QX4TB1H") String referentie,
        @Schema(description = "Waar de workshop over gaat: PRESENTATIE, CV of ZOEKGEDRAG") Workshop onderwerp,
        @Schema(description = "OPEN, AANWEZIG, AFWEZIG of VERVALLEN (het traject is afgesloten vóór een melding)") WorkshopStatus status,
        @Schema(description = "Wanneer de e-coach verwees") OffsetDateTime verwezenOp,
        @Schema(description = "Wanneer de partner de aanwezigheid meldde", nullable = true) OffsetDateTime gemeldOp) {

    static WorkshopverwijzingResponse from(Workshopverwijzing v) {
        return new WorkshopverwijzingResponse(v.id, v.referentie, v.onderwerp, v.status, v.verwezenOp, v.gemeldOp);
    }
}
