package nl.werkplein.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;

/**
 * Writes an event in the caller's transaction; the {@link OutboxRelay} publishes it after commit.
 * A state change and its event therefore commit together or not at all.
 */
@ApplicationScoped
public class Outbox {

    /** One event for {@link #appendAll}. */
    public record Bericht(String topic, String key, CloudEvent event) {
    }

    private static final int BATCH = 1000;

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

    /**
     * Many events in the caller's transaction with JDBC batches, rows exactly as {@link #append}
     * writes them: a 10,000-vacancy delivery would otherwise take 10,000 round trips.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<Bericht> berichten) {
        if (berichten.isEmpty()) {
            return;
        }
        String traceparent = traceparent();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (bucket, event_id, topic, event_key, event_type, payload, traceparent)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                int n = 0;
                for (Bericht b : berichten) {
                    insert.setInt(1, OutboxRelay.bucketOf(b.key(), config.buckets()));
                    insert.setObject(2, b.event().id());
                    insert.setString(3, b.topic());
                    insert.setString(4, b.key());
                    insert.setString(5, b.event().type());
                    insert.setString(6, events.toJson(b.event()));
                    insert.setString(7, traceparent);
                    insert.addBatch();
                    if (++n % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                if (n % BATCH != 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    private static String traceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
