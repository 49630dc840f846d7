package nl.werkplein.employer.kandidaat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Which end facts (benefit ended, left early, found work) belong to the client's current cycle
 * (domain.md 1.11: one cycle per aanvraag, started for employer-service by its klant-doorgeleid).
 * Pure and order-tolerant: the result depends only on the set of facts and the current cycle, never on
 * the order in which the three topics delivered them, so a replay from offset 0 gives the same flags.
 *
 * <ul>
 * <li>A fact and the cycle that both name an aanvraag belong together exactly when it is the same
 *     aanvraag (an old cycle's uitkering-beeindigd read after the new klant-doorgeleid does not count;
 *     one of this cycle read before its klant-doorgeleid does).</li>
 * <li>Otherwise (the e-coach's traject-afgesloten, the existing caseload without an aanvraag) the fact
 *     belongs to the cycle when it happened at or after the cycle's start (the event times).</li>
 * <li>Before the first klant-doorgeleid every fact counts (the client is no candidate yet anyway).</li>
 * </ul>
 */
public final class Levensloop {

    public enum Soort { UITKERING_BEEINDIGD, UITGESTROOMD, WERK_GEVONDEN }

    public record Eindfeit(Soort soort, UUID aanvraagId, OffsetDateTime tijd) {
    }

    /** The current cycle: the aanvraag and time of the latest klant-doorgeleid (both null before it). */
    public record Cyclus(UUID aanvraagId, OffsetDateTime start) {
    }

    public record Stand(boolean uitkeringBeeindigd, boolean uitgestroomd, boolean werkGevonden) {
    }

    private Levensloop() {
    }

    public static Stand stand(Cyclus cyclus, List<Eindfeit> feiten) {
        boolean beeindigd = false;
        boolean uitgestroomd = false;
        boolean werk = false;
        for (Eindfeit f : feiten) {
            if (!hoortBij(f, cyclus)) {
                continue;
            }
            switch (f.soort()) {
                case UITKERING_BEEINDIGD -> beeindigd = true;
                case UITGESTROOMD -> uitgestroomd = true;
                case WERK_GEVONDEN -> werk = true;
            }
        }
        return new Stand(beeindigd, uitgestroomd, werk);
    }

    static boolean hoortBij(Eindfeit f, Cyclus c) {
        if (c.start() == null) {
            return true;
        }
        if (f.aanvraagId() != null && c.aanvraagId() != null) {
            return f.aanvraagId().equals(c.aanvraagId());
        }
        return f.tijd() == null || !f.tijd().isBefore(c.start());
    }
}
