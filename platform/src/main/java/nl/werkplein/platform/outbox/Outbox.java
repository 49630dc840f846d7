package nl.werkplein.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.postgres.NotificationListener;
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
        int bucket = OutboxRelay.bucketOf(key, config.buckets());
        String payload = events.toJson(event);
        String traceparent = traceparent();
        // One round trip: the row, and the notification that wakes the bucket's relay when this commits.
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    WITH e AS (INSERT INTO outbox_event (bucket, event_id, topic, event_key, event_type, payload, traceparent)
                               VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING bucket)
                    SELECT pg_notify(?, bucket::text) FROM e""")) {
                insert.setInt(1, bucket);
                insert.setObject(2, event.id());
                insert.setString(3, topic);
                insert.setString(4, key);
                insert.setString(5, event.type());
                insert.setString(6, payload);
                insert.setString(7, traceparent);
                insert.setString(8, OutboxRelay.CHANNEL);
                insert.execute();
            }
        });
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
            java.util.BitSet buckets = new java.util.BitSet();
            for (Bericht b : berichten) {
                buckets.set(OutboxRelay.bucketOf(b.key(), config.buckets()));
            }
            for (int bucket = buckets.nextSetBit(0); bucket >= 0; bucket = buckets.nextSetBit(bucket + 1)) {
                NotificationListener.notify(connection, OutboxRelay.CHANNEL, Integer.toString(bucket));
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
