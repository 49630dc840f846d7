package nl.werkplein.intake.brief;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefStatusTest {

    @Test
    void eenWachtendeBriefGaatDeDeurUitOfWordtIngetrokken() {
        assertTrue(BriefStatus.TE_VERSTUREN.naar(BriefStatus.VERSTUURD));
        assertTrue(BriefStatus.TE_VERSTUREN.naar(BriefStatus.INGETROKKEN));
    }

    @Test
    void nogmaalsDezelfdeStapVerandertNiets() {
        for (BriefStatus s : BriefStatus.values()) {
            assertFalse(s.naar(s), s.name());
        }
    }

    @Test
    void verstuurdEnIngetrokkenZijnDefinitief() {
        var e = assertThrows(BriefStatus.OngeldigeOvergang.class, () -> BriefStatus.VERSTUURD.naar(BriefStatus.INGETROKKEN));
        assertEquals(BriefStatus.VERSTUURD, e.huidig);
        assertThrows(BriefStatus.OngeldigeOvergang.class, () -> BriefStatus.INGETROKKEN.naar(BriefStatus.VERSTUURD));
        assertThrows(BriefStatus.OngeldigeOvergang.class, () -> BriefStatus.VERSTUURD.naar(BriefStatus.TE_VERSTUREN));
        assertThrows(BriefStatus.OngeldigeOvergang.class, () -> BriefStatus.INGETROKKEN.naar(BriefStatus.TE_VERSTUREN));
    }
}
