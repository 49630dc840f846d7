package nl.werkplein.screening.klantondersteuning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Published as {@code LoonwaardeVastleggen}, its schema name since the first version of the document. */
@Schema(name = "LoonwaardeVastleggen")
public record LoonwaardeRequest(@Schema(required = true, description = "Procent van het wettelijk minimumloon", example = "70")
                                @NotNull(message = "is verplicht") @Min(value = 0, message = "moet 0 tot en met 100 zijn")
                                @Max(value = 100, message = "moet 0 tot en met 100 zijn") Integer percentage) {
}
