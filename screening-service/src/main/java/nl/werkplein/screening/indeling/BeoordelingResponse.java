package nl.werkplein.screening.indeling;

import nl.werkplein.screening.scoring.Uitkomst;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;

/**
 * A judged Entreevragenlijst: as submitted, as stored, or judged again under another rule set.
 * Published as {@code Resultaat}, its schema name since the first version of the document.
 */
@Schema(name = "Resultaat")
public record BeoordelingResponse(UUID beoordelingId, Uitkomst uitkomst, Map<String, Double> scores, Map<String, String> regelset,
                                  String toelichting) {
}
