package nl.werkplein.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock whose instants are truncated to microseconds, the precision PostgreSQL keeps, so a
 * timestamp answered on a change equals the one read back later. Not {@code Clock.tick(base, 1 µs)}:
 * on Java 17 its {@code millis()} divides by the tick in whole milliseconds, zero, and throws.
 */
public final class MicrosecondClock extends Clock {

    private final Clock base;

    public MicrosecondClock(Clock base) {
        this.base = base;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(base.withZone(zone));
    }

    @Override
    public long millis() {
        return base.millis();
    }

    @Override
    public Instant instant() {
        return base.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
