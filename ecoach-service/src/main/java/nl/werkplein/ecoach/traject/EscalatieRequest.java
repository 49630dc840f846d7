package nl.werkplein.ecoach.traject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EscalatieVastleggen")
public record EscalatieRequest(
        @Schema(required = true, description = "Waarom de klant meer ondersteuning nodig heeft")
        @NotBlank(message = "is verplicht") @Size(max = 2000, message = "is te lang (hoogstens 2000 tekens)") String reden) {
}
