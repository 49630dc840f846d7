package nl.werkplein.screening.klant;

import java.util.Objects;
import java.util.UUID;

/**
 * Domain.md 1.11 and 2.7: a client's cycle runs from one aanvraag to its end (refused, left, benefit
 * ended). A new aanvraag (a new aanvraagId) starts a new cycle: screened and routed again, after its own
 * grant. An event of an older aanvraag never changes the current cycle, and the same aanvraag again
 * changes nothing. Pure: what one intake event means for the cycle the client is in.
 */
public final class KlantCyclus {

    /** Why a cycle ended. */
    public enum Einde { UITGESTROOMD, AFGEWEZEN, UITKERING_BEEINDIGD }

    public enum Soort {
        /** A new aanvraag: a new cycle begins. */
        NIEUWE_CYCLUS,
        /** This cycle's benefit was granted: the indeling may be followed (routed). */
        TOEGEKEND,
        /** This cycle ended; see {@link Gevolg#einde()}. */
        BEEINDIGD,
        /** Nothing changes. */
        GEEN
    }

    /** The cycle the client is in: its aanvraag (null for the existing caseload), granted, ended. */
    public record Stand(UUID aanvraagId, boolean toegekend, Einde einde) {
        public static final Stand ONBEKEND = new Stand(null, false, null);
    }

    public record Gevolg(Soort soort, Einde einde) {
        static final Gevolg GEEN = new Gevolg(Soort.GEEN, null);
    }

    private KlantCyclus() {
    }

    /**
     * @param type           the intake event type, one of {@link IntakeEvents#KLANT}
     * @param eventAanvraagId the event's aanvraagId; null counts as the current aanvraag (tolerant reader)
     */
    public static Gevolg gevolg(Stand stand, String type, UUID eventAanvraagId) {
        Objects.requireNonNull(stand, "stand");
        return switch (type) {
            case IntakeEvents.AANVRAAG_INGEDIEND -> eventAanvraagId == null || eventAanvraagId.equals(stand.aanvraagId())
                    ? Gevolg.GEEN : new Gevolg(Soort.NIEUWE_CYCLUS, null);
            case IntakeEvents.AANVRAAG_TOEGEKEND -> hoortBij(stand, eventAanvraagId) && stand.einde() == null && !stand.toegekend()
                    ? new Gevolg(Soort.TOEGEKEND, null) : Gevolg.GEEN;
            case IntakeEvents.AANVRAAG_AFGEWEZEN -> einde(stand, eventAanvraagId, Einde.AFGEWEZEN);
            case IntakeEvents.KLANT_UITGESTROOMD -> einde(stand, eventAanvraagId, Einde.UITGESTROOMD);
            case IntakeEvents.UITKERING_BEEINDIGD -> einde(stand, eventAanvraagId, Einde.UITKERING_BEEINDIGD);
            default -> Gevolg.GEEN;
        };
    }

    /** A client in an ended cycle is never routed again until a new aanvraag starts a new cycle. */
    public static boolean magDoorgeleidWorden(Stand stand, boolean bestandsklant) {
        if (stand.einde() != null) {
            return false;
        }
        // the existing caseload already has a benefit; a cycle that began with an aanvraag waits for its grant
        return stand.toegekend() || (bestandsklant && stand.aanvraagId() == null);
    }

    private static Gevolg einde(Stand stand, UUID eventAanvraagId, Einde einde) {
        return hoortBij(stand, eventAanvraagId) && stand.einde() == null ? new Gevolg(Soort.BEEINDIGD, einde) : Gevolg.GEEN;
    }

    /** The event concerns the current cycle: its own aanvraag, or one without an aanvraag (existing caseload). */
    private static boolean hoortBij(Stand stand, UUID eventAanvraagId) {
        return eventAanvraagId == null || stand.aanvraagId() == null || eventAanvraagId.equals(stand.aanvraagId());
    }
}
