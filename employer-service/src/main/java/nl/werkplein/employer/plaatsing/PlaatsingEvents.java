package nl.werkplein.employer.plaatsing;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

/** Events on werkplein.employer.plaatsingen.v1 (produced, keyed by vacatureId), docs/events.md. */
public final class PlaatsingEvents {

    public static final String TOPIC = "werkplein.employer.plaatsingen.v1";
    public static final String GEREALISEERD = "nl.werkplein.employer.plaatsing-gerealiseerd";
    public static final String BEEINDIGD = "nl.werkplein.employer.plaatsing-beeindigd";

    /** Exactly the fields of docs/events.md; no personal data. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gerealiseerd(UUID plaatsingId, UUID vacatureId, String bron, UUID klantId, String soort, LocalDate startdatum,
                               int urenPerWeek, int duurMaanden, String uitstroom, String doelgroep, boolean vijftigPlus) {
        static Gerealiseerd van(Plaatsing p) {
            return new Gerealiseerd(p.id, p.vacatureId, p.bron.name(), p.klantId, p.soort.name(), p.startdatum, p.urenPerWeek,
                    p.duurMaanden, p.uitstroom.name(), p.doelgroep.name(), p.vijftigPlus);
        }
    }

    /** Exactly the fields of docs/events.md. */
    public record Beeindigd(UUID plaatsingId, UUID vacatureId, String bron, UUID klantId, String soort, LocalDate startdatum,
                            int duurMaanden, LocalDate einddatum, String reden) {
        static Beeindigd van(Plaatsing p) {
            return new Beeindigd(p.id, p.vacatureId, p.bron.name(), p.klantId, p.soort.name(), p.startdatum, p.duurMaanden,
                    p.einddatum, p.eindreden.name());
        }
    }

    private PlaatsingEvents() {
    }
}
