package nl.werkplein.socialreturn.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkplein.socialreturn.vacature.Opleidingsniveau;
import nl.werkplein.socialreturn.vacature.Soort;
import nl.werkplein.socialreturn.vacature.VacatureControle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PlaatsRegistreren", description = "Een plaats die de opdrachtnemer onder het contract aanbiedt (sociale opbrengst)")
public record PlaatsRequest(
        @Schema(description = "Eigen kenmerk; standaard een gegenereerd kenmerk", example = "SR-2026-014")
        @Size(max = 100, message = "is te lang") String referentie,
        @Schema(required = true) @NotNull(message = "is verplicht") Soort soort,
        @Schema(example = "Leerling timmerman", required = true)
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String titel,
        @Schema(example = "Werken op de bouwplaats met begeleiding")
        @Size(max = 10_000, message = "is te lang") String omschrijving,
        @Schema(description = "ISCO-08, 4 cijfers", example = "7115", required = true)
        @NotNull(message = "is verplicht") @Pattern(regexp = VacatureControle.BEROEPSCODE, message = "moet een ISCO-08-code van 4 cijfers zijn") String beroepscode,
        @Schema(example = "9731AB", required = true)
        @NotNull(message = "is verplicht") @Pattern(regexp = VacatureControle.POSTCODE, message = "moet een Nederlandse postcode zijn, zoals 9731AB") String postcode,
        @Schema(example = "32", required = true)
        @NotNull(message = "is verplicht") @Min(value = 1, message = "moet tussen 1 en 60 liggen") @Max(value = 60, message = "moet tussen 1 en 60 liggen") Integer urenPerWeek,
        @Schema(required = true) @NotNull(message = "is verplicht") Opleidingsniveau opleidingsniveau,
        @Schema(description = "Tot wanneer de plaats open is; niet in het verleden", example = "2027-03-01") LocalDate sluitingsdatum,
        @Schema(description = "Geworven voor de SW-doelgroep (standaard false)") Boolean sw,
        @Schema(description = "Waar de plaats is; standaard de opdrachtnemer", example = "Bouwbedrijf Noord BV")
        @Size(max = 200, message = "is te lang") String werkgever,
        @Schema(description = "Kies zelf de pool; standaard bepalen de routeringsregels die", example = "KLANTONDERSTEUNING")
        @Size(max = 64, message = "is te lang") String pool) {
}
