package nl.werkplein.screening.klant;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client's cycle on the aggregate (domain.md 1.11, 2.7), without Quarkus; KlantCyclus decides when each applies. */
class KlantRegelsTest {

    @Test
    void eenNieuweAanvraagBegintEenNieuweCyclus() {
        Klant k = new Klant();
        UUID a1 = UUID.randomUUID();
        assertFalse(k.nieuweCyclus(a1, "WWB"));
        k.kenUitkeringToe();
        k.beeindigCyclus(KlantCyclus.Einde.UITGESTROOMD);
        assertTrue(k.uitgestroomd);
        assertEquals(KlantCyclus.Einde.UITGESTROOMD, k.cyclus().einde());
        assertTrue(k.nieuweCyclus(UUID.randomUUID(), null), "an earlier aanvraag existed");
        assertEquals(2, k.aantalAanvragen);
        assertNull(k.cyclusEinde);
        assertFalse(k.uitkeringToegekend);
        assertFalse(k.uitgestroomd);
        assertEquals("WWB", k.regeling, "kept when the new aanvraag names none");
        assertThrows(IllegalStateException.class, () -> k.nieuweCyclus(k.laatsteAanvraagId, null), "the same aanvraag again");
    }

    @Test
    void eenBeeindigdeCyclusWordtNietToegekendOfNogmaalsBeeindigd() {
        Klant k = new Klant();
        k.nieuweCyclus(UUID.randomUUID(), null);
        k.beeindigCyclus(KlantCyclus.Einde.AFGEWEZEN);
        assertFalse(k.uitgestroomd);
        assertThrows(IllegalStateException.class, k::kenUitkeringToe);
        assertThrows(IllegalStateException.class, () -> k.beeindigCyclus(KlantCyclus.Einde.UITKERING_BEEINDIGD));
        assertEquals(KlantCyclus.Einde.AFGEWEZEN, k.cyclusEinde);
    }
}
