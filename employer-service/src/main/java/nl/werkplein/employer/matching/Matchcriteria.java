package nl.werkplein.employer.matching;

/**
 * The seven matching criteria as pure rules, each a fraction 0..100 of its weight. The scan's point
 * tables ({@link Puntentabel}), the per-candidate check ({@link Vraag}) and the explanations all
 * derive from these, so they cannot disagree. Plain values in, plain values out: no index, no Quarkus.
 */
public final class Matchcriteria {

    /** Occupation fractions: same ISCO-08 unit group (4 digits), minor group (3 digits), major group (1 digit). */
    public static final int EENHEIDSGROEP = 100;
    public static final int SUBGROEP = 67;
    public static final int HOOFDGROEP = 33;

    /**
     * Domain.md 4.3: a werkleerplek fits Klantondersteuning phase 2 and SW'ers between two
     * secondments, and keeps job-ready clients fit; a regular job fits the job-ready first. Fractions
     * per kind of place (order of {@link VacatureSoort}) and situation (order of {@link Situatie}).
     */
    private static final int[][] SITUATIE = {
            // ZELFDOENER, KO_BEPERKTE_STEUN, KO_WERKLEERPLEK, KO_DIAGNOSE, SW
            {100, 100, 50, 0, 50},   // BAAN
            {50, 50, 100, 25, 100},  // WERKLEERPLEK
            {75, 75, 50, 0, 100},    // DETACHERING
            {100, 100, 75, 25, 50},  // OPLEIDINGSPLAATS
    };

    private Matchcriteria() {
    }

    /** ISCO-08 codes as ints (-1 none): same unit group 100, same minor group 67, same major group 33, else 0; vacancy without code 0. */
    public static int beroep(int code, int gevraagd) {
        if (gevraagd < 0 || code < 0) {
            return 0;
        }
        return code == gevraagd ? EENHEIDSGROEP : code / 10 == gevraagd / 10 ? SUBGROEP : code / 1000 == gevraagd / 1000 ? HOOFDGROEP : 0;
    }

    /** The share of the skills asked (or mentioned) that the candidate has; nothing asked 0. */
    public static int vaardigheden(int raak, int gevraagd) {
        return gevraagd == 0 ? 0 : raak >= gevraagd ? 100 : raak * 100 / gevraagd;
    }

    /**
     * Education ranks ({@link Opleidingsniveau#rang}, -1 unknown): at least the rank asked 100, one
     * rank below 50, lower 0; no level asked 100; level unknown 0.
     */
    public static int opleiding(int rang, int gevraagd) {
        if (gevraagd < 0) {
            return 100;
        }
        if (rang < 0) {
            return 0;
        }
        return rang >= gevraagd ? 100 : rang == gevraagd - 1 ? 50 : 0;
    }

    /** Hours per week (-1 unknown): within the margin 100, within twice the margin 50, else 0; unknown on either side 50. */
    public static int uren(int uren, int gevraagd, int marge) {
        if (gevraagd < 0 || uren < 0) {
            return 50;
        }
        int verschil = Math.abs(uren - gevraagd);
        return verschil <= marge ? 100 : verschil <= 2 * marge ? 50 : 0;
    }

    /** The vacancy's postcode area in the candidate's region 100, outside 0; a vacancy without postcode 50. */
    public static int regio(boolean vacatureHeeftPostcode, boolean binnen) {
        return !vacatureHeeftPostcode ? 50 : binnen ? 100 : 0;
    }

    /** Epoch days: available on or before today 100, within the window 50, later 0. */
    public static int beschikbaarheid(int per, int vandaag, int venster) {
        return per <= vandaag ? 100 : (long) per <= (long) vandaag + venster ? 50 : 0;
    }

    /** How the candidate's situation fits the kind of place; a place acquired for the SW target group fits every SW'er fully. */
    public static int situatie(VacatureSoort soort, Situatie situatie, boolean sw) {
        if (sw && situatie == Situatie.SW) {
            return 100;
        }
        return SITUATIE[(soort == null ? VacatureSoort.BAAN : soort).ordinal()][situatie.ordinal()];
    }
}
