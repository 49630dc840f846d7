package nl.werkplein.employer.plaatsing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.werkplein.employer.matching.VacatureSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "PlaatsingRegistreren", description = "Een gerealiseerde plaatsing van een kandidaat op een vacature")
public record PlaatsingRequest(
        @Schema(required = true) @NotNull(message = "is verplicht") UUID vacatureId,
        @Schema(required = true) @NotNull(message = "is verplicht") UUID klantId,
        @Schema(required = true) @NotNull(message = "is verplicht") VacatureSoort soort,
        @Schema(example = "2026-04-01", required = true) @NotNull(message = "is verplicht") LocalDate startdatum,
        @Schema(example = "24", required = true) @NotNull(message = "is verplicht") @Min(value = 1, message = "moet minstens 1 zijn")
        @Max(value = 60, message = "mag hoogstens 60 zijn") Integer urenPerWeek,
        @Schema(example = "6", required = true) @NotNull(message = "is verplicht") @Min(value = 1, message = "moet minstens 1 zijn")
        @Max(value = 120, message = "mag hoogstens 120 zijn") Integer duurMaanden,
        @Schema(required = true) @NotNull(message = "is verplicht") Uitstroom uitstroom) {
}
