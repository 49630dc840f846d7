package nl.werkplein.platform.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void standaardPagina1Van20() {
        PageRequest p = PageRequest.of(null, null);
        assertEquals(1, p.page());
        assertEquals(20, p.size());
        assertEquals(0, p.offset());
        assertEquals(2000, PageRequest.of(3, 1000).offset());
    }

    @Test
    void foutePagineringNoemtBeideVelden() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(0, 1001));
        assertEquals(400, e.problem().status());
        assertEquals(List.of("page", "size"), e.problem().invalidParams().stream().map(Problem.InvalidParam::name).toList());
    }

    @Test
    void queryParamsVerzamelenAlleFouten() {
        QueryParams params = new QueryParams();
        params.datum("van", "gisteren");
        params.uuid("klantId", "iemand");
        assertEquals(java.time.LocalDate.of(2026, 3, 1), params.datum("tot", "2026-03-01"));
        ProblemException e = assertThrows(ProblemException.class, params::check);
        assertEquals(List.of("van", "klantId"), e.problem().invalidParams().stream().map(Problem.InvalidParam::name).toList());
    }
}
