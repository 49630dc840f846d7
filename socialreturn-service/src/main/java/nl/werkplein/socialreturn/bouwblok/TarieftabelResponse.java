package nl.werkplein.socialreturn.bouwblok;

import nl.werkplein.socialreturn.vacature.Soort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Tarieftabel", description = "Een versie van de bouwblokken-tarieftabel (bedragen in centen)")
public record TarieftabelResponse(
        @Schema(description = "Versienummer", example = "1") int versie,
        @Schema(description = "Geldt voor plaatsingen met een startdatum vanaf deze datum", example = "2000-01-01") LocalDate ingangsdatum,
        @Schema(description = "Toeslag 50-plus in centen", example = "1000000") long vijftigPlusToeslag,
        @Schema(description = "Uren per week van een volledig contract", example = "36") int urenNorm,
        @Schema(description = "Maanden van een volledig contract", example = "12") int maandenNorm,
        @Schema(description = "Toelichting", example = "Standaardtabel") String toelichting,
        @Schema(description = "Wanneer gepubliceerd") OffsetDateTime gepubliceerdOp,
        @Schema(description = "Door wie", example = "beheerder-1") String gepubliceerdDoor,
        List<Regel> tarieven) {

    @Schema(name = "TariefRegel")
    public record Regel(Soort soort,
                        @Schema(description = "Leeg: elke doelgroep") Doelgroep doelgroep,
                        @Schema(description = "Waarde in centen", example = "4000000") long waarde,
                        @Schema(description = "Vast bedrag per plaatsing") boolean forfaitair) {
    }

    static TarieftabelResponse van(Bouwblokken.Tabel t, String toelichting, OffsetDateTime op, String door) {
        return new TarieftabelResponse(t.versie(), t.ingangsdatum(), t.vijftigPlusToeslag(), t.urenNorm(), t.maandenNorm(),
                toelichting, op, door, t.tarieven().stream().map(r -> new Regel(r.soort(), r.doelgroep(), r.waarde(), r.forfaitair())).toList());
    }
}
