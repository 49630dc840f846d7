package nl.werkplein.platform.managementinformatie;

import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.QueryParams;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure parts of the management-information building block: months, median, CSV. */
class ManagementinformatieRegelsTest {

    record Rij(String maand, String reden, long aantal, Double mediaan) {
    }

    @Test
    void standaardDeTwaalfMaandenTotEnMetDezeMaand() {
        QueryParams p = new QueryParams();
        Maandperiode periode = Maandperiode.van(p, null, null, YearMonth.of(2026, 3));
        p.check();
        assertEquals(new Maandperiode(YearMonth.of(2025, 4), YearMonth.of(2026, 3)), periode);
        assertEquals(12, periode.maanden().size());
    }

    @Test
    void eenOngeldigeMaandNoemtDeParameter() {
        QueryParams p = new QueryParams();
        assertNull(Maandperiode.van(p, "2026-13", "2026-1", YearMonth.of(2026, 3)));
        ProblemException e = assertThrows(ProblemException.class, p::check);
        assertEquals(List.of("van", "tot"), e.problem().invalidParams().stream().map(i -> i.name()).toList());
    }

    @Test
    void totVoorVanEnTeLangZijnFout() {
        QueryParams p = new QueryParams();
        assertNull(Maandperiode.van(p, "2026-03", "2026-02", YearMonth.of(2026, 3)));
        assertEquals("tot", assertThrows(ProblemException.class, p::check).problem().invalidParams().get(0).name());
        QueryParams q = new QueryParams();
        assertNull(Maandperiode.van(q, "2020-01", "2025-01", YearMonth.of(2026, 3)));
        assertEquals("van", assertThrows(ProblemException.class, q::check).problem().invalidParams().get(0).name());
    }

    @Test
    void mediaanVanEenVerdeling() {
        assertNull(Mediaan.van(Map.of()));
        assertEquals(10.0, Mediaan.van(Map.of(10L, 1L)));
        assertEquals(15.0, Mediaan.van(Map.of(10L, 1L, 20L, 1L)));
        assertEquals(20.0, Mediaan.van(Map.of(10L, 1L, 20L, 2L, 70L, 1L, 5L, 1L)));
    }

    @Test
    void csvMetKopregelPuntkommaEnQuotes() {
        String csv = Csv.van(Rij.class, List.of(new Rij("2026-03", "WERK", 3, 12.5), new Rij("2026-04", "a;\"b\"", 0, null)));
        assertTrue(csv.startsWith("\uFEFF"));
        assertEquals("maand;reden;aantal;mediaan\r\n2026-03;WERK;3;12.5\r\n2026-04;\"a;\"\"b\"\"\";0;\r\n", csv.substring(1));
    }
}
