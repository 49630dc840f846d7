package nl.werkplein.ecoach.workshop;

/** The partner's attendance report against the referral's state (pure, framework-free). */
public final class Aanwezigheidsmelding {

    public enum Uitkomst { VASTLEGGEN, AL_GEMELD, CONFLICT }

    private Aanwezigheidsmelding() {
    }

    /** Only AANWEZIG or AFWEZIG can be reported. */
    public static boolean meldbaar(WorkshopStatus gemeld) {
        return gemeld == WorkshopStatus.AANWEZIG || gemeld == WorkshopStatus.AFWEZIG;
    }

    /**
     * An open referral takes the report; the same report again changes nothing (a retry); any other
     * report on a referral that is no longer open is a conflict (a second, different outcome, or a
     * referral that lapsed with its trajectory).
     */
    public static Uitkomst beoordeel(WorkshopStatus huidig, WorkshopStatus gemeld) {
        if (!meldbaar(gemeld)) {
            throw new IllegalArgumentException("niet meldbaar: " + gemeld);
        }
        if (huidig == WorkshopStatus.OPEN) {
            return Uitkomst.VASTLEGGEN;
        }
        return huidig == gemeld ? Uitkomst.AL_GEMELD : Uitkomst.CONFLICT;
    }
}
