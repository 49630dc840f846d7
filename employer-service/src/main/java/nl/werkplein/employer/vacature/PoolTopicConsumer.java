package nl.werkplein.employer.vacature;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.Locale;
import java.util.concurrent.CompletionStage;

/**
 * socialreturn-service's pool topics {@code werkplein.matching.<pool>.v1}, all of them (one channel
 * subscribed by pattern, so a newly configured pool's topic is read too). A record that cannot be
 * handled goes to its own topic's {@code .dlq}.
 */
@ApplicationScoped
public class PoolTopicConsumer {

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    VacatureService service;

    @Incoming("matching")
    @Blocking
    public CompletionStage<Void> on(Message<String> message) {
        String topic = message.getMetadata(io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic()).orElse(null);
        try {
            consumer.handle("employer.vacature", message.getPayload(), event -> apply(event, topic));
        } catch (RuntimeException e) {
            Metadata metadata = topic == null ? Metadata.empty()
                    : Metadata.of(OutgoingKafkaRecordMetadata.builder().withTopic(topic + ".dlq").build());
            return message.nack(e, metadata);
        }
        return message.ack();
    }

    void apply(CloudEvent event, String topic) {
        if (!VacatureEvents.AANGEBODEN.equals(event.type()) && !VacatureEvents.SR_INGETROKKEN.equals(event.type())) {
            return;
        }
        VacatureEvents.Aangeboden data = events.data(event, VacatureEvents.Aangeboden.class);
        if (data.vacatureId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks vacatureId");
        }
        String pool = data.pool() != null ? data.pool().toUpperCase(Locale.ROOT) : poolVan(topic);
        if (pool == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " names no pool");
        }
        if (VacatureEvents.SR_INGETROKKEN.equals(event.type())) {
            service.ingetrokken(data.vacatureId(), event);
        } else {
            service.aangeboden(data, pool, event);
        }
    }

    /** werkplein.matching.bemiddelbaar.v1 → BEMIDDELBAAR. */
    static String poolVan(String topic) {
        if (topic == null || !topic.startsWith("werkplein.matching.") || !topic.endsWith(".v1")) {
            return null;
        }
        return topic.substring("werkplein.matching.".length(), topic.length() - ".v1".length()).toUpperCase(Locale.ROOT);
    }

}
