package nl.werkplein.testsupport;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Replaces the platform's default clock in tests: move it instead of waiting. It runs with real time
 * from the moment it was last set, so timestamps still advance.
 */
@Singleton
public class MovableClock extends Clock {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration duration) {
        offset.updateAndGet(d -> d.plus(duration));
    }

    /**
     * Moves "today" to the given date, keeping the time of day in Amsterdam: by calendar days, not by
     * 24-hour days, which across a daylight-saving change landed on the wrong date in the last hour before
     * midnight.
     */
    public void setToday(LocalDate date) {
        ZonedDateTime nu = ZonedDateTime.now(this);
        advance(Duration.between(nu, nu.with(date)));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get()); // millisecond precision, like Clock.systemUTC on Java 17
    }

    @Override
    public Instant instant() {
        // PostgreSQL keeps microseconds: a value read back must equal the one written
        return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }
}
