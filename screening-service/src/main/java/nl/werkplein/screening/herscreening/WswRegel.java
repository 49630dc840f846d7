package nl.werkplein.screening.herscreening;

import nl.werkplein.screening.indeling.Lijn;
import nl.werkplein.screening.scoring.Uitkomst;

/**
 * Domain.md §2.6: SW'ers (Wsw) who do not need sheltered work belong to Klantondersteuning. A Wsw
 * client whose answers show they can work (ZELFDOENER or KLANTONDERSTEUNING) goes to
 * Klantondersteuning; whether someone needs sheltered work (MP) or a conversation stays as judged.
 */
public final class WswRegel {

    public static final String WSW = "WSW";

    private WswRegel() {
    }

    /** The line for this outcome, or the given line when the rule does not apply. */
    public static Lijn lijn(String regeling, Uitkomst uitkomst, Lijn lijn) {
        if (WSW.equals(regeling) && (uitkomst == Uitkomst.ZELFDOENER || uitkomst == Uitkomst.KLANTONDERSTEUNING)) {
            return Lijn.KLANTONDERSTEUNING;
        }
        return lijn;
    }

    public static String toelichting(Uitkomst uitkomst) {
        return "Wsw zonder behoefte aan beschut werk (uitkomst " + uitkomst + "): KLANTONDERSTEUNING (domain.md 2.6)";
    }
}
