package nl.werkplein.ecoach.voorlichting;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attendance at a voorlichting on a plain object: the service re-invites only on the first absence. */
class DeelnameRegelsTest {

    static final OffsetDateTime NU = OffsetDateTime.parse("2026-03-02T12:15:00+01:00");

    @Test
    void deEersteAfwezigheidMeldtDatDeKlantNogNietAfwezigWas() {
        Deelname d = new Deelname();
        assertFalse(d.registreerAanwezigheid(false, NU));
        assertEquals(Boolean.FALSE, d.aanwezig);
        assertEquals(NU, d.geregistreerdOp);
        // recorded absent again: the client was invited to the next session already
        assertTrue(d.registreerAanwezigheid(false, NU.plusHours(1)));
    }

    @Test
    void eenCorrectieNaarAanwezigWordtVastgelegd() {
        Deelname d = new Deelname();
        d.registreerAanwezigheid(false, NU);
        assertTrue(d.registreerAanwezigheid(true, NU.plusHours(1)));
        assertEquals(Boolean.TRUE, d.aanwezig);
        assertEquals(NU.plusHours(1), d.geregistreerdOp);
    }
}
