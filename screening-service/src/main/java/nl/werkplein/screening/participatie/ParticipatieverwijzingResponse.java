package nl.werkplein.screening.participatie;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A referral as staff see it; every field present (null when unknown). */
@Schema(name = "Participatieverwijzing")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ParticipatieverwijzingResponse(
        @Schema(description = "De verwijzing") UUID id,
        @Schema(description = "De klant (pseudoniem)") UUID klantId,
        @Schema(description = "DAGBESTEDING, VRIJWILLIGERSWERK, BESCHUT_WERK of ANDERS") String vorm,
        @Schema(description = "De wijk van de klant; null als de postcode bij geen wijk hoort", nullable = true) String wijk,
        @Schema(description = "Code van de organisatie; null op de werklijst", nullable = true, example = "radar") String organisatie,
        @Schema(description = "Naam van de organisatie", nullable = true, example = "Radar") String organisatieNaam,
        @Schema(description = "VERWEZEN, WERKLIJST (geen wijk bekend: een consulent verwijst) of ONTVANGEN") Participatieverwijzing.Status status,
        @Schema(description = "Wanneer de aanvullende vragenlijst verwees") OffsetDateTime aangemaaktOp,
        @Schema(description = "Wanneer de organisatie de verwijzing kreeg", nullable = true) OffsetDateTime verwezenOp,
        @Schema(description = "Wanneer de organisatie de ontvangst bevestigde", nullable = true) OffsetDateTime ontvangenOp,
        @Schema(description = "Opmerking bij de ontvangst", nullable = true) String ontvangstOpmerking) {

    static ParticipatieverwijzingResponse from(Participatieverwijzing v) {
        return new ParticipatieverwijzingResponse(v.id, v.klantId, v.vorm, v.wijk, v.organisatieCode, v.organisatie, v.status, v.aangemaaktOp,
                v.verwezenOp, v.ontvangenOp, v.ontvangstOpmerking);
    }
}
