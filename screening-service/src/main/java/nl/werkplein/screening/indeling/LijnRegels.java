package nl.werkplein.screening.indeling;

import java.util.Objects;

/**
 * Domain.md 2.5 and 2.7, docs/events.md: which line a questionnaire may set, and which event tells the
 * other services about a line. Pure.
 */
public final class LijnRegels {

    /** The event a line decision publishes. */
    public enum Melding {
        /** Before routing: the (provisional) line of this cycle, {@code indeling-vastgesteld}. */
        INDELING_VASTGESTELD,
        /** After routing: every change of line, {@code lijn-gewijzigd}. */
        LIJN_GEWIJZIGD,
        /** After routing, the same line again: nothing changes downstream. */
        GEEN
    }

    private LijnRegels() {
    }

    /**
     * A questionnaire sets the line only while no person decided it in this cycle (a consulent, or an
     * escalation that waits for one) and the cycle still runs; otherwise it is stored and scored only.
     */
    public static boolean vragenlijstZetLijn(VastgesteldDoor vastgesteldDoor, boolean cyclusBeeindigd) {
        return !cyclusBeeindigd && (vastgesteldDoor == null || vastgesteldDoor == VastgesteldDoor.REGELS);
    }

    /** Before routing every decision sets the indeling; once routed, every actual change reaches every service. */
    public static Melding melding(boolean doorgeleid, Lijn vorige, Lijn nieuw) {
        if (!doorgeleid) {
            return Melding.INDELING_VASTGESTELD;
        }
        return Objects.equals(vorige, nieuw) ? Melding.GEEN : Melding.LIJN_GEWIJZIGD;
    }

    /** A running Klantondersteuning trajectory ends when the line is no longer Klantondersteuning. */
    public static boolean sluitKlantondersteuning(Lijn nieuw) {
        return nieuw != Lijn.KLANTONDERSTEUNING;
    }

    /** The reason a replaced Klantondersteuning trajectory closes with: the line that replaced it. */
    public static String sluitreden(Lijn nieuw, String waarom) {
        return "lijn gewijzigd naar " + (nieuw == null ? "geen lijn (gesprek nodig)" : nieuw.name()) + (waarom == null ? "" : ": " + waarom);
    }
}
