package nl.werkplein.screening.klantondersteuning;

import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The phases of a Klantondersteuning trajectory on the aggregate (domain.md §4), without Quarkus. */
class KoTrajectRegelsTest {

    private static final LocalDate BEGIN = LocalDate.of(2026, 3, 2);

    static KoTraject gestart() {
        return KoTraject.start(UUID.randomUUID(), BEGIN, Period.ofWeeks(6), 18, "ko-1");
    }

    static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).problem().status();
    }

    @Test
    void eenTrajectBegintInHetCentrumVoorWerk() {
        KoTraject t = gestart();
        assertEquals(KoFase.CENTRUM_VOOR_WERK, t.fase);
        assertEquals(KlantondersteuningRegels.uiterlijkTot(BEGIN, Period.ofWeeks(6)), t.cvwUiterlijkTot);
        assertEquals(t.cvwUiterlijkTot, t.uiterlijkTot());
    }

    @Test
    void eenVermoedeLoonwaardeOnderWmlVraagtNadereDiagnose() {
        KoTraject t = gestart();
        assertEquals(400, status(() -> t.legWerkintakeVast(Werkintake.MET_BEPERKTE_STEUN, true, "x")));
        assertNull(t.werkintake);
        t.legWerkintakeVast(Werkintake.NADERE_DIAGNOSE, true, "x");
        assertEquals(Werkintake.NADERE_DIAGNOSE, t.werkintake);
    }

    @Test
    void deWerkleerplekVolgtOpWerkintakeEnZoNodigDeLoonwaarde() {
        KoTraject t = gestart();
        assertEquals(409, status(() -> t.naarWerkleerplek(BEGIN.plusWeeks(5), Period.ofYears(1), "Zorg", null)));
        t.legWerkintakeVast(Werkintake.NADERE_DIAGNOSE, true, null);
        ProblemException zonderLoonwaarde = assertThrows(ProblemException.class,
                () -> t.naarWerkleerplek(BEGIN.plusWeeks(5), Period.ofYears(1), "Zorg", null));
        assertTrue(zonderLoonwaarde.problem().detail().contains("loonwaarde"));
        t.legLoonwaardeVast(80, BEGIN.plusWeeks(2));
        t.limietOverschredenOp = BEGIN.plusWeeks(6);
        t.naarWerkleerplek(BEGIN.plusWeeks(5), Period.ofYears(1), "Zorg", "Zorggroep");
        assertEquals(KoFase.WERKLEERPLEK, t.fase);
        assertEquals(KlantondersteuningRegels.uiterlijkTot(BEGIN.plusWeeks(5), Period.ofYears(1)), t.uiterlijkTot());
        assertNull(t.limietOverschredenOp, "a new phase has a new limit");
        // a trajectory is on a werkleerplek once, and the werkintake belongs to phase 1
        assertEquals(409, status(() -> t.naarWerkleerplek(BEGIN.plusWeeks(6), Period.ofYears(1), "Zorg", null)));
        assertEquals(409, status(() -> t.legWerkintakeVast(Werkintake.NADERE_DIAGNOSE, false, null)));
    }

    @Test
    void eenAfgeslotenTrajectSluitNietNogmaals() {
        KoTraject t = gestart();
        t.sluitAf(BEGIN.plusWeeks(1), "uitgestroomd naar werk");
        assertEquals(KoFase.AFGESLOTEN, t.fase);
        assertNull(t.uiterlijkTot());
        ProblemException e = assertThrows(ProblemException.class, () -> t.sluitAf(BEGIN.plusWeeks(2), "nogmaals"));
        assertEquals(409, e.problem().status());
        assertEquals("uitgestroomd naar werk", t.afsluitreden);
        assertEquals(409, status(() -> t.legLoonwaardeVast(90, BEGIN.plusWeeks(2))));
    }
}
