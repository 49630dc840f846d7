package nl.werkplein.intake.brief;

import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A letter's transitions on the entity (the rule is BriefStatus#naar), without Quarkus. */
class BriefRegelsTest {

    private static final OffsetDateTime NU = OffsetDateTime.parse("2026-05-01T10:00:00+02:00");

    static Brief wachtend() {
        Brief b = new Brief();
        b.id = UUID.randomUUID();
        b.status = BriefStatus.TE_VERSTUREN;
        return b;
    }

    @Test
    void eenWachtendeBriefWordtEenKeerVerstuurd() {
        Brief b = wachtend();
        assertTrue(b.verstuur("drukstraat", NU));
        assertEquals(BriefStatus.VERSTUURD, b.status);
        assertEquals(NU, b.verstuurdOp);
        assertEquals("drukstraat", b.verstuurdDoor);
        assertFalse(b.verstuur("ander", NU.plusHours(1)), "nogmaals verandert niets");
        assertEquals(NU, b.verstuurdOp);
        assertEquals("drukstraat", b.verstuurdDoor);
    }

    @Test
    void eenWachtendeBriefWordtEenKeerIngetrokkenMetDeReden() {
        Brief b = wachtend();
        assertTrue(b.trekIn("  adres onjuist ", "beheer-1", NU));
        assertEquals(BriefStatus.INGETROKKEN, b.status);
        assertEquals("adres onjuist", b.intrekkingReden);
        assertEquals("beheer-1", b.ingetrokkenDoor);
        assertFalse(b.trekIn("weer", "beheer-2", NU.plusHours(1)));
        assertEquals("adres onjuist", b.intrekkingReden);
    }

    @Test
    void eenVerstuurdeBriefKanNietWordenIngetrokkenEnOmgekeerd() {
        Brief verstuurd = wachtend();
        verstuurd.verstuur("drukstraat", NU);
        Problem p = assertThrows(ProblemException.class, () -> verstuurd.trekIn("te laat", "beheer-1", NU)).problem();
        assertEquals(409, p.status());
        assertTrue(p.detail().contains("VERSTUURD"), p.detail());
        assertNull(verstuurd.ingetrokkenOp);

        Brief ingetrokken = wachtend();
        ingetrokken.trekIn("stop", "beheer-1", NU);
        Problem q = assertThrows(ProblemException.class, () -> ingetrokken.verstuur("drukstraat", NU)).problem();
        assertEquals(409, q.status());
        assertTrue(q.detail().contains("INGETROKKEN"), q.detail());
        assertNull(ingetrokken.verstuurdOp);
    }
}
