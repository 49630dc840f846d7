package nl.werkplein.socialreturn.bouwblok;

import nl.werkplein.socialreturn.vacature.Soort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bouwblokken arithmetic of domain.md 7.4, in cents, on the default table (V1 of the migration). */
class BouwblokkenTest {

    static final Bouwblokken.Tabel STANDAARD = new Bouwblokken.Tabel(1, LocalDate.of(2000, 1, 1), 1_000_000, 36, 12, List.of(
            new Bouwblokken.Tarief(Soort.BAAN, Doelgroep.PARTICIPATIEWET, 4_000_000, false),
            new Bouwblokken.Tarief(Soort.BAAN, Doelgroep.DOELGROEPREGISTER, 5_000_000, false),
            new Bouwblokken.Tarief(Soort.BAAN, Doelgroep.SW, 5_000_000, false),
            new Bouwblokken.Tarief(Soort.BAAN, Doelgroep.WW, 2_000_000, false),
            new Bouwblokken.Tarief(Soort.DETACHERING, Doelgroep.PARTICIPATIEWET, 4_000_000, false),
            new Bouwblokken.Tarief(Soort.DETACHERING, Doelgroep.DOELGROEPREGISTER, 5_000_000, false),
            new Bouwblokken.Tarief(Soort.DETACHERING, Doelgroep.SW, 5_000_000, false),
            new Bouwblokken.Tarief(Soort.DETACHERING, Doelgroep.WW, 2_000_000, false),
            new Bouwblokken.Tarief(Soort.OPLEIDINGSPLAATS, null, 3_500_000, false),
            new Bouwblokken.Tarief(Soort.WERKLEERPLEK, null, 500_000, true)));

    static long waarde(Soort soort, Doelgroep doelgroep, boolean vijftigPlus, int uren, int maanden) {
        return Bouwblokken.waardeer(STANDAARD, soort, doelgroep, vijftigPlus, uren, maanden).waarde();
    }

    @Test
    void hetRekenvoorbeeldKomtOpDeCentUit() {
        // a BAAN for a PARTICIPATIEWET client, 24 h/week, 6 months, aged 35: 40,000 × 24/36 × 6/12 = €13,333.33
        Bouwblokken.Waardering w = Bouwblokken.waardeer(STANDAARD, Soort.BAAN, Doelgroep.PARTICIPATIEWET, false, 24, 6);
        assertEquals(1_333_333, w.waarde());
        assertEquals(1, w.tabelVersie());
        assertTrue(w.berekening().contains("24/36") && w.berekening().contains("6/12"), w.berekening());
    }

    @Test
    void eenVijftigPlusserTeltTienduizendEuroExtraVoorProRata() {
        // (40,000 + 10,000) × 24/36 × 6/12 = 16,666.666… → €16,666.67
        assertEquals(1_666_667, waarde(Soort.BAAN, Doelgroep.PARTICIPATIEWET, true, 24, 6));
        // a full contract: 40,000 + 10,000
        assertEquals(5_000_000, waarde(Soort.BAAN, Doelgroep.PARTICIPATIEWET, true, 36, 12));
        assertEquals(6_000_000, waarde(Soort.DETACHERING, Doelgroep.SW, true, 36, 12));
        assertEquals(4_500_000, waarde(Soort.OPLEIDINGSPLAATS, Doelgroep.WW, true, 36, 12));
    }

    @Test
    void eenWerkleerplekIsForfaitairZonderToeslagOfProRata() {
        assertEquals(500_000, waarde(Soort.WERKLEERPLEK, Doelgroep.PARTICIPATIEWET, false, 8, 1));
        assertEquals(500_000, waarde(Soort.WERKLEERPLEK, Doelgroep.SW, true, 40, 24));
        assertEquals(500_000, waarde(Soort.WERKLEERPLEK, null, true, 36, 12));
    }

    @ParameterizedTest(name = "{0} / {1}, {2} h, {3} mnd → {4} cent")
    @CsvSource({
            // hours and months are capped at 36 and 12
            "BAAN, PARTICIPATIEWET, 40, 12, 4000000",
            "BAAN, PARTICIPATIEWET, 36, 24, 4000000",
            "BAAN, PARTICIPATIEWET, 60, 60, 4000000",
            "BAAN, DOELGROEPREGISTER, 18, 12, 2500000",
            "BAAN, SW, 36, 6, 2500000",
            "BAAN, WW, 36, 12, 2000000",
            "DETACHERING, WW, 12, 3, 166667",
            "OPLEIDINGSPLAATS, PARTICIPATIEWET, 20, 10, 1620370",
            // one rounding at the end: 40,000 × 1/36 × 1/12 = 92.5925… → €92.59 (rounding each factor would give another cent)
            "BAAN, PARTICIPATIEWET, 1, 1, 9259",
            // 50,000 × 1/36 × 1/12 = 115.7407… → €115.74
            "BAAN, SW, 1, 1, 11574",
    })
    void proRataMetPlafondsEnEenAfrondingAanHetEind(Soort soort, Doelgroep doelgroep, int uren, int maanden, long verwacht) {
        assertEquals(verwacht, waarde(soort, doelgroep, false, uren, maanden));
    }

    @Test
    void eenHalveCentWordtNaarBovenAfgerond() {
        // 1 cent × 18/36 × 12/12 = 0.5 cent → 1 cent (half-up), on a table with a one-cent tariff
        Bouwblokken.Tabel mini = new Bouwblokken.Tabel(9, LocalDate.of(2030, 1, 1), 0, 36, 12,
                List.of(new Bouwblokken.Tarief(Soort.BAAN, null, 1, false)));
        assertEquals(1, Bouwblokken.waardeer(mini, Soort.BAAN, Doelgroep.WW, false, 18, 12).waarde());
        assertEquals(0, Bouwblokken.waardeer(mini, Soort.BAAN, Doelgroep.WW, false, 17, 12).waarde());
    }

    @Test
    void zonderTariefIsDeWaardeNulMetUitleg() {
        Bouwblokken.Waardering w = Bouwblokken.waardeer(STANDAARD, Soort.BAAN, null, false, 36, 12);
        assertEquals(0, w.waarde());
        assertTrue(w.berekening().contains("geen tarief"), w.berekening());
    }
}
