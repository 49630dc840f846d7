package nl.werkplein.employer.werkgever;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkplein.employer.matching.VacatureSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PersoneelsbehoefteVastleggen")
public record PersoneelsbehoefteRequest(
        @Schema(example = "Groep van 8 orderpickers, met opleidingstraject heftruck", required = true)
        @NotBlank(message = "is verplicht") @Size(max = 2000, message = "is te lang") String omschrijving,
        @Schema(required = true) @NotNull(message = "is verplicht") VacatureSoort soort,
        @Schema(description = "ISCO-08, 4 cijfers", example = "9321") @Pattern(regexp = "^[0-9]{4}$", message = "moet een ISCO-08-code van 4 cijfers zijn") String beroepscode,
        @Schema(example = "8", required = true) @NotNull(message = "is verplicht") @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 1000, message = "mag hoogstens 1000 zijn") Integer aantal,
        @Schema(description = "Nu of in de toekomst", example = "2026-09-01", required = true) @NotNull(message = "is verplicht") LocalDate vanaf,
        @Schema(example = "2026-12-31") LocalDate tot,
        @Schema(description = "Een opleidingstraject voor een groep werkzoekenden") Boolean opleidingstraject) {
}
