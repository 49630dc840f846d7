package nl.werkplein.screening.klantondersteuning;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Start of fase 1, the Centrum voor Werk; published as {@code CentrumVoorWerkStarten}, its schema name since the first version of the document. */
@Schema(name = "CentrumVoorWerkStarten")
public record CentrumVoorWerkRequest(@Schema(description = "Eerste dag in het Centrum voor Werk; standaard vandaag") LocalDate begindatum,
                                     @Schema(required = true, description = "Geplande uren per week (standaard 16 tot en met 20)", example = "18")
                                     @NotNull(message = "is verplicht") Integer urenPerWeek) {
}
