package nl.werkplein.socialreturn.bouwblok;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkplein.socialreturn.vacature.Soort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "TarieftabelPubliceren", description = "Een nieuwe versie van de bouwblokken-tarieftabel")
public record TarieftabelRequest(
        @Schema(description = "Vanaf deze datum (startdatum van een plaatsing) geldt de versie; niet in het verleden", example = "2027-01-01", required = true)
        @NotNull(message = "is verplicht") LocalDate ingangsdatum,
        @Schema(description = "Toeslag in centen als de kandidaat bij de start 50 jaar of ouder is (niet bij forfaitaire tarieven)", example = "1000000", required = true)
        @NotNull(message = "is verplicht") @Min(value = 0, message = "mag niet negatief zijn") Long vijftigPlusToeslag,
        @Schema(description = "Uren per week van een volledig contract (standaard 36)", example = "36")
        @Min(value = 1, message = "moet tussen 1 en 60 liggen") @Max(value = 60, message = "moet tussen 1 en 60 liggen") Integer urenNorm,
        @Schema(description = "Maanden van een volledig contract (standaard 12)", example = "12")
        @Min(value = 1, message = "moet tussen 1 en 60 liggen") @Max(value = 60, message = "moet tussen 1 en 60 liggen") Integer maandenNorm,
        @Schema(description = "Waarom deze versie", example = "Indexering 2027")
        @Size(max = 500, message = "is te lang") String toelichting,
        @Schema(description = "De tarieven; elke soort heeft een regel zonder doelgroep of één per doelgroep", required = true)
        @NotEmpty(message = "is verplicht") @Size(max = 100, message = "hoogstens 100") List<@NotNull(message = "is verplicht") @Valid Regel> tarieven) {

    @Schema(name = "Tarief")
    public record Regel(
            @Schema(required = true) @NotNull(message = "is verplicht") Soort soort,
            @Schema(description = "Leeg: elke doelgroep") Doelgroep doelgroep,
            @Schema(description = "Waarde in centen van een volledig jaarcontract, of per plaatsing als forfaitair", example = "4000000", required = true)
            @NotNull(message = "is verplicht") @Min(value = 0, message = "mag niet negatief zijn") Long waarde,
            @Schema(description = "Vast bedrag per plaatsing: geen pro rata en geen toeslag (standaard false)") Boolean forfaitair) {
    }

    public int urenNormOfStandaard() {
        return urenNorm == null ? 36 : urenNorm;
    }

    public int maandenNormOfStandaard() {
        return maandenNorm == null ? 12 : maandenNorm;
    }
}
