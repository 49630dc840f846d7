package nl.werkplein.intake.brief;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdresregelsTest {

    @Test
    void eenVastgelegdAdresStaatZoalsPostNlHetVraagt() {
        assertEquals(List.of("J. de Vries", "Hoofdstraat 1", "9731 AB  GRONINGEN"),
                Adresregels.van(" J. de Vries ", "Hoofdstraat 1", "9731ab", "Groningen"));
        assertEquals(List.of("Postbus 30026", "9700 RM  GRONINGEN"), Adresregels.van(null, "Postbus 30026", "9700 RM", "Groningen"));
        assertEquals(List.of("Postbus 1", "9700 RM  'S-HERTOGENBOSCH"), Adresregels.van("  ", "Postbus 1", "9700RM", "'s-Hertogenbosch"));
    }

    @Test
    void eenPostcodeIsNederlands() {
        assertTrue(Adresregels.isPostcode("9731 AB"));
        assertFalse(Adresregels.isPostcode("0731AB"));
        assertFalse(Adresregels.isPostcode("9731A"));
        assertFalse(Adresregels.isPostcode(null));
        assertThrows(IllegalArgumentException.class, () -> Adresregels.postcode("ABCD12"));
    }

    @Test
    void eenBriefadresWordtOpRegeleindenEnKommasGesplitst() {
        assertEquals(List.of("Stichting De Brug", "t.a.v. de klant", "Postbus 30026", "9700 RM Groningen"),
                Adresregels.vanBriefadres("Stichting De Brug\nt.a.v. de klant, Postbus 30026,  9700 RM   Groningen"));
        assertEquals(List.of(), Adresregels.vanBriefadres(" , \n "));
        assertEquals(List.of(), Adresregels.vanBriefadres(null));
    }

    @Test
    void meerRegelsDanHetVensterBevatKomenOpDeLaatste() {
        List<String> regels = Adresregels.vanBriefadres("a,b,c,d,e,f,g,h");
        assertEquals(Adresregels.MAX_REGELS, regels.size());
        assertEquals("f, g, h", regels.get(5));
    }
}
