package nl.werkplein.platform.managementinformatie;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.QueryParams;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared van/tot of the monthly endpoints: the period, the 400 naming the parameter, JSON or CSV. */
class MaandvraagTest {

    // 15 March 2026 in Amsterdam
    private static final Clock MAART = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    record Rij(String maand, long aantal) {
    }

    private static Maandvraag vraag(String van, String tot, String... accept) {
        Maandvraag vraag = new Maandvraag();
        vraag.van = van;
        vraag.tot = tot;
        List<MediaType> types = java.util.Arrays.stream(accept).map(MediaType::valueOf).toList();
        vraag.headers = (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableMediaTypes")) {
                        return types.isEmpty() ? List.of(MediaType.WILDCARD_TYPE) : types;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return vraag;
    }

    private static List<String> namen(ProblemException e) {
        return e.problem().invalidParams().stream().map(Problem.InvalidParam::name).toList();
    }

    @Test
    void zonderParametersDeTwaalfMaandenTotEnMetDezeMaandVanDeKlok() {
        assertEquals(new Maandperiode(YearMonth.of(2025, 4), YearMonth.of(2026, 3)), vraag(null, null).periode(MAART));
        assertEquals(new Maandperiode(YearMonth.of(2026, 1), YearMonth.of(2026, 2)), vraag("2026-01", "2026-02").periode(MAART));
    }

    @Test
    void eenOngeldigeMaandIs400MetDeNaamVanDeParameter() {
        assertEquals(List.of("van"), namen(assertThrows(ProblemException.class, () -> vraag("2026-13", null).periode(MAART))));
        assertEquals(List.of("tot"), namen(assertThrows(ProblemException.class, () -> vraag(null, "2018-00").periode(MAART))));
        assertEquals(List.of("tot"), namen(assertThrows(ProblemException.class, () -> vraag("2026-03", "2026-01").periode(MAART))));
        ProblemException e = assertThrows(ProblemException.class, () -> vraag("maart", "2026-1").periode(MAART));
        assertEquals(400, e.problem().status());
        assertEquals(List.of("van", "tot"), namen(e));
    }

    @Test
    void metEigenParametersAlleFoutenInEen400() {
        QueryParams params = new QueryParams();
        assertNull(vraag("2026-13", null).periode(params, MAART));
        params.invalid("lijn", "moet een lijn zijn");
        assertEquals(List.of("van", "lijn"), namen(assertThrows(ProblemException.class, params::check)));

        QueryParams goed = new QueryParams();
        assertEquals(new Maandperiode(YearMonth.of(2025, 4), YearMonth.of(2026, 3)), vraag(null, null).periode(goed, MAART));
        goed.check();
    }

    @Test
    void jsonTenzijCsvGevraagd() {
        Maandperiode periode = new Maandperiode(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        Object overzicht = new Object();
        List<Rij> rijen = List.of(new Rij("2026-01", 3));

        Response json = vraag(null, null, "application/json", "text/csv").antwoord("proef", periode, overzicht, Rij.class, rijen);
        assertSame(overzicht, json.getEntity());

        Response csv = vraag(null, null, "text/csv").antwoord("proef", periode, overzicht, Rij.class, rijen);
        assertTrue(csv.getMediaType().isCompatible(MediaType.valueOf(Csv.TEXT_CSV)));
        assertEquals("attachment; filename=\"proef-2026-01-2026-02.csv\"", csv.getHeaderString("Content-Disposition"));
        assertEquals("\uFEFFmaand;aantal\r\n2026-01;3\r\n", csv.getEntity());
    }
}
