package nl.werkplein.socialreturn.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Schema(name = "Partner")
public record PartnerResponse(
        @Schema(example = "randstad") String partnerId,
        @Schema(example = "Randstad") String naam,
        @Schema(description = "Standaardpool van zijn vacatures", example = "BEMIDDELBAAR") String pool,
        boolean actief,
        @Schema(example = "2026-03-02") LocalDate leverenVanaf,
        @Schema(description = "Laatst geleverde ISO-week", example = "2026-W09") String laatsteWeek,
        @Schema(description = "Wanneer vastgelegd") OffsetDateTime aangemaaktOp) {

    static PartnerResponse van(Partner p, String laatsteWeek) {
        return new PartnerResponse(p.id, p.naam, p.pool, p.actief, p.leverenVanaf, laatsteWeek, p.aangemaaktOp);
    }
}
