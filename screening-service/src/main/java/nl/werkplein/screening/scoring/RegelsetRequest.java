package nl.werkplein.screening.scoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule set to publish, or the draft of a what-if; published as {@code RegelsetPubliceren}, its schema name since the first version of the document. */
@Schema(name = "RegelsetPubliceren")
public record RegelsetRequest(
        @NotBlank(message = "is verplicht") @Pattern(regexp = "^[a-z0-9-]{3,80}$", message = "kleine letters, cijfers en -") String naam,
        @NotBlank(message = "is verplicht") @Pattern(regexp = "^[0-9A-Za-z.-]{1,20}$", message = "ongeldige versie") String versie,
        @NotNull(message = "is verplicht") RegelsetConfig.Modus modus,
        @NotNull(message = "is verplicht") @DecimalMin(value = "1.0", message = "ligt tussen 1 en 5") @DecimalMax(value = "5.0", message = "ligt tussen 1 en 5") Double zelfdoenerDrempel,
        @NotNull(message = "is verplicht") @DecimalMin(value = "1.0", message = "ligt tussen 1 en 5") @DecimalMax(value = "5.0", message = "ligt tussen 1 en 5") Double participatieDrempel,
        @NotNull(message = "is verplicht") @DecimalMin(value = "1.0", message = "ligt tussen 1 en 5") @DecimalMax(value = "5.0", message = "ligt tussen 1 en 5") Double klantondersteuningWillenDrempel) {
}
