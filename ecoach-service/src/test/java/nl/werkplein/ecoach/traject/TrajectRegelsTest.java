package nl.werkplein.ecoach.traject;

import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trajectory's transitions on a plain object, without Quarkus (domain.md 3.1-3.4). */
class TrajectRegelsTest {

    static final OffsetDateTime NU = OffsetDateTime.parse("2026-03-02T09:30:00+01:00");
    static final Period DRIE_MAANDEN = Period.ofMonths(3);

    static Traject lopend() {
        return Traject.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NU.minusMinutes(1), NU, DRIE_MAANDEN);
    }

    @Test
    void eenNieuwTrajectLooptEnPlantDeEersteEvaluatieNaDrieMaanden() {
        Traject t = lopend();
        assertEquals(TrajectStatus.ACTIEF, t.status);
        assertTrue(t.actief());
        assertEquals(LocalDate.parse("2026-03-02"), t.startdatum);
        assertEquals(LocalDate.parse("2026-06-02"), t.evaluatieGeplandOp);
        assertEquals(EvaluatieStatus.GEPLAND, t.evaluatieStatus);
        assertNotNull(t.id);
        assertNull(t.afsluitreden);
    }

    @Test
    void eenLopendTrajectSluitMetDeRedenEnDeEvaluatieVervalt() {
        Traject t = lopend();
        t.sluit(Afsluitreden.WERK, NU.plusDays(10));
        assertEquals(TrajectStatus.AFGESLOTEN, t.status);
        assertEquals(Afsluitreden.WERK, t.afsluitreden);
        assertEquals(NU.plusDays(10), t.afgeslotenOp);
        assertEquals(EvaluatieStatus.VERVALLEN, t.evaluatieStatus);
    }

    @Test
    void eenAfgeslotenTrajectSluitNietNogEensEnNoemtDeStatus() {
        Traject t = lopend();
        t.sluit(Afsluitreden.ESCALATIE, NU);
        ProblemException e = assertThrows(ProblemException.class, () -> t.sluit(Afsluitreden.WERK, NU.plusDays(1)));
        assertEquals(409, e.problem().status());
        assertTrue(e.getMessage().contains("AFGESLOTEN"), e.getMessage());
        assertEquals(Afsluitreden.ESCALATIE, t.afsluitreden, "the first reason stays");
    }

    @Test
    void eenEvaluatieDieVoortzetPlantDeVolgendeVanafVandaag() {
        Traject t = lopend();
        t.evaluatieNodig(NU.plusMonths(3));
        assertEquals(EvaluatieStatus.NODIG, t.evaluatieStatus);
        t.evaluatieVoortgezet(LocalDate.parse("2026-06-10"), DRIE_MAANDEN);
        assertEquals(LocalDate.parse("2026-09-10"), t.evaluatieGeplandOp);
        assertEquals(EvaluatieStatus.GEPLAND, t.evaluatieStatus);
        assertNull(t.evaluatieNodigOp);
    }

    @Test
    void eenAfgeslotenTrajectWordtNietGeevalueerd() {
        Traject t = lopend();
        t.sluit(Afsluitreden.LIJN_GEWIJZIGD, NU);
        assertEquals(409, assertThrows(ProblemException.class, () -> t.evaluatieVoortgezet(LocalDate.parse("2026-06-10"), DRIE_MAANDEN)).problem().status());
        assertEquals(409, assertThrows(ProblemException.class, () -> t.evaluatieNodig(NU)).problem().status());
    }

    @Test
    void eenEvaluatieIsAlleenVanuitGeplandNodig() {
        Traject t = lopend();
        t.evaluatieNodig(NU);
        assertEquals(NU, t.evaluatieNodigOp);
        assertThrows(ProblemException.class, () -> t.evaluatieNodig(NU.plusDays(1)));
        assertEquals(NU, t.evaluatieNodigOp);
    }
}
