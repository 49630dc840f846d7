package nl.werkplein.screening.indeling;

import org.junit.jupiter.api.Test;

import static nl.werkplein.screening.indeling.LijnRegels.Melding.GEEN;
import static nl.werkplein.screening.indeling.LijnRegels.Melding.INDELING_VASTGESTELD;
import static nl.werkplein.screening.indeling.LijnRegels.Melding.LIJN_GEWIJZIGD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LijnRegelsTest {

    @Test
    void eenVragenlijstZetDeLijnAlleenZolangGeenPersoonBesliste() {
        assertTrue(LijnRegels.vragenlijstZetLijn(null, false));
        assertTrue(LijnRegels.vragenlijstZetLijn(VastgesteldDoor.REGELS, false));
        assertFalse(LijnRegels.vragenlijstZetLijn(VastgesteldDoor.CONSULENT, false));
        assertFalse(LijnRegels.vragenlijstZetLijn(VastgesteldDoor.ESCALATIE, false), "after an escalation a person decides");
        assertFalse(LijnRegels.vragenlijstZetLijn(null, true), "an ended cycle keeps its line");
    }

    @Test
    void voorDeDoorgeleidingDeIndelingDaarnaElkeWijziging() {
        assertEquals(INDELING_VASTGESTELD, LijnRegels.melding(false, null, Lijn.ZELFDOENER));
        assertEquals(INDELING_VASTGESTELD, LijnRegels.melding(false, Lijn.ZELFDOENER, Lijn.KLANTONDERSTEUNING));
        assertEquals(LIJN_GEWIJZIGD, LijnRegels.melding(true, null, Lijn.KLANTONDERSTEUNING), "the decision after an escalation");
        assertEquals(LIJN_GEWIJZIGD, LijnRegels.melding(true, Lijn.ZELFDOENER, null));
        assertEquals(GEEN, LijnRegels.melding(true, Lijn.KLANTONDERSTEUNING, Lijn.KLANTONDERSTEUNING));
    }

    @Test
    void klantondersteuningSluitAlsDeLijnIetsAndersWordt() {
        assertTrue(LijnRegels.sluitKlantondersteuning(Lijn.ZELFDOENER));
        assertTrue(LijnRegels.sluitKlantondersteuning(null));
        assertFalse(LijnRegels.sluitKlantondersteuning(Lijn.KLANTONDERSTEUNING));
        assertEquals("lijn gewijzigd naar MAATSCHAPPELIJKE_PARTICIPATIE: eerst dagbesteding",
                LijnRegels.sluitreden(Lijn.MAATSCHAPPELIJKE_PARTICIPATIE, "eerst dagbesteding"));
    }
}
