package nl.werkplein.screening.indeling;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.werkplein.screening.scoring.Uitkomst;

import java.util.Map;
import java.util.UUID;

/** Events on werkplein.screening.indelingen.v1, keyed by klantId (docs/events.md). */
public final class IndelingEvents {

    public static final String TOPIC = "werkplein.screening.indelingen.v1";
    public static final String ENTREEVRAGENLIJST_INGEDIEND = "nl.werkplein.screening.entreevragenlijst-ingediend";
    public static final String VASTGESTELD = "nl.werkplein.screening.indeling-vastgesteld";
    public static final String LIJN_GEWIJZIGD = "nl.werkplein.screening.lijn-gewijzigd";
    public static final String DOORGELEID = "nl.werkplein.screening.klant-doorgeleid";

    /** Every submitted Entreevragenlijst; intake meets the ENTREEVRAGENLIJST obligation only from this. */
    public record EntreevragenlijstIngediend(UUID klantId, UUID beoordelingId, Uitkomst uitkomst, Map<String, Double> scores,
                                             Map<String, String> regelset, boolean lijnGewijzigd) {
    }

    /** The line of the current cycle, set before routing (by the rules or a consulent's decision). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indeling(UUID klantId, Uitkomst uitkomst, Lijn lijn, VastgesteldDoor door, Map<String, Double> scores,
                           Map<String, String> regelset, UUID beoordelingId, String reden, UUID aanvraagId) {
    }

    /** A change of line after routing; {@code lijn} absent = none until a person decides. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LijnGewijzigd(UUID klantId, Lijn lijn, Lijn vorigeLijn, VastgesteldDoor door, String reden) {
    }

    /** Routed to the line, once per cycle (Doorgeleiding). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Doorgeleid(UUID klantId, Lijn lijn, Integer leeftijd, String postcode4, String regeling, boolean bestandsklant,
                             UUID aanvraagId) {
    }

    private IndelingEvents() {
    }
}
