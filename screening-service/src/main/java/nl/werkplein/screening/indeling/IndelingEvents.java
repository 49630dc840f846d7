package nl.werkplein.screening.indeling;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.werkplein.screening.scoring.Uitkomst;

import java.util.Map;
import java.util.UUID;

/** Events on werkplein.screening.indelingen.v1, keyed by klantId (docs/events.md). */
public final class IndelingEvents {

    public static final String TOPIC = "werkplein.screening.indelingen.v1";
    public static final String VASTGESTELD = "nl.werkplein.screening.indeling-vastgesteld";
    public static final String LIJN_GEWIJZIGD = "nl.werkplein.screening.lijn-gewijzigd";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indeling(UUID klantId, Uitkomst uitkomst, Lijn lijn, Map<String, Double> scores,
                           Map<String, String> regelset, UUID beoordelingId, String reden) {
    }

    private IndelingEvents() {
    }
}
