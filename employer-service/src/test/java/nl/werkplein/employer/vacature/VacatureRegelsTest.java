package nl.werkplein.employer.vacature;

import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vacancy's own transitions: open, withdrawn, offered again, handled. */
class VacatureRegelsTest {

    static final OffsetDateTime AANGEBODEN = OffsetDateTime.parse("2026-03-02T09:00:00+01:00");
    static final OffsetDateTime LATER = OffsetDateTime.parse("2026-03-05T14:30:00+01:00");

    static Vacature open(Bron bron) {
        Vacature v = new Vacature();
        v.bron = bron;
        v.open(AANGEBODEN);
        return v;
    }

    static int status(ProblemException e) {
        return e.problem().status();
    }

    @Test
    void eenNieuweVacatureIsOpenVanafHaarAanbod() {
        Vacature v = open(Bron.WERKGEVER);
        assertEquals(VacatureStatus.OPEN, v.status);
        assertEquals(AANGEBODEN, v.aangebodenOp);
        assertEquals(AANGEBODEN, v.gewijzigdOp);
        assertDoesNotThrow(v::vereistOpen);
        ProblemException e = assertThrows(ProblemException.class, () -> v.open(LATER));
        assertEquals(409, status(e));
        assertEquals(AANGEBODEN, v.aangebodenOp);
    }

    @Test
    void eenIngetrokkenVacatureGaatBijEenNieuwAanbodWeerOpen() {
        Vacature v = open(Bron.SOCIAL_RETURN);
        assertTrue(v.trekIn(LATER));
        assertEquals(VacatureStatus.INGETROKKEN, v.status);
        assertFalse(v.trekIn(LATER.plusDays(1)), "twice withdrawn is one withdrawal");
        assertEquals(LATER, v.gewijzigdOp);
        v.opnieuwAangeboden(LATER.plusDays(2));
        assertEquals(VacatureStatus.OPEN, v.status);
        assertEquals(LATER.plusDays(2), v.gewijzigdOp);
        assertEquals(AANGEBODEN, v.aangebodenOp, "the place keeps its first offer date");
    }

    @Test
    void eenNieuwAanbodLaatEenAfgehandeldeVacatureAfgehandeld() {
        Vacature v = open(Bron.PARTNER);
        assertTrue(v.handelAf("matcher-1", LATER));
        v.opnieuwAangeboden(LATER.plusDays(1));
        assertEquals(VacatureStatus.AFGEHANDELD, v.status);
    }

    @Test
    void alleenEenWerkgeversvacatureTrektDeAccountmanagerIn() {
        for (Bron bron : new Bron[]{Bron.SOCIAL_RETURN, Bron.PARTNER}) {
            Vacature v = open(bron);
            ProblemException e = assertThrows(ProblemException.class, () -> v.trekInDoorAccountmanager(LATER));
            assertEquals(409, status(e));
            assertEquals(VacatureStatus.OPEN, v.status);
        }
        Vacature v = open(Bron.WERKGEVER);
        assertTrue(v.trekInDoorAccountmanager(LATER));
        assertEquals(VacatureStatus.INGETROKKEN, v.status);
        assertFalse(v.trekInDoorAccountmanager(LATER));
    }

    @Test
    void afhandelenLegtMatcherEnTijdVastEnGebeurtEenmaal() {
        Vacature v = open(Bron.WERKGEVER);
        assertTrue(v.handelAf("matcher-1", LATER));
        assertEquals(VacatureStatus.AFGEHANDELD, v.status);
        assertEquals("matcher-1", v.afgehandeldDoor);
        assertEquals(LATER, v.afgehandeldOp);
        assertEquals(LATER, v.gewijzigdOp);
        assertFalse(v.handelAf("matcher-2", LATER.plusDays(1)));
        assertEquals("matcher-1", v.afgehandeldDoor);
        assertEquals(LATER, v.afgehandeldOp);
    }

    @Test
    void eenIngetrokkenVacatureWordtNietAfgehandeldNochVoorgesteld() {
        Vacature v = open(Bron.WERKGEVER);
        v.trekIn(LATER);
        assertEquals(409, status(assertThrows(ProblemException.class, () -> v.handelAf("matcher-1", LATER))));
        assertNull(v.afgehandeldOp);
        assertEquals(409, status(assertThrows(ProblemException.class, v::vereistOpen)));
        assertEquals(409, status(assertThrows(ProblemException.class, v::vereistNietIngetrokken)));
    }

    @Test
    void eenAfgehandeldeVacatureKrijgtGeenVoorstellenMaarMagNogEenPlaatsing() {
        Vacature v = open(Bron.WERKGEVER);
        v.handelAf("matcher-1", LATER);
        ProblemException e = assertThrows(ProblemException.class, v::vereistOpen);
        assertEquals(409, status(e));
        assertEquals("De vacature is AFGEHANDELD.", e.problem().detail());
        assertDoesNotThrow(v::vereistNietIngetrokken);
    }
}
