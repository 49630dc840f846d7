package nl.werkplein.ecoach.klant;

import nl.werkplein.ecoach.traject.Afsluitreden;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the events say about a client, on a plain object: one routing per cycle, and the newer event wins. */
class KlantRegelsTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2026-03-02T09:30:00+01:00");

    @Test
    void eenRoutingLegtLijnEnCyclusVastEnImpliceertEenUitkering() {
        Klant k = new Klant();
        UUID aanvraag = UUID.randomUUID();
        assertTrue(k.doorgeleid(aanvraag, "ZELFDOENER", false, T));
        assertEquals("ZELFDOENER", k.lijn);
        assertEquals(aanvraag, k.aanvraagId);
        assertEquals(T, k.doorgeleidOp);
        assertEquals(Boolean.TRUE, k.opUitkering);
    }

    @Test
    void dezelfdeAanvraagOfEenOudereRoutingVeranderenNiets() {
        Klant k = new Klant();
        UUID aanvraag = UUID.randomUUID();
        k.doorgeleid(aanvraag, "ZELFDOENER", false, T);
        assertFalse(k.doorgeleid(aanvraag, "KLANTONDERSTEUNING", false, T.plusMinutes(5)), "the same aanvraag again");
        assertFalse(k.doorgeleid(UUID.randomUUID(), "KLANTONDERSTEUNING", false, T), "the same moment under another id");
        assertFalse(k.doorgeleid(UUID.randomUUID(), "KLANTONDERSTEUNING", false, T.minusDays(1)), "an older routing arriving late");
        assertEquals("ZELFDOENER", k.lijn);
        assertEquals(aanvraag, k.aanvraagId);
        // a later aanvraag is a new cycle
        UUID later = UUID.randomUUID();
        assertTrue(k.doorgeleid(later, "ZELFDOENER", true, T.plusDays(200)));
        assertEquals(later, k.aanvraagId);
        assertTrue(k.bestandsklant);
    }

    @Test
    void eenOuderUitkeringsberichtOverstemtGeenNieuwer() {
        Klant k = new Klant();
        assertTrue(k.uitkering(false, T, Afsluitreden.UITGESTROOMD));
        assertFalse(k.uitkering(true, T.minusDays(3)));
        assertEquals(Boolean.FALSE, k.opUitkering);
        assertEquals(Afsluitreden.UITGESTROOMD, k.vertrekReden);
        assertTrue(k.vertrokkenNa(T.minusMinutes(1)));
        assertFalse(k.vertrokkenNa(T));
    }

    @Test
    void eenLijnwijzigingZonderLijnLaatDeLijnOpen() {
        Klant k = new Klant();
        k.doorgeleid(null, "ZELFDOENER", false, T);
        k.lijnGewijzigd(null);
        assertEquals(null, k.lijn);
    }
}
