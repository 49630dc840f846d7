package nl.werkplein.platform.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonDateTimesTest {

    record Antwoord(OffsetDateTime gewijzigdOp, Instant tijdstip) {
    }

    /** The mapper as Quarkus builds it: JavaTimeModule first, then the customizers. */
    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new JsonDateTimes().customize(mapper);
        return mapper;
    }

    @Test
    void eenAntwoordOpEenWijzigingEnEenLatereLezingSchrijvenHetzelfde() throws Exception {
        // the answer to a change: nanoseconds at +01:00; the later read from PostgreSQL: microseconds in UTC
        OffsetDateTime nu = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 123_456_789, ZoneOffset.ofHours(1));
        OffsetDateTime gelezen = OffsetDateTime.of(2026, 3, 1, 8, 30, 0, 123_456_000, ZoneOffset.UTC);
        String a = mapper().writeValueAsString(new Antwoord(nu, nu.toInstant()));
        String b = mapper().writeValueAsString(new Antwoord(gelezen, gelezen.toInstant()));
        assertEquals("{\"gewijzigdOp\":\"2026-03-01T08:30:00.123456Z\",\"tijdstip\":\"2026-03-01T08:30:00.123456Z\"}", a);
        assertEquals(a, b);
    }

    @Test
    void heleSecondenHoudenHunZesDecimalen() throws Exception {
        OffsetDateTime heel = OffsetDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Amsterdam").getRules()
                .getOffset(Instant.parse("2026-07-01T10:00:00Z")));
        assertEquals("\"2026-07-01T10:00:00.000000Z\"", mapper().writeValueAsString(heel));
    }

    @Test
    void lezenBlijftElkIsoFormaatAccepteren() throws Exception {
        Antwoord a = mapper().readValue("{\"gewijzigdOp\":\"2026-03-01T09:30:00+01:00\",\"tijdstip\":\"2026-03-01T08:30:00Z\"}", Antwoord.class);
        assertEquals(a.gewijzigdOp().toInstant(), a.tijdstip());
    }

    @Test
    void hetVoorbeeldInDeDocumentenHeeftHetFormaat() {
        assertEquals(DateTimes.EXAMPLE, DateTimes.format(Instant.parse(DateTimes.EXAMPLE)));
    }
}
