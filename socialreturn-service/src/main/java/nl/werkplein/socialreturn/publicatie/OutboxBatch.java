package nl.werkplein.socialreturn.publicatie;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.OutboxConfig;
import nl.werkplein.platform.outbox.OutboxRelay;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;

/**
 * Appends many events to the platform's outbox in the caller's transaction with one JDBC batch,
 * exactly as {@code Outbox.append} writes a single row (same table, bucket and payload), so the
 * platform relay publishes them. A 10,000-vacancy delivery would otherwise take 10,000 round trips.
 */
@ApplicationScoped
public class OutboxBatch {

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
    public void append(List<Bericht> berichten) {
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
