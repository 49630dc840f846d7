package nl.werkplein.employer.vacature;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkplein.employer.matching.Opleidingsniveau;
import nl.werkplein.employer.matching.VacatureSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "VacatureRegistreren", description = "Een vacature van een werkgever, ingevoerd door een accountmanager")
public record VacatureRequest(
        @Schema(description = "De werkgever", required = true) @NotNull(message = "is verplicht") UUID werkgeverId,
        @Schema(description = "Eigen kenmerk; standaard een nieuw kenmerk", example = "WG-2026-014") @Size(max = 100, message = "is te lang") String referentie,
        @Schema(example = "Medewerker magazijn", required = true) @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String titel,
        @Schema(example = "Orderpicken en heftruck rijden in ploegendienst") @Size(max = 5000, message = "is te lang") String omschrijving,
        @Schema(required = true) @NotNull(message = "is verplicht") VacatureSoort soort,
        @Schema(description = "ISCO-08, 4 cijfers", example = "9321", required = true)
        @NotNull(message = "is verplicht") @Pattern(regexp = "^[0-9]{4}$", message = "moet een ISCO-08-code van 4 cijfers zijn") String beroepscode,
        @Schema(description = "Postcode van de werkplek", example = "9723AB", required = true)
        @NotNull(message = "is verplicht") @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$", message = "moet een Nederlandse postcode zijn, zoals 9731AB") String postcode,
        @Schema(example = "32", required = true) @NotNull(message = "is verplicht") @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 60, message = "mag hoogstens 60 zijn") Integer urenPerWeek,
        Opleidingsniveau opleidingsniveau,
        @Schema(description = "Gevraagde vaardigheden, kleine letters", example = "[\"heftruck\", \"orderpicken\"]")
        @Size(max = 50, message = "hoogstens 50") List<@NotBlank(message = "mag niet leeg zijn") @Size(max = 100, message = "is te lang") String> vaardigheden,
        @Schema(example = "2026-06-30") LocalDate sluitingsdatum,
        @Schema(description = "Kandidatenpool; standaard SW bij sw, KLANTONDERSTEUNING bij een WERKLEERPLEK, anders BEMIDDELBAAR", example = "BEMIDDELBAAR")
        @Size(max = 50, message = "is te lang") String pool,
        @Schema(description = "Geworven voor de SW-doelgroep") Boolean sw) {
}
