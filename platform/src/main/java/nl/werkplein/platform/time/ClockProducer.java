package nl.werkplein.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock every date rule reads. Dates and "today" are calendar dates in Europe/Amsterdam,
 * whatever the server's zone (api.md). Tests replace it with a clock they can move.
 */
public class ClockProducer {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        // microsecond ticks: PostgreSQL keeps microseconds, so a value read back equals the one written
        return new MicrosecondClock(Clock.system(AMSTERDAM));
    }
}
