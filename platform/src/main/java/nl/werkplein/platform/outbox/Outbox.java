package nl.werkplein.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;

/**
 * Writes an event in the caller's transaction; the {@link OutboxRelay} publishes it after commit.
 * A state change and its event therefore commit together or not at all.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;
    @Inject
    CloudEvents events;
    @Inject
    OutboxConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, CloudEvent event) {
        em.createNativeQuery("""
                        INSERT INTO outbox_event (bucket, event_id, topic, event_key, event_type, payload, traceparent)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, OutboxRelay.bucketOf(key, config.buckets()))
                .setParameter(2, event.id())
                .setParameter(3, topic)
                .setParameter(4, key)
                .setParameter(5, event.type())
                .setParameter(6, events.toJson(event))
                .setParameter(7, traceparent())
                .executeUpdate();
    }

    private static String traceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
