package nl.werkplein.employer.kandidaat;

import nl.werkplein.employer.matching.Situatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoolEnDoelgroepRegelTest {

    static PoolEnDoelgroepRegel.Feiten feiten(boolean doorgeleid, String lijn, String regeling, String fase, String werkintake,
                                              boolean loonwaarde, Boolean register) {
        return new PoolEnDoelgroepRegel.Feiten(doorgeleid, lijn, regeling, fase, werkintake, loonwaarde, register, false, false, false, null);
    }

    static PoolEnDoelgroepRegel.Feiten zelfdoener(boolean beeindigd, boolean uitgestroomd, boolean werk, String plaatsing) {
        return new PoolEnDoelgroepRegel.Feiten(true, "ZELFDOENER", "WWB", null, null, false, null, beeindigd, uitgestroomd, werk, plaatsing);
    }

    @ParameterizedTest(name = "{0} {1} {2} fase={3} werkintake={4} loonwaarde={5} register={6} → {7} {8} {9}")
    @CsvSource(nullValues = "-", value = {
            // doorgeleid, lijn, regeling, koFase, werkintake, loonwaarde vastgesteld, doelgroepregister → pool, doelgroep, situatie
            "false, ZELFDOENER, WWB, -, -, false, -, -, PARTICIPATIEWET, -",
            "true, ZELFDOENER, WWB, -, -, false, -, BEMIDDELBAAR, PARTICIPATIEWET, ZELFDOENER",
            "true, KLANTONDERSTEUNING, WWB, CENTRUM_VOOR_WERK, -, false, -, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_DIAGNOSE",
            "true, KLANTONDERSTEUNING, WWB, CENTRUM_VOOR_WERK, NADERE_DIAGNOSE, false, -, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_DIAGNOSE",
            "true, KLANTONDERSTEUNING, WWB, CENTRUM_VOOR_WERK, MET_BEPERKTE_STEUN, false, -, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_BEPERKTE_STEUN",
            // a loonwaarde below WML is loonkostensubsidie only: it never makes the doelgroep DOELGROEPREGISTER
            "true, KLANTONDERSTEUNING, WWB, CENTRUM_VOOR_WERK, NADERE_DIAGNOSE, true, -, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_BEPERKTE_STEUN",
            "true, KLANTONDERSTEUNING, WWB, CENTRUM_VOOR_WERK, NADERE_DIAGNOSE, true, false, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_BEPERKTE_STEUN",
            // UWV's recorded indication does, whatever the loonwaarde
            "true, KLANTONDERSTEUNING, WWB, WERKLEERPLEK, NADERE_DIAGNOSE, true, true, KLANTONDERSTEUNING, DOELGROEPREGISTER, KO_WERKLEERPLEK",
            "true, ZELFDOENER, WWB, -, -, false, true, BEMIDDELBAAR, DOELGROEPREGISTER, ZELFDOENER",
            "true, KLANTONDERSTEUNING, WWB, WERKLEERPLEK, MET_BEPERKTE_STEUN, false, -, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_WERKLEERPLEK",
            // a closed KO trajectory keeps the KO pool: the line decides (a new line comes as lijn-gewijzigd)
            "true, KLANTONDERSTEUNING, WWB, AFGESLOTEN, MET_BEPERKTE_STEUN, false, -, KLANTONDERSTEUNING, PARTICIPATIEWET, KO_BEPERKTE_STEUN",
            "true, ZELFDOENER, WSW, -, -, false, -, SW, SW, SW",
            "true, KLANTONDERSTEUNING, WSW, -, -, true, true, SW, SW, SW",
            "true, MAATSCHAPPELIJKE_PARTICIPATIE, WWB, -, -, false, -, -, PARTICIPATIEWET, -",
            "true, -, WWB, -, -, false, -, -, PARTICIPATIEWET, -",
            "true, ZELFDOENER, WW, -, -, false, -, BEMIDDELBAAR, WW, ZELFDOENER",
            "true, ZELFDOENER, WW, -, -, false, true, BEMIDDELBAAR, DOELGROEPREGISTER, ZELFDOENER",
    })
    void poolDoelgroepEnSituatieVolgenUitDeFeiten(boolean doorgeleid, String lijn, String regeling, String fase, String werkintake,
                                                  boolean loonwaarde, Boolean register, String pool, Doelgroep doelgroep, Situatie situatie) {
        PoolEnDoelgroepRegel.Uitkomst u = PoolEnDoelgroepRegel.bepaal(feiten(doorgeleid, lijn, regeling, fase, werkintake, loonwaarde, register));
        assertEquals(pool, u.pool());
        assertEquals(doelgroep, u.doelgroep());
        assertEquals(situatie, u.situatie());
        assertEquals(pool != null, u.beschikbaar());
    }

    @Test
    void eenBeeindigdeUitkeringHaaltDeKlantUitElkePool() {
        PoolEnDoelgroepRegel.Uitkomst u = PoolEnDoelgroepRegel.bepaal(zelfdoener(true, false, false, null));
        assertNull(u.pool());
        assertFalse(u.beschikbaar());
        assertEquals("uitkering beëindigd: in geen pool tot een nieuwe doorgeleiding", u.reden());
        // also an SW'er
        assertNull(PoolEnDoelgroepRegel.bepaal(new PoolEnDoelgroepRegel.Feiten(true, "ZELFDOENER", "WSW", null, null, false, null,
                true, false, false, null)).pool());
    }

    @Test
    void eenLopendePlaatsingMaaktOnbeschikbaarEnVolledigeUitstroomHaaltUitDePool() {
        PoolEnDoelgroepRegel.Uitkomst gedeeltelijk = PoolEnDoelgroepRegel.bepaal(zelfdoener(false, false, false, "GEDEELTELIJK"));
        assertEquals("BEMIDDELBAAR", gedeeltelijk.pool());
        assertFalse(gedeeltelijk.beschikbaar());
        assertEquals("lopende plaatsing", gedeeltelijk.nietBeschikbaar());
        PoolEnDoelgroepRegel.Uitkomst volledig = PoolEnDoelgroepRegel.bepaal(zelfdoener(false, false, false, "VOLLEDIG"));
        assertNull(volledig.pool());
        assertEquals("geplaatst met volledige uitstroom", volledig.reden());
        // the placement ended (no running one) and the benefit runs: back in the pool, available
        PoolEnDoelgroepRegel.Uitkomst terug = PoolEnDoelgroepRegel.bepaal(zelfdoener(false, false, false, null));
        assertEquals("BEMIDDELBAAR", terug.pool());
        assertTrue(terug.beschikbaar());
        assertNull(terug.nietBeschikbaar());
    }

    @Test
    void uitgestroomdOfWerkGevondenBlijftInDePoolMaarIsNietBeschikbaar() {
        PoolEnDoelgroepRegel.Uitkomst werk = PoolEnDoelgroepRegel.bepaal(zelfdoener(false, false, true, null));
        assertEquals("BEMIDDELBAAR", werk.pool());
        assertFalse(werk.beschikbaar());
        PoolEnDoelgroepRegel.Uitkomst weg = PoolEnDoelgroepRegel.bepaal(zelfdoener(false, true, false, null));
        assertFalse(weg.beschikbaar());
        assertEquals("uitgestroomd", weg.nietBeschikbaar());
    }

    @Test
    void deRegelHeeftEenNieuweVersie() {
        assertEquals("2", PoolEnDoelgroepRegel.VERSIE);
    }
}
