package nl.werkplein.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Handles an incoming event at most once: the event id is recorded in the same transaction as the
 * effect, so a redelivered event changes nothing. Failures are retried; what still fails is thrown,
 * which makes the channel (failure-strategy=dead-letter-queue) move it to {@code <topic>.dlq}, and the
 * stream goes on.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager em;
    @Inject
    CloudEvents events;
    @Inject
    MeterRegistry registry;
    @Inject
    nl.werkplein.platform.lifecycle.GracefulShutdown shutdown;

    @ConfigProperty(name = "werkplein.consumer.attempts", defaultValue = "3")
    int attempts;
    @ConfigProperty(name = "werkplein.consumer.backoff", defaultValue = "200ms")
    Duration backoff;

    /**
     * @param consumer a name for the effect, so two different handlers of one event are both applied
     * @param raw      the record value: a structured CloudEvent
     * @param effect   runs inside the transaction that records the event id
     * @return true when the effect ran, false when the event had been handled before
     */
    public boolean handle(String consumer, String raw, Consumer<CloudEvent> effect) {
        CloudEvent event;
        try {
            event = events.parse(raw);
        } catch (InvalidEventException e) {
            throw deadLetter(consumer, e);
        }
        return handle(consumer, event, effect);
    }

    /** The same for an event already parsed (and checked) by the caller, e.g. a {@link TypedConsumer}. */
    public boolean handle(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            houdVastBijStoppen(consumer, event);
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstDelivery(consumer, event)) {
                        return false;
                    }
                    effect.accept(event);
                    return true;
                });
                registry.counter("werkplein.events.handled", "consumer", consumer, "outcome", applied ? "applied" : "duplicate").increment();
                return applied;
            } catch (InvalidEventException e) {
                failure = e;
                break;
            } catch (RuntimeException e) {
                houdVastBijStoppen(consumer, event);
                failure = e;
                LOG.warnf("%s: event %s (%s) failed on attempt %d of %d: %s", consumer, event.id(), event.type(), attempt, attempts, e.toString());
                pause(backoff.multipliedBy(attempt));
            }
        }
        registry.counter("werkplein.events.handled", "consumer", consumer, "outcome", "dead-letter").increment();
        LOG.errorf("%s: event %s (%s) goes to the dead-letter topic: %s", consumer, event.id(), event.type(), failure.getMessage());
        throw failure;
    }

    /**
     * After SIGTERM a packaged service neither starts an event nor dead-letters one that failed because
     * the database is closing (seen in ScaleOutTest: "EntityManagerFactory is closed" sent events to the
     * DLQ): the thread holds the record unacknowledged until the process exits (at most the grace
     * period), so its offset is not committed and the next owner of the partition handles it.
     */
    private void houdVastBijStoppen(String consumer, CloudEvent event) {
        if (!shutdown.stoppend() || LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        LOG.infof("%s: event %s (%s) left unacknowledged: this replica is stopping", consumer, event.id(), event.type());
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                // keep holding: returning or throwing would ack or dead-letter the record
            }
        }
    }

    /** Counts and logs a record that can never be handled; the caller throws it to the channel's DLQ. */
    InvalidEventException deadLetter(String consumer, InvalidEventException e) {
        registry.counter("werkplein.events.handled", "consumer", consumer, "outcome", "dead-letter").increment();
        LOG.errorf("%s: a record goes to the dead-letter topic: %s", consumer, e.getMessage());
        return e;
    }

    private boolean firstDelivery(String consumer, CloudEvent event) {
        return em.createNativeQuery("""
                        INSERT INTO handled_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate() == 1;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
