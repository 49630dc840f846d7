package nl.werkplein.screening.indeling;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "EntreevragenlijstIndienen")
public record EntreeRequest(
        @Schema(description = "De versie van de vragenlijst die is ingevuld", example = "2026.1", required = true)
        @NotBlank(message = "is verplicht") String versie,
        @Schema(description = "Per vraag-id het antwoord: SCHAAL 1..5, JA_NEE true/false, KEUZE een van de opties",
                example = "{\"K1\": 4, \"B1\": false, \"B4\": \"GOED\"}", required = true)
        @NotNull(message = "is verplicht") Map<String, JsonNode> antwoorden) {
}
