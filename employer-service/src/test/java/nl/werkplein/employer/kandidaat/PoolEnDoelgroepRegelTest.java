package nl.werkplein.employer.kandidaat;

import nl.werkplein.employer.matching.Situatie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PoolEnDoelgroepRegelTest {

    @ParameterizedTest(name = "{0} {1} {2} fase={3} werkintake={4} onderWml={5} → {6} {7} {8}")
    @CsvSource(nullValues = "-", value = {
            // doorgeleid, lijn, regeling, koFase, werkintake, onderWml → pool, doelgroep, situatie
            "false, ZELFDOENER, WWB, -, -, -, -, PARTICIPATIEWET, -",
            "true, ZELFDOENER, WWB, -, -, -, BEMIDDELBAAR, PARTICIPATIEWET, ZELFDOENER",
            "true, KLANTONDERSTEUNING, WWB, CENTRUM_VOOR_WERK, -, -, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_DIAGNOSE",
            "true, KLANTONDERSTEUNING, WWB, CENTRUM_VOOR_WERK, NADERE_DIAGNOSE, -, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_DIAGNOSE",
            "true, KLANTONDERSTEUNING, WWB, CENTRUM_VOOR_WERK, MET_BEPERKTE_STEUN, -, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_BEPERKTE_STEUN",
            "true, KLANTONDERSTEUNING, WWB, CENTRUM_VOOR_WERK, NADERE_DIAGNOSE, true, KLANTONDERSTEUNING, DOELGROEPREGISTER, KO_BEPERKTE_STEUN",
            "true, KLANTONDERSTEUNING, WWB, WERKLEERPLEK, NADERE_DIAGNOSE, true, KLANTONDERSTEUNING, DOELGROEPREGISTER, KO_WERKLEERPLEK",
            "true, KLANTONDERSTEUNING, WWB, WERKLEERPLEK, MET_BEPERKTE_STEUN, false, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_WERKLEERPLEK",
            "true, ZELFDOENER, WSW, -, -, -, SW, SW, SW",
            "true, KLANTONDERSTEUNING, WSW, -, -, true, SW, SW, SW",
            "true, MAATSCHAPPELIJKE_PARTICIPATIE, WWB, -, -, -, -, PARTICIPATIEWET, -",
            "true, -, WWB, -, -, -, -, PARTICIPATIEWET, -",
            "true, ZELFDOENER, WW, -, -, -, BEMIDDELBAAR, WW, ZELFDOENER",
    })
    void poolDoelgroepEnSituatieVolgenUitDeFeiten(boolean doorgeleid, String lijn, String regeling, String fase, String werkintake,
                                                  Boolean onderWml, String pool, Doelgroep doelgroep, Situatie situatie) {
        PoolEnDoelgroepRegel.Uitkomst u = PoolEnDoelgroepRegel.bepaal(
                new PoolEnDoelgroepRegel.Feiten(doorgeleid, lijn, regeling, fase, werkintake, onderWml));
        assertEquals(pool, u.pool());
        assertEquals(doelgroep, u.doelgroep());
        assertEquals(situatie, u.situatie());
    }
}
