package nl.werkplein.platform.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * The one way a date-time leaves a service (answers, events, OpenAPI examples): in UTC with {@code Z},
 * always six fractional digits, e.g. {@code 2026-03-01T08:30:00.000000Z}. Microseconds because that
 * is what PostgreSQL keeps, so the answer to a change and a later read of the same field are equal.
 */
public final class DateTimes {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    public static final String EXAMPLE = "2026-03-01T08:30:00.000000Z";

    private DateTimes() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }

    public static String format(OffsetDateTime dateTime) {
        return format(dateTime.toInstant());
    }

    public static String format(ZonedDateTime dateTime) {
        return format(dateTime.toInstant());
    }

    public static String format(TemporalAccessor temporal) {
        return format(Instant.from(temporal));
    }
}
