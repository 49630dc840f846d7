package nl.werkplein.platform.postgres;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A column of a native query's {@code Object[]} row as its Java type: the driver and Hibernate hand a
 * {@code timestamptz} back as {@code OffsetDateTime}, {@code Instant} or {@code Timestamp} and a {@code date}
 * as {@code LocalDate} or {@code java.sql.Date}, depending on the column and the version. One place reads them.
 */
public final class NativeColumn {

    private NativeColumn() {
    }

    /** A {@code timestamptz} in UTC; null stays null. */
    public static OffsetDateTime tijdstip(Object waarde) {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (waarde instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (waarde instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("a timestamp column as " + waarde.getClass());
    }

    /** A {@code date}; null stays null. */
    public static LocalDate datum(Object waarde) {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof LocalDate d) {
            return d;
        }
        if (waarde instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("a date column as " + waarde.getClass());
    }
}
