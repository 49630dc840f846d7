package nl.werkplein.socialreturn.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Contract", description = "Een contract met zijn Social Return-verplichting en de realisatie (bedragen in centen)")
public record ContractResponse(
        UUID id,
        @Schema(example = "Bouwbedrijf Noord BV") String opdrachtnemer,
        @Schema(example = "12345678") String kvkNummer,
        @Schema(example = "Gemeente Groningen") String opdrachtgever,
        @Schema(description = "In centen", example = "100000000") long opdrachtwaarde,
        @Schema(description = "Percentage van de opdrachtwaarde", example = "5") BigDecimal percentage,
        @Schema(example = "randstad") String partnerId,
        @Schema(example = "2026-01-01") LocalDate begindatum,
        @Schema(example = "2026-12-31") LocalDate einddatum,
        @Schema(description = "opdrachtwaarde × percentage / 100, op de cent afgerond (half-up)", example = "5000000") long verplichting,
        @Schema(description = "Som van de huidige bouwblokkenwaarden van de toegerekende plaatsingen (na herwaardering), in centen", example = "1333333") long gerealiseerd,
        @Schema(description = "gerealiseerd / verplichting in procenten, één decimaal", example = "26.7") BigDecimal realisatiePercentage,
        @Schema(description = "Einde van de periode waarover het schema loopt (einddatum, of begindatum plus de standaardlooptijd)", example = "2026-12-31") LocalDate periodeEinddatum,
        @Schema(description = "Verstreken deel van de periode in procenten, één decimaal", example = "50.0") BigDecimal verstrekenPercentage,
        @Schema(description = "Wat volgens een lineair schema nu gerealiseerd zou moeten zijn, in centen", example = "2500000") long verwachtGerealiseerd,
        @Schema(description = "Hoeveel centen het contract achterloopt op het schema (0 als het op schema is)", example = "1166667") long achterstand,
        @Schema(description = "Gerealiseerd is minder dan verwacht voor het verstreken deel van de periode") boolean achterOpSchema,
        @Schema(description = "Wanneer geregistreerd") OffsetDateTime geregistreerdOp) {

    static ContractResponse van(Contract c, Voortgang v) {
        return new ContractResponse(c.id, c.opdrachtnemer, c.kvkNummer, c.opdrachtgever, c.opdrachtwaarde,
                c.percentage.stripTrailingZeros().scale() < 0 ? c.percentage.setScale(0) : c.percentage.stripTrailingZeros(),
                c.partnerId, c.begindatum, c.einddatum, c.verplichting, c.gerealiseerd, v.realisatiePercentage(),
                v.periodeEinddatum(), v.verstrekenPercentage(), v.verwachtGerealiseerd(), v.achterstand(), v.achterOpSchema(),
                c.geregistreerdOp);
    }
}
