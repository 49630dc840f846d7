package nl.werkplein.socialreturn.bouwblok;

import nl.werkplein.socialreturn.vacature.Soort;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A credited placement that ends before its planned end is re-valued on the months actually worked
 * (domain.md 7.4). Pure rules, beside {@link Bouwblokken}:
 *
 * <ul>
 *   <li>The planned period runs from {@code startdatum} up to (not including) {@code startdatum + duurMaanden};
 *       a placement ended early when its last day worked + 1 lies before that.</li>
 *   <li>Months worked = whole calendar months from {@code startdatum} to the last day + 1
 *       ({@code Period.between(...).toTotalMonths()}), capped at {@code duurMaanden}, never below 0: a
 *       started month does not count.</li>
 *   <li>A flat (forfaitair) tariff, WERKLEERPLEK by default, is a value per placement, not per month:
 *       it is not re-valued.</li>
 *   <li>The new value is the bouwblokken value of the same placement (same table version, kind, target
 *       group, hours, 50-plus) for the months worked; the correction is never positive.</li>
 * </ul>
 */
public final class Herwaardering {

    /** The outcome of a re-valuation: months worked, the new value and how it was reached, and the correction (≤ 0). */
    public record Uitkomst(int gewerkteMaanden, Bouwblokken.Waardering waardering, long vorigeWaarde) {
        public long correctie() {
            return waardering.waarde() - vorigeWaarde;
        }
    }

    private Herwaardering() {
    }

    /** The first day after the planned period. */
    public static LocalDate geplandEinde(LocalDate startdatum, int duurMaanden) {
        return startdatum.plusMonths(duurMaanden);
    }

    /** The last day of the planned period (for overlap checks). */
    public static LocalDate laatsteGeplandeDag(LocalDate startdatum, int duurMaanden) {
        return geplandEinde(startdatum, duurMaanden).minusDays(1);
    }

    /** Whether a placement with this last day worked ended before its planned end. */
    public static boolean voortijdig(LocalDate startdatum, int duurMaanden, LocalDate laatsteDag) {
        return laatsteDag.plusDays(1).isBefore(geplandEinde(startdatum, duurMaanden));
    }

    /** Whole calendar months from startdatum to the day after the last day worked, capped at duurMaanden. */
    public static int gewerkteMaanden(LocalDate startdatum, int duurMaanden, LocalDate laatsteDag) {
        long maanden = Period.between(startdatum, laatsteDag.plusDays(1)).toTotalMonths();
        return (int) Math.max(0, Math.min(maanden, duurMaanden));
    }

    /**
     * The re-valuation of a credited placement that ended, or empty when there is none: it ran its
     * planned term, or its tariff is a flat amount per placement.
     */
    public static Optional<Uitkomst> herwaardeer(Bouwblokken.Tabel tabel, Soort soort, Doelgroep doelgroep, boolean vijftigPlus,
                                                 int urenPerWeek, LocalDate startdatum, int duurMaanden, LocalDate laatsteDag,
                                                 long vorigeWaarde) {
        if (!voortijdig(startdatum, duurMaanden, laatsteDag)) {
            return Optional.empty();
        }
        boolean forfaitair = tabel.tarief(soort, doelgroep).map(Bouwblokken.Tarief::forfaitair).orElse(false);
        if (forfaitair) {
            return Optional.empty();
        }
        int maanden = gewerkteMaanden(startdatum, duurMaanden, laatsteDag);
        Bouwblokken.Waardering nieuw = Bouwblokken.waardeer(tabel, soort, doelgroep, vijftigPlus, urenPerWeek, maanden);
        // never more than was credited (the same inputs with fewer months can only be worth less or equal)
        if (nieuw.waarde() > vorigeWaarde) {
            nieuw = new Bouwblokken.Waardering(vorigeWaarde, nieuw.tabelVersie(), nieuw.berekening());
        }
        return Optional.of(new Uitkomst(maanden, nieuw, vorigeWaarde));
    }
}
