package nl.werkplein.employer.pool;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoolToevoegen")
public record PoolRequest(
        @Schema(example = "JONGEREN", required = true) @NotBlank(message = "is verplicht")
        @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "hoofdletters, cijfers en _; 2 tot 40 tekens") String code,
        @Schema(example = "Jongeren tot 27", required = true) @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String omschrijving) {
}
