package nl.werkplein.ecoach.workshop;

import org.junit.jupiter.api.Test;

import static nl.werkplein.ecoach.workshop.Aanwezigheidsmelding.Uitkomst.AL_GEMELD;
import static nl.werkplein.ecoach.workshop.Aanwezigheidsmelding.Uitkomst.CONFLICT;
import static nl.werkplein.ecoach.workshop.Aanwezigheidsmelding.Uitkomst.VASTLEGGEN;
import static nl.werkplein.ecoach.workshop.WorkshopStatus.AANWEZIG;
import static nl.werkplein.ecoach.workshop.WorkshopStatus.AFWEZIG;
import static nl.werkplein.ecoach.workshop.WorkshopStatus.OPEN;
import static nl.werkplein.ecoach.workshop.WorkshopStatus.VERVALLEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AanwezigheidsmeldingTest {

    @Test
    void eenOpenVerwijzingNeemtDeMeldingAan() {
        assertEquals(VASTLEGGEN, Aanwezigheidsmelding.beoordeel(OPEN, AANWEZIG));
        assertEquals(VASTLEGGEN, Aanwezigheidsmelding.beoordeel(OPEN, AFWEZIG));
    }

    @Test
    void dezelfdeMeldingNogmaalsIsGeenWijziging() {
        assertEquals(AL_GEMELD, Aanwezigheidsmelding.beoordeel(AANWEZIG, AANWEZIG));
        assertEquals(AL_GEMELD, Aanwezigheidsmelding.beoordeel(AFWEZIG, AFWEZIG));
    }

    @Test
    void eenAndereMeldingOfEenVervallenVerwijzingIsEenConflict() {
        assertEquals(CONFLICT, Aanwezigheidsmelding.beoordeel(AANWEZIG, AFWEZIG));
        assertEquals(CONFLICT, Aanwezigheidsmelding.beoordeel(AFWEZIG, AANWEZIG));
        assertEquals(CONFLICT, Aanwezigheidsmelding.beoordeel(VERVALLEN, AANWEZIG));
    }

    @Test
    void alleenAanwezigOfAfwezigIsMeldbaar() {
        assertTrue(Aanwezigheidsmelding.meldbaar(AANWEZIG));
        assertFalse(Aanwezigheidsmelding.meldbaar(OPEN));
        assertFalse(Aanwezigheidsmelding.meldbaar(VERVALLEN));
        assertThrows(IllegalArgumentException.class, () -> Aanwezigheidsmelding.beoordeel(OPEN, OPEN));
    }

    @Test
    void deReferentieIsWillekeurigEnLeesbaar() {
        String a = Workshopverwijzing.nieuweReferentie();
        assertTrue(a.matches("WS-[0-9A-HJKMNP-TV-Z]{12}"), a);
        assertNotEquals(a, Workshopverwijzing.nieuweReferentie());
    }
}
