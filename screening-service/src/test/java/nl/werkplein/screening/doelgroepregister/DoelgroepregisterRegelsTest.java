package nl.werkplein.screening.doelgroepregister;

import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording UWV's indication on the entity (domain.md 4.4), without Quarkus. */
class DoelgroepregisterRegelsTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);
    static final OffsetDateTime OP = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void eenIndicatieWordtMetDatumBronEnWieVastgelegd() {
        Doelgroepregister d = new Doelgroepregister();
        assertTrue(d.leg(true, VANDAAG.minusDays(3), "  UWV Suwinet ", VANDAAG, "consulent-1", OP));
        assertTrue(d.indicatie);
        assertEquals(VANDAAG.minusDays(3), d.datum);
        assertEquals("UWV Suwinet", d.bron, "the source is stored stripped");
        assertEquals(OP, d.vastgelegdOp);
        assertEquals("consulent-1", d.vastgelegdDoor);
    }

    @Test
    void hetzelfdeFeitNogmaalsVerandertNiets() {
        Doelgroepregister d = new Doelgroepregister();
        d.leg(true, VANDAAG, "UWV Suwinet", VANDAAG, "consulent-1", OP);
        assertFalse(d.leg(true, VANDAAG, "UWV Suwinet ", VANDAAG, "consulent-2", OP.plusHours(1)));
        assertEquals("consulent-1", d.vastgelegdDoor);
        assertEquals(OP, d.vastgelegdOp);
    }

    @Test
    void eenAnderFeitVervangtHetVorige() {
        Doelgroepregister d = new Doelgroepregister();
        d.leg(true, VANDAAG.minusYears(1), "UWV Suwinet", VANDAAG, "consulent-1", OP);
        assertTrue(d.leg(false, VANDAAG, "UWV brief", VANDAAG, "consulent-2", OP.plusDays(1)));
        assertFalse(d.indicatie);
        assertEquals(VANDAAG, d.datum);
        assertEquals("UWV brief", d.bron);
        assertEquals("consulent-2", d.vastgelegdDoor);
        assertEquals(OP.plusDays(1), d.vastgelegdOp);
    }

    @Test
    void onjuisteInvoerNoemtElkVeldEnLegtNietsVast() {
        Doelgroepregister d = new Doelgroepregister();
        ProblemException e = assertThrows(ProblemException.class, () -> d.leg(null, VANDAAG.plusDays(1), " ", VANDAAG, "consulent-1", OP));
        assertEquals(400, e.problem().status());
        assertEquals(List.of("indicatie", "datum", "bron"), e.problem().invalidParams().stream().map(Problem.InvalidParam::name).toList());
        assertNull(d.datum);
        assertNull(d.vastgelegdOp);
    }
}
