package nl.werkplein.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MicrosecondClockTest {

    @Test
    void instantenInMicrosecondenEnMillisZonderDelingDoorNul() {
        Clock vast = Clock.fixed(Instant.parse("2026-12-01T12:27:49.775381500Z"), ZoneId.of("Europe/Amsterdam"));
        MicrosecondClock clock = new MicrosecondClock(vast);
        assertEquals(Instant.parse("2026-12-01T12:27:49.775381Z"), clock.instant());
        // Clock.tick(base, 1 µs).millis() throws ArithmeticException on Java 17 (the production outage this guards)
        assertEquals(vast.millis(), clock.millis());
        assertEquals(ZoneId.of("UTC"), clock.withZone(ZoneId.of("UTC")).getZone());
        assertEquals(Instant.parse("2026-12-01T12:27:49.775381Z"), clock.withZone(ZoneId.of("UTC")).instant());
        Clock productie = new ClockProducer().clock();
        long millis = productie.millis(); // must not throw
        assertEquals(0, productie.instant().getNano() % 1000, "no digits beyond the microsecond");
        assertTrue(productie.millis() >= millis);
    }
}
