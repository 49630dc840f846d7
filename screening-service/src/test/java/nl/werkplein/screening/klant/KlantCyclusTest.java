package nl.werkplein.screening.klant;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static nl.werkplein.screening.klant.KlantCyclus.Einde.AFGEWEZEN;
import static nl.werkplein.screening.klant.KlantCyclus.Einde.UITGESTROOMD;
import static nl.werkplein.screening.klant.KlantCyclus.Einde.UITKERING_BEEINDIGD;
import static nl.werkplein.screening.klant.KlantCyclus.Soort.BEEINDIGD;
import static nl.werkplein.screening.klant.KlantCyclus.Soort.GEEN;
import static nl.werkplein.screening.klant.KlantCyclus.Soort.NIEUWE_CYCLUS;
import static nl.werkplein.screening.klant.KlantCyclus.Soort.TOEGEKEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KlantCyclusTest {

    final UUID a1 = UUID.randomUUID();
    final UUID a2 = UUID.randomUUID();

    @Test
    void eenNieuweAanvraagBegintEenNieuweCyclusDezelfdeAanvraagNiet() {
        assertEquals(NIEUWE_CYCLUS, KlantCyclus.gevolg(KlantCyclus.Stand.ONBEKEND, IntakeEvents.AANVRAAG_INGEDIEND, a1).soort());
        assertEquals(GEEN, KlantCyclus.gevolg(new KlantCyclus.Stand(a1, false, null), IntakeEvents.AANVRAAG_INGEDIEND, a1).soort());
        assertEquals(NIEUWE_CYCLUS, KlantCyclus.gevolg(new KlantCyclus.Stand(a1, true, UITKERING_BEEINDIGD), IntakeEvents.AANVRAAG_INGEDIEND, a2).soort());
        assertEquals(NIEUWE_CYCLUS, KlantCyclus.gevolg(new KlantCyclus.Stand(a1, false, AFGEWEZEN), IntakeEvents.AANVRAAG_INGEDIEND, a2).soort());
    }

    @Test
    void deToekenningVanEenOudereAanvraagLeidtDeNieuweCyclusNietDoor() {
        KlantCyclus.Stand tweede = new KlantCyclus.Stand(a2, false, null);
        assertEquals(GEEN, KlantCyclus.gevolg(tweede, IntakeEvents.AANVRAAG_TOEGEKEND, a1).soort());
        assertEquals(TOEGEKEND, KlantCyclus.gevolg(tweede, IntakeEvents.AANVRAAG_TOEGEKEND, a2).soort());
        assertEquals(GEEN, KlantCyclus.gevolg(new KlantCyclus.Stand(a2, true, null), IntakeEvents.AANVRAAG_TOEGEKEND, a2).soort(), "once");
        assertEquals(GEEN, KlantCyclus.gevolg(tweede, IntakeEvents.UITKERING_BEEINDIGD, a1).soort(), "an older benefit's end");
    }

    @Test
    void eenCyclusEindigtEenKeerEnNietsVolgtDaarna() {
        KlantCyclus.Stand lopend = new KlantCyclus.Stand(a1, true, null);
        KlantCyclus.Gevolg einde = KlantCyclus.gevolg(lopend, IntakeEvents.UITKERING_BEEINDIGD, a1);
        assertEquals(BEEINDIGD, einde.soort());
        assertEquals(UITKERING_BEEINDIGD, einde.einde());
        assertEquals(UITGESTROOMD, KlantCyclus.gevolg(new KlantCyclus.Stand(a1, false, null), IntakeEvents.KLANT_UITGESTROOMD, a1).einde());
        assertEquals(AFGEWEZEN, KlantCyclus.gevolg(new KlantCyclus.Stand(a1, false, null), IntakeEvents.AANVRAAG_AFGEWEZEN, null).einde());
        KlantCyclus.Stand beeindigd = new KlantCyclus.Stand(a1, true, UITKERING_BEEINDIGD);
        assertEquals(GEEN, KlantCyclus.gevolg(beeindigd, IntakeEvents.KLANT_UITGESTROOMD, a1).soort());
        assertEquals(GEEN, KlantCyclus.gevolg(new KlantCyclus.Stand(a1, false, UITGESTROOMD), IntakeEvents.AANVRAAG_TOEGEKEND, a1).soort(),
                "no grant after leaving");
        assertEquals(GEEN, KlantCyclus.gevolg(lopend, "aanvraag-bevestigd", a1).soort());
    }

    @Test
    void doorgeleidNaDeToekenningVanDezeCyclusOfMeteenVoorHetBestaandeBestand() {
        assertFalse(KlantCyclus.magDoorgeleidWorden(new KlantCyclus.Stand(a2, false, null), true),
                "a new aanvraag of a caseload client waits for its grant (provisional indeling)");
        assertTrue(KlantCyclus.magDoorgeleidWorden(new KlantCyclus.Stand(a2, true, null), false));
        assertTrue(KlantCyclus.magDoorgeleidWorden(new KlantCyclus.Stand(null, false, null), true));
        assertFalse(KlantCyclus.magDoorgeleidWorden(new KlantCyclus.Stand(null, false, null), false));
        assertFalse(KlantCyclus.magDoorgeleidWorden(new KlantCyclus.Stand(a1, true, UITKERING_BEEINDIGD), false));
        assertFalse(KlantCyclus.magDoorgeleidWorden(new KlantCyclus.Stand(null, false, UITGESTROOMD), true));
    }
}
