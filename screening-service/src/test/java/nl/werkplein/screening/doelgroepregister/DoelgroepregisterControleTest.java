package nl.werkplein.screening.doelgroepregister;

import nl.werkplein.platform.api.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoelgroepregisterControleTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);

    static List<String> velden(List<Problem.InvalidParam> fouten) {
        return fouten.stream().map(Problem.InvalidParam::name).toList();
    }

    @Test
    void eenVolledigeIndicatieVanVandaagOfEerderIsGoed() {
        assertTrue(DoelgroepregisterControle.controleer(true, VANDAAG, "UWV Suwinet", VANDAAG).isEmpty());
        assertTrue(DoelgroepregisterControle.controleer(false, VANDAAG.minusYears(2), "x".repeat(200), VANDAAG).isEmpty());
    }

    @Test
    void alleFoutenTegelijk() {
        assertEquals(List.of("indicatie", "datum", "bron"), velden(DoelgroepregisterControle.controleer(null, null, " ", VANDAAG)));
        assertEquals(List.of("datum"), velden(DoelgroepregisterControle.controleer(true, VANDAAG.plusDays(1), "UWV", VANDAAG)));
        assertEquals(List.of("bron"), velden(DoelgroepregisterControle.controleer(true, VANDAAG, "x".repeat(201), VANDAAG)));
    }
}
