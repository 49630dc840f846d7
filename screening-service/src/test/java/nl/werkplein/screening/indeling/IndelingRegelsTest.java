package nl.werkplein.screening.indeling;

import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transitions of a client's line on the aggregate (domain.md 2.3–2.7), without Quarkus. */
class IndelingRegelsTest {

    static Indeling indeling(Lijn lijn, VastgesteldDoor door) {
        Indeling i = new Indeling();
        i.klantId = UUID.randomUUID();
        i.lijn = lijn;
        i.vastgesteldDoor = door;
        return i;
    }

    @Test
    void eenVragenlijstZetDeLijnZolangGeenPersoonBesliste() {
        Indeling i = indeling(Lijn.ZELFDOENER, VastgesteldDoor.REGELS);
        assertEquals(Lijn.ZELFDOENER, i.zetDoorRegels(Lijn.MAATSCHAPPELIJKE_PARTICIPATIE, false));
        assertEquals(Lijn.MAATSCHAPPELIJKE_PARTICIPATIE, i.lijn);
        assertEquals(VastgesteldDoor.REGELS, i.vastgesteldDoor);
    }

    @Test
    void eenVragenlijstVerandertDeLijnVanEenPersoonNiet() {
        Indeling consulent = indeling(Lijn.KLANTONDERSTEUNING, VastgesteldDoor.CONSULENT);
        ProblemException e = assertThrows(ProblemException.class, () -> consulent.zetDoorRegels(Lijn.ZELFDOENER, false));
        assertEquals(409, e.problem().status());
        assertTrue(e.problem().detail().contains("CONSULENT"));
        assertEquals(Lijn.KLANTONDERSTEUNING, consulent.lijn);
        Indeling geescaleerd = indeling(null, VastgesteldDoor.ESCALATIE);
        assertThrows(ProblemException.class, () -> geescaleerd.zetDoorRegels(Lijn.ZELFDOENER, false));
        Indeling beeindigd = indeling(null, null);
        assertThrows(ProblemException.class, () -> beeindigd.zetDoorRegels(Lijn.ZELFDOENER, true));
        assertNull(beeindigd.lijn);
    }

    @Test
    void hetBesluitVanDeConsulentStaatOokNaEenEscalatie() {
        Indeling i = indeling(null, VastgesteldDoor.ESCALATIE);
        assertNull(i.beslisDoorConsulent(Lijn.ZELFDOENER));
        assertEquals(Lijn.ZELFDOENER, i.lijn);
        assertEquals(VastgesteldDoor.CONSULENT, i.vastgesteldDoor);
        assertEquals(400, assertThrows(ProblemException.class, () -> i.beslisDoorConsulent(null)).problem().status());
    }

    @Test
    void eenEscalatieLaatDeLijnAanEenPersoon() {
        Indeling i = indeling(Lijn.ZELFDOENER, VastgesteldDoor.REGELS);
        assertEquals(Lijn.ZELFDOENER, i.escaleer(null));
        assertNull(i.lijn);
        assertEquals(VastgesteldDoor.ESCALATIE, i.vastgesteldDoor);
    }

    @Test
    void deAanvullendeVragenlijstBrengtParticipatieNaarKlantondersteuning() {
        Indeling regels = indeling(Lijn.MAATSCHAPPELIJKE_PARTICIPATIE, null);
        assertEquals(Lijn.MAATSCHAPPELIJKE_PARTICIPATIE, regels.naarKlantondersteuningNaControle());
        assertEquals(Lijn.KLANTONDERSTEUNING, regels.lijn);
        assertEquals(VastgesteldDoor.REGELS, regels.vastgesteldDoor);
        // a person's decision stays a person's for the cycle
        Indeling consulent = indeling(Lijn.MAATSCHAPPELIJKE_PARTICIPATIE, VastgesteldDoor.CONSULENT);
        consulent.naarKlantondersteuningNaControle();
        assertEquals(VastgesteldDoor.CONSULENT, consulent.vastgesteldDoor);
        Indeling zelfdoener = indeling(Lijn.ZELFDOENER, VastgesteldDoor.REGELS);
        ProblemException e = assertThrows(ProblemException.class, zelfdoener::naarKlantondersteuningNaControle);
        assertEquals(409, e.problem().status());
        assertTrue(e.problem().detail().contains("ZELFDOENER"));
    }

    @Test
    void doorgeleidWordtEenKlantEenKeerEnAlleenMetEenLijn() {
        Indeling zonder = indeling(null, null);
        assertEquals(409, assertThrows(ProblemException.class, zonder::doorleiden).problem().status());
        assertFalse(zonder.doorgeleid);
        Indeling met = indeling(Lijn.ZELFDOENER, VastgesteldDoor.REGELS);
        met.doorleiden();
        assertTrue(met.doorgeleid);
        assertThrows(ProblemException.class, met::doorleiden);
        met.nieuweCyclus(UUID.randomUUID());
        assertFalse(met.doorgeleid);
    }
}
