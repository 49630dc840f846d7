package nl.werkplein.platform.inbox;

import jakarta.inject.Inject;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one consumer skeleton: a subclass names, in its constructor, the event types it handles and their data class; its
 * {@code @Incoming} method hands each record to {@link #ontvang}. Before any transaction a record of
 * another type is skipped (no transaction, no handled-event row), and one that is no CloudEvent, has
 * unreadable data or lacks a field {@link #ontbrekend} names is thrown as {@link InvalidEventException}
 * with that reason, so the channel moves it to {@code <topic>.dlq}. Then {@link #verwerk} runs once,
 * in the {@link IdempotentConsumer}'s transaction, with the event's time (the clock's when it has
 * none).
 *
 * @param <T> the data class, a record with {@code @JsonIgnoreProperties(ignoreUnknown = true)}
 */
public abstract class TypedConsumer<T> {

    /** One event as a handler sees it. */
    public record Gebeurtenis<T>(UUID id, String type, OffsetDateTime tijd, T data) {
        public boolean is(String eventType) {
            return type.equals(eventType);
        }
    }

    @Inject
    protected IdempotentConsumer inbox;
    @Inject
    protected CloudEvents events;
    @Inject
    protected Clock clock;

    private final String naam;
    private final Set<String> types;
    private final Class<T> dataklasse;

    /**
     * @param naam       the consumer name in handled_event, e.g. {@code ecoach.indeling}; never renamed, or
     *                   redeliveries of earlier events count as new
     * @param types      the event types handled; every other type on the topic is skipped before any work
     * @param dataklasse the class the event's data is read as
     */
    protected TypedConsumer(String naam, Set<String> types, Class<T> dataklasse) {
        this.naam = naam;
        this.types = Set.copyOf(types);
        this.dataklasse = dataklasse;
    }

    protected final String naam() {
        return naam;
    }

    /** The names of required fields missing in this event's data (default none). */
    protected List<String> ontbrekend(String type, T data) {
        return List.of();
    }

    /** Applies one event, inside the transaction that records it as handled. */
    protected abstract void verwerk(Gebeurtenis<T> gebeurtenis);

    /** @return true when the event was applied now (false: another type, or handled before) */
    public boolean ontvang(String record) {
        CloudEvent event;
        T data;
        try {
            event = events.parse(record);
            if (!types.contains(event.type())) {
                return false;
            }
            data = events.data(event, dataklasse);
            List<String> ontbreekt = ontbrekend(event.type(), data);
            if (!ontbreekt.isEmpty()) {
                throw new InvalidEventException(event.type() + " " + event.id() + " lacks " + String.join(", ", ontbreekt));
            }
        } catch (InvalidEventException e) {
            throw inbox.deadLetter(naam(), e);
        }
        OffsetDateTime tijd = event.time() != null ? event.time() : OffsetDateTime.now(clock);
        Gebeurtenis<T> gebeurtenis = new Gebeurtenis<>(event.id(), event.type(), tijd, data);
        return inbox.handle(naam(), event, e -> verwerk(gebeurtenis));
    }

    /** Names of the fields whose value is null, from name/value pairs: {@code ontbrekend("klantId", d.klantId())}. */
    protected static List<String> nulVelden(Object... naamWaarde) {
        List<String> namen = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < naamWaarde.length; i += 2) {
            if (naamWaarde[i + 1] == null) {
                namen.add((String) naamWaarde[i]);
            }
        }
        return namen;
    }
}
