package nl.werkplein.platform.inbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.CloudEventsVoorTest;
import nl.werkplein.platform.event.InvalidEventException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The skeleton's order: type filter before the inbox, then data and required fields, then the effect once. */
class TypedConsumerTest {

    static final String GEWILD = "nl.werkplein.test.iets-gebeurd";
    static final Clock KLOK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Iets(UUID klantId, String naam) {
    }

    /** Records what reaches the inbox; runs the effect as the real one does on a first delivery. */
    static class TellendeInbox extends IdempotentConsumer {
        final List<UUID> ontvangen = new ArrayList<>();

        TellendeInbox() {
            registry = new SimpleMeterRegistry();
        }

        @Override
        public boolean handle(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
            ontvangen.add(event.id());
            effect.accept(event);
            return true;
        }
    }

    static class Verwerker extends TypedConsumer<Iets> {
        final List<Gebeurtenis<Iets>> verwerkt = new ArrayList<>();

        Verwerker() {
            super("test.iets", Set.of(GEWILD), Iets.class);
        }

        @Override
        protected List<String> ontbrekend(String type, Iets data) {
            return nulVelden("klantId", data.klantId(), "naam", data.naam());
        }

        @Override
        protected void verwerk(Gebeurtenis<Iets> gebeurtenis) {
            verwerkt.add(gebeurtenis);
        }
    }

    CloudEvents events;
    TellendeInbox inbox;
    Verwerker verwerker;

    @BeforeEach
    void setUp() {
        events = CloudEventsVoorTest.maak(KLOK);
        inbox = new TellendeInbox();
        verwerker = new Verwerker();
        verwerker.inbox = inbox;
        verwerker.events = events;
        verwerker.clock = KLOK;
    }

    String record(String type, Object data) {
        return events.toJson(events.create(type, UUID.randomUUID(), data));
    }

    @Test
    void eenAnderTypeKomtNietBijDeInbox() {
        assertFalse(verwerker.ontvang(record("nl.werkplein.test.iets-anders", Map.of("klantId", UUID.randomUUID()))));
        assertEquals(List.of(), inbox.ontvangen);
        assertEquals(List.of(), verwerker.verwerkt);
    }

    @Test
    void eenGewildTypeWordtMetZijnDataEnTijdVerwerkt() {
        UUID klant = UUID.randomUUID();
        assertTrue(verwerker.ontvang(record(GEWILD, Map.of("klantId", klant, "naam", "x", "extra", 1))));
        assertEquals(1, inbox.ontvangen.size());
        var g = verwerker.verwerkt.get(0);
        assertEquals(new Iets(klant, "x"), g.data());
        assertTrue(g.is(GEWILD));
        assertEquals(OffsetDateTime.now(KLOK), g.tijd());
    }

    @Test
    void eenOntbrekendVeldGaatMetDeRedenNaarDeDlqZonderInbox() {
        var e = assertThrows(InvalidEventException.class, () -> verwerker.ontvang(record(GEWILD, Map.of("naam", "x"))));
        assertTrue(e.getMessage().endsWith("lacks klantId"), e.getMessage());
        assertEquals(List.of(), inbox.ontvangen);
        assertEquals(1.0, inbox.registry.counter("werkplein.events.handled", "consumer", "test.iets", "outcome", "dead-letter").count());
    }

    @Test
    void onleesbareDataEnGeenCloudEventGaanNaarDeDlq() {
        assertThrows(InvalidEventException.class, () -> verwerker.ontvang(record(GEWILD, Map.of("klantId", "geen-uuid", "naam", "x"))));
        assertThrows(InvalidEventException.class, () -> verwerker.ontvang("{\"geen\":\"event\"}"));
        assertThrows(InvalidEventException.class, () -> verwerker.ontvang("niet eens json"));
        assertEquals(List.of(), inbox.ontvangen);
    }
}
