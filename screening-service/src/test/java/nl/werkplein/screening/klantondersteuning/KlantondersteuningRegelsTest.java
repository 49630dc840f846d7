package nl.werkplein.screening.klantondersteuning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KlantondersteuningRegelsTest {

    @Test
    void zesWekenVanafMaandagEindigenOpDeZondagVanWeekZes() {
        LocalDate maandag = LocalDate.of(2026, 3, 2);
        LocalDate uiterlijk = KlantondersteuningRegels.uiterlijkTot(maandag, Period.ofWeeks(6));
        assertEquals(LocalDate.of(2026, 4, 12), uiterlijk);
        assertFalse(KlantondersteuningRegels.limietOverschreden(uiterlijk, maandag.plusDays(41)));
        assertTrue(KlantondersteuningRegels.limietOverschreden(uiterlijk, maandag.plusDays(42)));
        assertTrue(KlantondersteuningRegels.limietOverschreden(uiterlijk, maandag.plusDays(43)));
    }

    @Test
    void eenJaarWerkleerplekOokOverEenSchrikkeldag() {
        assertEquals(LocalDate.of(2029, 2, 28), KlantondersteuningRegels.uiterlijkTot(LocalDate.of(2028, 3, 1), Period.ofYears(1)));
        assertEquals(LocalDate.of(2028, 2, 27), KlantondersteuningRegels.uiterlijkTot(LocalDate.of(2027, 2, 28), Period.ofYears(1)));
    }

    @Test
    void loonwaardeOnder100ProcentIsDoelgroepregister() {
        assertTrue(KlantondersteuningRegels.onderWml(99));
        assertFalse(KlantondersteuningRegels.onderWml(100));
    }
}
