package nl.werkplein.ecoach.ecoach;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "EcoachVastleggen")
public record EcoachRequest(
        @Schema(description = "Optioneel bij aanmaken: de sub van het token van de e-coach") UUID ecoachId,
        @Schema(required = true, description = "Naam") @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang (hoogstens 200 tekens)") String naam,
        @Schema(description = "Krijgt nieuwe klanten (standaard true)") Boolean actief,
        @Schema(description = "Eigen capaciteit; leeg is de standaard") @Min(value = 1, message = "moet 1 of meer zijn") @Max(value = 10000, message = "moet hoogstens 10000 zijn") Integer capaciteit) {
}
