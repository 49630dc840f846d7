package nl.werkplein.socialreturn.vacature;

import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The place's states on a plain entity: offered once as ACTIEF, withdrawn once, and withdrawn is final. */
class VacatureRegelsTest {

    static final OffsetDateTime T1 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime T2 = T1.plusDays(3);

    @Test
    void eenNieuwePlaatsWordtActiefAangeboden() {
        Vacature v = new Vacature();
        v.aanbieden(T1);
        assertEquals(VacatureStatus.ACTIEF, v.status);
        assertEquals(T1, v.aangebodenOp);
        assertEquals(T1, v.gewijzigdOp);
        assertEquals(409, assertThrows(ProblemException.class, () -> v.aanbieden(T2)).problem().status());
    }

    @Test
    void eenActievePlaatsWordtEenKeerIngetrokken() {
        Vacature v = new Vacature();
        v.aanbieden(T1);
        assertTrue(v.trekIn(T2));
        assertEquals(VacatureStatus.INGETROKKEN, v.status);
        assertEquals(T2, v.ingetrokkenOp);
        assertEquals(T2, v.gewijzigdOp);
        assertFalse(v.trekIn(T2.plusDays(1)), "nogmaals intrekken verandert niets");
        assertEquals(T2, v.ingetrokkenOp);
    }

    @Test
    void eenNietAangebodenPlaatsKanNietWordenIngetrokken() {
        ProblemException e = assertThrows(ProblemException.class, () -> new Vacature().trekIn(T1));
        assertEquals(409, e.problem().status());
    }
}
