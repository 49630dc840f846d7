package nl.werkplein.screening.participatie;

import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A participation referral's states (domain.md 5) on the aggregate, without Quarkus. */
class ParticipatieverwijzingRegelsTest {

    private static final OffsetDateTime NU = OffsetDateTime.parse("2026-05-01T10:00:00+02:00");

    static Participatieverwijzing opWerklijst() {
        return Participatieverwijzing.nieuw(UUID.randomUUID(), "DAGBESTEDING", Bestemming.bepaal("DAGBESTEDING", null, null, "iederz"),
                null, "consulent-1", NU);
    }

    @Test
    void zonderWijkKomtEenVerwijzingOpDeWerklijst() {
        Participatieverwijzing v = opWerklijst();
        assertEquals(Participatieverwijzing.Status.WERKLIJST, v.status);
        assertNull(v.organisatieCode);
        assertNull(v.verwezenOp);
        Participatieverwijzing verwezen = Participatieverwijzing.nieuw(UUID.randomUUID(), "DAGBESTEDING",
                Bestemming.bepaal("DAGBESTEDING", "Beijum", "radar", "iederz"), "Radar", "consulent-1", NU);
        assertEquals(Participatieverwijzing.Status.VERWEZEN, verwezen.status);
        assertEquals("Beijum", verwezen.wijk);
        assertEquals(NU, verwezen.verwezenOp);
    }

    @Test
    void alleenEenVerwijzingOpDeWerklijstWordtMetDeHandVerwezen() {
        Participatieverwijzing v = opWerklijst();
        v.verwijs("radar", "Radar", "Beijum", "consulent-2", NU.plusDays(1));
        assertEquals(Participatieverwijzing.Status.VERWEZEN, v.status);
        assertEquals("radar", v.organisatieCode);
        assertEquals("Beijum", v.wijk);
        assertEquals("consulent-2", v.verwezenDoor);
        ProblemException e = assertThrows(ProblemException.class, () -> v.verwijs("iederz", "Iederz", null, "consulent-2", NU));
        assertEquals(409, e.problem().status());
        assertTrue(e.problem().detail().contains("VERWEZEN"));
        assertEquals("radar", v.organisatieCode);
    }

    @Test
    void deOntvangstWordtEenKeerBevestigdEnNietOpDeWerklijst() {
        Participatieverwijzing v = opWerklijst();
        ProblemException e = assertThrows(ProblemException.class, () -> v.bevestig("consulent-3", "x", NU));
        assertEquals(409, e.problem().status());
        assertTrue(e.problem().detail().contains("WERKLIJST"));
        v.verwijs("radar", "Radar", null, "consulent-2", NU);
        assertTrue(v.bevestig("consulent-3", "kennismaking 3 mei", NU.plusDays(2)));
        assertEquals(Participatieverwijzing.Status.ONTVANGEN, v.status);
        assertFalse(v.bevestig("consulent-4", "nogmaals", NU.plusDays(3)), "again changes nothing");
        assertEquals("kennismaking 3 mei", v.ontvangstOpmerking);
        assertEquals(NU.plusDays(2), v.ontvangenOp);
    }
}
