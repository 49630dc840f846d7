package nl.werkplein.socialreturn.vacature;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VacatureControleTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    VacatureControle.Uitslag controleer(String json) throws Exception {
        return VacatureControle.controleer(JSON.readTree(json), VANDAAG);
    }

    @Test
    void eenGoedeVacatureKrijgtDeStandaarden() throws Exception {
        VacatureControle.Uitslag u = controleer("""
                {"referentie":"RS-1","titel":"Heftruckchauffeur","beroepscode":"8344","postcode":"9731 ab","urenPerWeek":32,
                 "opleidingsniveau":"MBO2","sluitingsdatum":"2026-04-01","onbekendVeld":1}""");
        assertTrue(u.geldig(), u.redenen().toString());
        assertEquals(Soort.BAAN, u.vacature().soort());
        assertFalse(u.vacature().sw());
        assertEquals("9731AB", u.vacature().postcode());
        assertEquals("9731", u.vacature().postcode4());
    }

    @Test
    void eenSlechteVacatureNoemtAlHaarRedenen() throws Exception {
        VacatureControle.Uitslag u = controleer("""
                {"referentie":"RS-2","titel":"","beroepscode":"83","postcode":"0123AB","urenPerWeek":"veel",
                 "opleidingsniveau":"MBO5","sluitingsdatum":"2026-03-01","soort":"STAGE","sw":"ja"}""");
        assertFalse(u.geldig());
        assertEquals("RS-2", u.referentie());
        assertEquals(8, u.redenen().size(), u.redenen().toString());
        for (String veld : new String[]{"titel", "beroepscode", "postcode", "urenPerWeek", "opleidingsniveau", "sluitingsdatum", "soort", "sw"}) {
            assertTrue(u.redenen().stream().anyMatch(r -> r.startsWith(veld + ":")), veld + " in " + u.redenen());
        }
    }

    @Test
    void geenObjectOfGeenReferentie() throws Exception {
        assertFalse(controleer("42").geldig());
        VacatureControle.Uitslag u = controleer("{}");
        assertEquals(null, u.referentie());
        assertEquals(7, u.redenen().size(), u.redenen().toString());
    }
}
