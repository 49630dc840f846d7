package nl.werkplein.intake.aanvraag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Aanvraag")
public record AanvraagResponse(
        UUID id,
        UUID klantId,
        AanvraagStatus status,
        Kanaal kanaal,
        LocalDate aanvraagdatum,
        String postcode,
        OffsetDateTime ingediendOp) {

    static AanvraagResponse from(Aanvraag a) {
        return new AanvraagResponse(a.id, a.klantId, a.status, a.kanaal, a.aanvraagdatum, a.postcode, a.ingediendOp);
    }
}
