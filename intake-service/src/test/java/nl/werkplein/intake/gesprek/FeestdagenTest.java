package nl.werkplein.intake.gesprek;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeestdagenTest {

    static Feestdagen lijst(Feestdagen.Bevrijdingsdag bevrijdingsdag) {
        return Feestdagen.uitBestand("feestdagen/feestdagen-nl.csv", bevrijdingsdag, List.of());
    }

    @ParameterizedTest(name = "the list of {0} is the calendar")
    @ValueSource(ints = {2026, 2027, 2028})
    void deLijstKloptMetDeKalenderregels(int jaar) {
        Feestdagen lijst = lijst(Feestdagen.Bevrijdingsdag.ELK_JAAR);
        assertTrue(lijst.gelijst(jaar));
        assertEquals(Feestdagen.volgensDeRegels(jaar).stream().sorted(java.util.Comparator.comparing(Feestdagen.Feestdag::datum)).toList(),
                lijst.van(jaar));
        assertEquals("2026-1", lijst.versie());
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16", "2038, 2038-04-25"})
    void pasen(int jaar, LocalDate verwacht) {
        assertEquals(verwacht, Feestdagen.eerstePaasdag(jaar));
    }

    @Test
    void deFeestdagenVan2027() {
        Feestdagen f = lijst(Feestdagen.Bevrijdingsdag.ELK_JAAR);
        for (String dag : List.of("2027-01-01", "2027-03-28", "2027-03-29", "2027-04-27", "2027-05-05", "2027-05-06", "2027-05-16",
                "2027-05-17", "2027-12-25", "2027-12-26")) {
            assertTrue(f.isVrij(LocalDate.parse(dag)), dag);
        }
        assertFalse(f.isVrij(LocalDate.parse("2027-03-26")), "Goede Vrijdag is not a public holiday (Algemene termijnenwet)");
        assertFalse(f.isVrij(LocalDate.parse("2027-04-26")));
    }

    @Test
    void koningsdagOpZondagIsDeZaterdagErvoor() {
        // 27 April 2025 and 2031 are Sundays
        assertTrue(Feestdagen.volgensDeRegels(2025).contains(new Feestdagen.Feestdag(LocalDate.of(2025, 4, 26), Feestdagen.Soort.KONINGSDAG, "Koningsdag")));
        assertTrue(Feestdagen.volgensDeRegels(2031).contains(new Feestdagen.Feestdag(LocalDate.of(2031, 4, 26), Feestdagen.Soort.KONINGSDAG, "Koningsdag")));
        assertTrue(Feestdagen.volgensDeRegels(2027).contains(new Feestdagen.Feestdag(LocalDate.of(2027, 4, 27), Feestdagen.Soort.KONINGSDAG, "Koningsdag")));
    }

    @Test
    void bevrijdingsdagZoalsDeGemeenteKiest() {
        LocalDate vijfMei2027 = LocalDate.of(2027, 5, 5);
        assertTrue(lijst(Feestdagen.Bevrijdingsdag.ELK_JAAR).isVrij(vijfMei2027));
        assertFalse(lijst(Feestdagen.Bevrijdingsdag.LUSTRUM).isVrij(vijfMei2027));
        assertTrue(lijst(Feestdagen.Bevrijdingsdag.LUSTRUM).isVrij(LocalDate.of(2030, 5, 5)), "2030 is a lustrum year (not listed: by the rules)");
        assertFalse(lijst(Feestdagen.Bevrijdingsdag.NOOIT).isVrij(LocalDate.of(2030, 5, 5)));
    }

    @Test
    void eenJaarBuitenDeLijstVolgtDeRegels() {
        Feestdagen f = lijst(Feestdagen.Bevrijdingsdag.ELK_JAAR);
        assertFalse(f.gelijst(2029));
        assertTrue(f.isVrij(LocalDate.of(2029, 4, 2)), "Tweede Paasdag 2029 (Easter 1 April)");
        assertTrue(f.isVrij(LocalDate.of(2029, 5, 10)), "Hemelvaartsdag 2029");
    }

    @Test
    void extraVrijeDagenEnEenKapotteRegel() {
        Feestdagen f = Feestdagen.lees(List.of("# versie: x", "2027-04-27,KONINGSDAG,Koningsdag"), Feestdagen.Bevrijdingsdag.NOOIT,
                List.of(LocalDate.of(2027, 5, 7)));
        assertTrue(f.isVrij(LocalDate.of(2027, 5, 7)));
        assertTrue(f.isVrij(LocalDate.of(2027, 4, 27)));
        assertFalse(f.isVrij(LocalDate.of(2027, 12, 25)), "a listed year holds only what is listed");
        assertThrows(IllegalArgumentException.class, () -> Feestdagen.lees(List.of("2027-04-27"), Feestdagen.Bevrijdingsdag.NOOIT, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Feestdagen.lees(List.of("2027-04-27,KERMIS"), Feestdagen.Bevrijdingsdag.NOOIT, List.of()));
    }
}
