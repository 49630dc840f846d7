package nl.werkplein.testsupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MovableClockTest {

    /** From a winter evening after 23:00 in Amsterdam to a summer date and back: the date asked for, the time of day kept. */
    @ParameterizedTest
    @CsvSource({"2026-12-01T22:30:00Z, 2027-04-20", "2026-07-01T21:30:00Z, 2026-12-15", "2026-03-29T00:30:00Z, 2026-03-30",
            "2026-12-01T10:00:00Z, 2026-12-03"})
    void setTodayGeeftDieDatumOokOverEenZomertijdwissel(String nu, String doel) {
        MovableClock clock = new MovableClock();
        clock.advance(Duration.between(Instant.now(), Instant.parse(nu)));
        LocalTime tijd = LocalTime.now(clock);

        clock.setToday(LocalDate.parse(doel));

        assertEquals(LocalDate.parse(doel), LocalDate.now(clock));
        assertEquals(tijd.getHour(), LocalTime.now(clock).getHour(), "the time of day is kept");
        assertEquals(ZoneId.of("Europe/Amsterdam"), clock.getZone());
    }
}
