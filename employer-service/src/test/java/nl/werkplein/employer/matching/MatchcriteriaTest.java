package nl.werkplein.employer.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seven criterion rules, value by value (plain JUnit, no index, no Quarkus). */
class MatchcriteriaTest {

    @ParameterizedTest(name = "beroep {0} bij gevraagd {1}: {2}")
    @CsvSource({
            "5223, 5223, 100",  // same unit group
            "5221, 5223, 67",   // same minor group 522
            "5211, 5223, 33",   // same major group 5
            "7112, 5223, 0",
            "-1, 5223, 0",      // no code
            "5223, -1, 0",      // vacancy without code
    })
    void beroep(int code, int gevraagd, int fractie) {
        assertEquals(fractie, Matchcriteria.beroep(code, gevraagd));
    }

    @ParameterizedTest(name = "{0} van {1} vaardigheden: {2}")
    @CsvSource({"2, 2, 100", "3, 2, 100", "1, 2, 50", "1, 3, 33", "0, 2, 0", "0, 0, 0", "4, 0, 0"})
    void vaardigheden(int raak, int gevraagd, int fractie) {
        assertEquals(fractie, Matchcriteria.vaardigheden(raak, gevraagd));
    }

    @ParameterizedTest(name = "{0} bij gevraagd {1}: {2}")
    @CsvSource({
            "MBO2, MBO2, 100",
            "MBO3, MBO2, 100",
            "MBO1, MBO2, 50",   // one rank below
            "VMBO, MBO2, 0",
            "HAVO, MBO4, 100",  // the ladder: HAVO and MBO4 are one level
            "MBO4, HAVO, 100",
            "MBO3, HAVO, 50",
            "HAVO, VWO, 50",
            "MBO4, VWO, 50",
            "VWO, HBO, 50",
            "GEEN, VMBO, 50",
            "WO, GEEN, 100",
    })
    void opleiding(Opleidingsniveau niveau, Opleidingsniveau gevraagd, int fractie) {
        assertEquals(fractie, Matchcriteria.opleiding(niveau.rang, gevraagd.rang));
    }

    @ParameterizedTest(name = "rang {0} bij gevraagd {1}: {2}")
    @CsvSource({"-1, 3, 0", "-1, -1, 100", "0, -1, 100"})
    void opleidingOnbekendOfNietGevraagd(int rang, int gevraagd, int fractie) {
        assertEquals(fractie, Matchcriteria.opleiding(rang, gevraagd));
    }

    @ParameterizedTest(name = "{0} uur bij {1} (marge {2}): {3}")
    @CsvSource({"24, 24, 4, 100", "28, 24, 4, 100", "29, 24, 4, 50", "16, 24, 4, 50", "15, 24, 4, 0", "40, 24, 4, 0",
            "-1, 24, 4, 50", "24, -1, 4, 50", "24, 24, 0, 100", "25, 24, 0, 0"})
    void uren(int uren, int gevraagd, int marge, int fractie) {
        assertEquals(fractie, Matchcriteria.uren(uren, gevraagd, marge));
    }

    @ParameterizedTest(name = "postcode {0}, binnen {1}: {2}")
    @CsvSource({"true, true, 100", "true, false, 0", "false, true, 50", "false, false, 50"})
    void regio(boolean postcode, boolean binnen, int fractie) {
        assertEquals(fractie, Matchcriteria.regio(postcode, binnen));
    }

    @ParameterizedTest(name = "per dag {0}, vandaag {1}, venster {2}: {3}")
    @CsvSource({"100, 100, 28, 100", "99, 100, 28, 100", "128, 100, 28, 50", "129, 100, 28, 0", "-2147483648, 100, 28, 100"})
    void beschikbaarheid(int per, int vandaag, int venster, int fractie) {
        assertEquals(fractie, Matchcriteria.beschikbaarheid(per, vandaag, venster));
    }

    @ParameterizedTest(name = "{0} voor {1} (sw-plek {2}): {3}")
    @CsvSource({
            "BAAN, ZELFDOENER, false, 100",
            "BAAN, KO_DIAGNOSE, false, 0",
            "BAAN, SW, false, 50",
            "BAAN, SW, true, 100",          // acquired for the SW target group
            "BAAN, ZELFDOENER, true, 100",
            "WERKLEERPLEK, KO_WERKLEERPLEK, false, 100",
            "WERKLEERPLEK, SW, false, 100",
            "WERKLEERPLEK, ZELFDOENER, false, 50",
            "WERKLEERPLEK, KO_DIAGNOSE, false, 25",
            "DETACHERING, SW, false, 100",
            "DETACHERING, KO_BEPERKTE_STEUN, false, 75",
            "OPLEIDINGSPLAATS, KO_WERKLEERPLEK, false, 75",
    })
    void situatie(VacatureSoort soort, Situatie situatie, boolean sw, int fractie) {
        assertEquals(fractie, Matchcriteria.situatie(soort, situatie, sw));
    }
}
