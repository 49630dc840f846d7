package nl.werkplein.socialreturn.bouwblok;

import nl.werkplein.socialreturn.vacature.Soort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static nl.werkplein.socialreturn.bouwblok.BouwblokkenTest.STANDAARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-valuation on the months actually worked (domain.md 7.4): whole calendar months, a started month does not count. */
class HerwaarderingTest {

    @ParameterizedTest(name = "{0} + {1} maanden, laatste dag {2} → {3} gewerkte maanden")
    @CsvSource({
            // 6 months from 1 March; ended after 2 months and 15 days → 2
            "2026-03-01, 6, 2026-05-15, 2",
            // the last day of the second month: exactly 2 whole months
            "2026-03-01, 6, 2026-04-30, 2",
            // one day short of 2 months
            "2026-03-01, 6, 2026-04-29, 1",
            // ended within the first month, or before it started
            "2026-03-01, 6, 2026-03-31, 1",
            "2026-03-01, 6, 2026-03-30, 0",
            "2026-03-01, 6, 2026-02-27, 0",
            // calendar months from a day in mid-month (31 January + 1 month = 28 February)
            "2026-01-31, 6, 2026-02-27, 0",
            "2026-01-31, 6, 2026-03-30, 2",
            "2026-01-15, 6, 2026-02-14, 1",
            // never more than planned
            "2026-03-01, 6, 2027-03-01, 6"})
    void gewerkteMaanden(LocalDate start, int duur, LocalDate laatsteDag, int verwacht) {
        assertEquals(verwacht, Herwaardering.gewerkteMaanden(start, duur, laatsteDag));
    }

    @Test
    void voortijdigIsVoorHetGeplandeEinde() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        // planned: 1 March up to (not including) 1 September; the last planned day is 31 August
        assertEquals(LocalDate.of(2026, 8, 31), Herwaardering.laatsteGeplandeDag(start, 6));
        assertFalse(Herwaardering.voortijdig(start, 6, LocalDate.of(2026, 8, 31)));
        assertFalse(Herwaardering.voortijdig(start, 6, LocalDate.of(2026, 9, 30)));
        assertTrue(Herwaardering.voortijdig(start, 6, LocalDate.of(2026, 8, 30)));
    }

    @Test
    void eenBaanVanZesMaandenNaTweeMaandenEnVijftienDagenTeltTweeMaanden() {
        long vorige = Bouwblokken.waardeer(STANDAARD, Soort.BAAN, Doelgroep.PARTICIPATIEWET, false, 24, 6).waarde();
        assertEquals(1_333_333, vorige);
        Herwaardering.Uitkomst u = Herwaardering.herwaardeer(STANDAARD, Soort.BAAN, Doelgroep.PARTICIPATIEWET, false, 24,
                LocalDate.of(2026, 3, 1), 6, LocalDate.of(2026, 5, 15), vorige).orElseThrow();
        assertEquals(2, u.gewerkteMaanden());
        // 40,000 × 24/36 × 2/12 = €4,444.44
        assertEquals(444_444, u.waardering().waarde());
        assertEquals(444_444 - 1_333_333, u.correctie());
        assertTrue(u.waardering().berekening().contains("2/12"), u.waardering().berekening());
    }

    @Test
    void volgensPlanAfgerondOfForfaitairWordtNietHergewaardeerd() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        assertTrue(Herwaardering.herwaardeer(STANDAARD, Soort.BAAN, Doelgroep.WW, false, 36, start, 6, LocalDate.of(2026, 8, 31), 1_000_000)
                .isEmpty());
        // a werkleerplek is a flat amount per placement, not per month
        assertTrue(Herwaardering.herwaardeer(STANDAARD, Soort.WERKLEERPLEK, Doelgroep.SW, false, 24, start, 6, LocalDate.of(2026, 3, 10), 500_000)
                .isEmpty());
    }

    @Test
    void bovenDeMaandnormVerandertDeWaardeNietMaarDeHerwaarderingTelt() {
        // 24 months planned, credited at the 12-month norm; ended after 18 months: still 12 months' worth, correction 0
        LocalDate start = LocalDate.of(2026, 1, 1);
        long vorige = Bouwblokken.waardeer(STANDAARD, Soort.DETACHERING, Doelgroep.SW, true, 36, 24).waarde();
        Herwaardering.Uitkomst u = Herwaardering.herwaardeer(STANDAARD, Soort.DETACHERING, Doelgroep.SW, true, 36, start, 24,
                LocalDate.of(2027, 6, 30), vorige).orElseThrow();
        assertEquals(18, u.gewerkteMaanden());
        assertEquals(0, u.correctie());
    }
}
