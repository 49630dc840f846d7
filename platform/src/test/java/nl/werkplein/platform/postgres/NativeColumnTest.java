package nl.werkplein.platform.postgres;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NativeColumnTest {

    static final Instant MOMENT = Instant.parse("2026-03-01T09:15:30.123456Z");

    @Test
    void eenTijdstipIsInUtcWelkTypeDeDriverOokGeeft() {
        OffsetDateTime utc = MOMENT.atOffset(ZoneOffset.UTC);
        assertEquals(utc, NativeColumn.tijdstip(MOMENT));
        assertEquals(utc, NativeColumn.tijdstip(Timestamp.from(MOMENT)));
        assertEquals(utc, NativeColumn.tijdstip(MOMENT.atOffset(ZoneOffset.ofHours(1))));
        assertNull(NativeColumn.tijdstip(null));
        assertThrows(IllegalStateException.class, () -> NativeColumn.tijdstip("2026-03-01"));
    }

    @Test
    void eenDatumUitLocalDateOfSqlDate() {
        LocalDate dag = LocalDate.of(2026, 3, 1);
        assertEquals(dag, NativeColumn.datum(dag));
        assertEquals(dag, NativeColumn.datum(java.sql.Date.valueOf(dag)));
        assertNull(NativeColumn.datum(null));
        assertThrows(IllegalStateException.class, () -> NativeColumn.datum(42));
    }
}
