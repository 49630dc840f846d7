package nl.werkplein.employer.vacature;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.inbox.TypedConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * socialreturn-service's pool topics {@code werkplein.matching.<pool>.v1}, all of them (one channel
 * subscribed by pattern, so a newly configured pool's topic is read too). A record that cannot be
 * handled goes to its own topic's {@code .dlq}.
 */
@ApplicationScoped
public class PoolTopicConsumer extends TypedConsumer<VacatureEvents.Aangeboden> {

    /** The name in handled_event since the first release: redeliveries stay idempotent. */
    static final String CONSUMER = "employer.vacature";
    private static final Set<String> TYPES = Set.of(VacatureEvents.AANGEBODEN, VacatureEvents.SR_INGETROKKEN);

    /** The topic of the record being handled: an event without a pool is for the pool of its topic. */
    private final ThreadLocal<String> topic = new ThreadLocal<>();

    @Inject
    VacatureService service;

    @Incoming("matching")
    @Blocking
    public CompletionStage<Void> on(Message<String> message) {
        String herkomst = message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> m.getTopic()).orElse(null);
        topic.set(herkomst);
        try {
            ontvang(message.getPayload());
        } catch (RuntimeException e) {
            // a pattern-subscribed channel has no single dead-letter topic: name the record's own
            Metadata metadata = herkomst == null ? Metadata.empty()
                    : Metadata.of(OutgoingKafkaRecordMetadata.builder().withTopic(herkomst + ".dlq").build());
            return message.nack(e, metadata);
        } finally {
            topic.remove();
        }
        return message.ack();
    }

    PoolTopicConsumer() {
        super(CONSUMER, TYPES, VacatureEvents.Aangeboden.class);
    }

    @Override
    protected List<String> ontbrekend(String type, VacatureEvents.Aangeboden d) {
        return nulVelden("vacatureId", d.vacatureId(), "pool", pool(d));
    }

    @Override
    protected void verwerk(Gebeurtenis<VacatureEvents.Aangeboden> g) {
        if (g.is(VacatureEvents.SR_INGETROKKEN)) {
            service.ingetrokken(g.data().vacatureId());
        } else {
            service.aangeboden(g.data(), pool(g.data()), g.tijd());
        }
    }

    private String pool(VacatureEvents.Aangeboden d) {
        return d.pool() != null ? d.pool().toUpperCase(Locale.ROOT) : poolVan(topic.get());
    }

    /** werkplein.matching.bemiddelbaar.v1 → BEMIDDELBAAR. */
    static String poolVan(String topic) {
        if (topic == null || !topic.startsWith("werkplein.matching.") || !topic.endsWith(".v1")) {
            return null;
        }
        return topic.substring("werkplein.matching.".length(), topic.length() - ".v1".length()).toUpperCase(Locale.ROOT);
    }
}
