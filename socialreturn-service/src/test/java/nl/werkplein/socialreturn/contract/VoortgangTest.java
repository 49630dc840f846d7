package nl.werkplein.socialreturn.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoortgangTest {

    @ParameterizedTest(name = "{0} cent × {1}% = {2} cent")
    @CsvSource({
            "100000000, 5, 5000000",
            "100000000, 2.5, 2500000",
            // 12,345.67 euro × 2.5% = 308.64175 → 308.64
            "1234567, 2.5, 30864",
            // 0.5 cent rounds up: 10 cent × 5% = 0.5
            "10, 5, 1",
            "9, 5, 0",
            "333333, 0.15, 500",
            "1, 100, 1",
    })
    void verplichtingIsWaardeMaalPercentageHalfUpOpDeCent(long waarde, String percentage, long verwacht) {
        assertEquals(verwacht, Voortgang.verplichting(waarde, new BigDecimal(percentage)));
    }

    @Test
    void realisatiePercentageHeeftEenDecimaal() {
        assertEquals(new BigDecimal("26.7"), Voortgang.realisatiePercentage(5_000_000, 1_333_333));
        assertEquals(new BigDecimal("0.0"), Voortgang.realisatiePercentage(5_000_000, 0));
        assertEquals(new BigDecimal("120.0"), Voortgang.realisatiePercentage(100, 120));
        // 0.05% rounds half-up to 0.1
        assertEquals(new BigDecimal("0.1"), Voortgang.realisatiePercentage(10_000, 5));
    }

    @Test
    void halverwegeDePeriodeMoetDeHelftGerealiseerdZijn() {
        LocalDate begin = LocalDate.of(2026, 1, 1);
        LocalDate eind = LocalDate.of(2026, 1, 11);
        Voortgang v = Voortgang.bereken(1_000_000, 400_000, begin, eind, 12, LocalDate.of(2026, 1, 6));
        assertEquals(new BigDecimal("50.0"), v.verstrekenPercentage());
        assertEquals(500_000, v.verwachtGerealiseerd());
        assertEquals(100_000, v.achterstand());
        assertTrue(v.achterOpSchema());
        assertFalse(Voortgang.bereken(1_000_000, 500_000, begin, eind, 12, LocalDate.of(2026, 1, 6)).achterOpSchema());
    }

    @Test
    void voorDeStartNooitEnNaHetEindeDeHeleVerplichting() {
        LocalDate begin = LocalDate.of(2026, 6, 1);
        assertFalse(Voortgang.bereken(1_000_000, 0, begin, null, 12, LocalDate.of(2026, 5, 1)).achterOpSchema());
        Voortgang afgelopen = Voortgang.bereken(1_000_000, 999_999, begin, LocalDate.of(2026, 12, 1), 12, LocalDate.of(2027, 3, 1));
        assertEquals(1_000_000, afgelopen.verwachtGerealiseerd());
        assertTrue(afgelopen.achterOpSchema());
        // no einddatum: the standard term of 12 months
        assertEquals(LocalDate.of(2027, 6, 1), Voortgang.bereken(1, 0, begin, null, 12, begin).periodeEinddatum());
    }
}
