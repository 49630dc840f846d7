package nl.werkplein.ecoach.werkmap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Work experience in one occupation, part of the profile (request, response and profiel-gewijzigd). */
@Schema(name = "Ervaring")
public record Ervaring(
        @Schema(required = true, description = "ISCO-08, 4 cijfers", example = "5223") @NotNull(message = "is verplicht")
        @Pattern(regexp = "\\d{4}", message = "moet een ISCO-08-code van 4 cijfers zijn") String beroepscode,
        @Schema(required = true, description = "Jaren ervaring") @NotNull(message = "is verplicht")
        @Min(value = 0, message = "moet 0 of meer zijn") @Max(value = 60, message = "moet hoogstens 60 zijn") Integer jaren) {
}
