package nl.werkplein.screening.klantondersteuning;

import java.time.LocalDate;
import java.time.Period;

/**
 * The limits of Klantondersteuning (domain.md §4.2–4.3) as plain date arithmetic: a phase of
 * {@code duur} that starts on {@code begindatum} may last up to and including the day before
 * {@code begindatum + duur}; from that day on it is past its limit.
 */
public final class KlantondersteuningRegels {

    private KlantondersteuningRegels() {
    }

    /** The last day within the limit: 6 weeks from Monday 2 March end on Sunday 12 April. */
    public static LocalDate uiterlijkTot(LocalDate begindatum, Period duur) {
        return begindatum.plus(duur).minusDays(1);
    }

    public static boolean limietOverschreden(LocalDate uiterlijkTot, LocalDate vandaag) {
        return uiterlijkTot != null && vandaag.isAfter(uiterlijkTot);
    }

    /**
     * A loonwaarde below 100% of the WML makes the client eligible for loonkostensubsidie (domain.md §4.4).
     * It is not the doelgroepregister: that is UWV's indication, recorded as a fact (doelgroepregister/).
     */
    public static boolean onderWml(int loonwaardePercentage) {
        return loonwaardePercentage < 100;
    }
}
