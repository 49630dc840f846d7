package nl.werkplein.ecoach.workshop;

import nl.werkplein.ecoach.traject.Workshop;
import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The referral's transitions on a plain object (domain.md 3.5): one report, lapsing with the trajectory. */
class WorkshopverwijzingRegelsTest {

    static final OffsetDateTime NU = OffsetDateTime.parse("2026-03-02T09:30:00+01:00");

    static Workshopverwijzing open() {
        return Workshopverwijzing.open("randstad", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Workshop.CV, NU);
    }

    @Test
    void eenNieuweVerwijzingIsOpenMetEenWillekeurigeReferentie() {
        Workshopverwijzing v = open();
        assertEquals(WorkshopStatus.OPEN, v.status);
        assertTrue(v.referentie.matches("WS-[0-9A-HJKMNP-TV-Z]{12}"), v.referentie);
        assertEquals(NU, v.verwezenOp);
        assertNull(v.gemeldOp);
    }

    @Test
    void eenOpenVerwijzingNeemtDeMeldingEenmaalAan() {
        Workshopverwijzing v = open();
        assertTrue(v.meld(WorkshopStatus.AANWEZIG, NU.plusDays(7)));
        assertEquals(WorkshopStatus.AANWEZIG, v.status);
        assertEquals(NU.plusDays(7), v.gemeldOp);
        // the same report again (a retry) changes nothing
        assertFalse(v.meld(WorkshopStatus.AANWEZIG, NU.plusDays(8)));
        assertEquals(NU.plusDays(7), v.gemeldOp);
    }

    @Test
    void eenAndereMeldingDaarnaIsEenConflictDatDeStatusNoemt() {
        Workshopverwijzing v = open();
        v.meld(WorkshopStatus.AFWEZIG, NU);
        ProblemException e = assertThrows(ProblemException.class, () -> v.meld(WorkshopStatus.AANWEZIG, NU.plusDays(1)));
        assertEquals(409, e.problem().status());
        assertTrue(e.getMessage().contains("AFWEZIG"), e.getMessage());
        assertEquals(WorkshopStatus.AFWEZIG, v.status);
    }

    @Test
    void eenVerwijzingVervaltMetHetTrajectEnNeemtDanGeenMeldingMeerAan() {
        Workshopverwijzing v = open();
        v.vervalt();
        assertEquals(WorkshopStatus.VERVALLEN, v.status);
        ProblemException e = assertThrows(ProblemException.class, () -> v.meld(WorkshopStatus.AANWEZIG, NU));
        assertEquals(409, e.problem().status());
        assertTrue(e.getMessage().contains("het traject is afgesloten"), e.getMessage());
        assertEquals(409, assertThrows(ProblemException.class, v::vervalt).problem().status());
    }

    @Test
    void alleenAanwezigOfAfwezigIsMeldbaar() {
        Workshopverwijzing v = open();
        ProblemException e = assertThrows(ProblemException.class, () -> v.meld(WorkshopStatus.VERVALLEN, NU));
        assertEquals(400, e.problem().status());
        assertEquals("status", e.problem().invalidParams().get(0).name());
        assertEquals(WorkshopStatus.OPEN, v.status);
    }
}
