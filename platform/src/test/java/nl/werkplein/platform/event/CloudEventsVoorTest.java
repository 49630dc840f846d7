package nl.werkplein.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Clock;

/** A CloudEvents outside CDI, for plain unit tests of code that reads events. */
public final class CloudEventsVoorTest {

    private CloudEventsVoorTest() {
    }

    public static CloudEvents maak(Clock clock) {
        CloudEvents events = new CloudEvents();
        events.mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        events.clock = clock;
        events.config = new EventConfig() {
            @Override
            public String oin() {
                return "00000001001234567000";
            }

            @Override
            public String systeem() {
                return "test";
            }
        };
        return events;
    }
}
