package nl.werkplein.platform.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParamsTest {

    enum Kleur { ROOD, GROEN }

    @Test
    void eenEnumWaardeOngeachtHoofdletters() {
        QueryParams q = new QueryParams();
        assertEquals(Kleur.GROEN, q.enumWaarde("kleur", " groen ", Kleur.class));
        assertNull(q.enumWaarde("kleur", "", Kleur.class));
        q.check();
    }

    @Test
    void alleFoutenInEen400MetDeToegestaneWaarden() {
        QueryParams q = new QueryParams();
        q.enumWaarde("kleur", "blauw", Kleur.class);
        q.datum("vanaf", "gisteren");
        ProblemException e = assertThrows(ProblemException.class, q::check);
        List<Problem.InvalidParam> params = e.problem().invalidParams();
        assertEquals(List.of(new Problem.InvalidParam("kleur", "moet een van ROOD, GROEN zijn"),
                new Problem.InvalidParam("vanaf", "moet een datum zijn (JJJJ-MM-DD)")), params);
    }

    @Test
    void pagineringBuitenBereikNoemtDeParameter() {
        Paginering p = new Paginering();
        p.size = 5000;
        ProblemException e = assertThrows(ProblemException.class, p::verzoek);
        assertEquals("size", e.problem().invalidParams().get(0).name());
        p.size = null;
        assertEquals(new PageRequest(1, 20), p.verzoek());
    }
}
