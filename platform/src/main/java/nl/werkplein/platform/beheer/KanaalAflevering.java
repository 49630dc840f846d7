package nl.werkplein.platform.beheer;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import nl.werkplein.platform.beheer.DlqBeheer.Gelezen;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands a dead-letter record to a channel's {@code @Incoming} method as Kafka would deliver it (a String,
 * a Message with Kafka metadata, or a ConsumerRecord), with the original topic, partition and offset.
 */
final class KanaalAflevering {

    private record Ontvanger(Bean<?> bean, Method method) {
    }

    private final BeanManager beanManager;
    private volatile Map<String, Ontvanger> ontvangers;

    KanaalAflevering(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    void deliver(DlqKanalen.Kanaal kanaal, Gelezen record, String origineel) throws Exception {
        Ontvanger ontvanger = ontvangers().get(kanaal.naam());
        if (ontvanger == null) {
            throw new IllegalStateException("no @Incoming(\"" + kanaal.naam() + "\") method found");
        }
        Object target = beanManager.getReference(ontvanger.bean(), ontvanger.bean().getBeanClass(),
                beanManager.createCreationalContext(ontvanger.bean()));
        Class<?> parameter = ontvanger.method().getParameterTypes()[0];
        AtomicReference<Throwable> nacked = new AtomicReference<>();
        Object argument;
        if (parameter == String.class) {
            argument = record.waarde();
        } else if (Message.class.isAssignableFrom(parameter)) {
            ConsumerRecord<String, String> cr = asConsumed(record, origineel);
            argument = Message.of(record.waarde(), Metadata.of(new IncomingKafkaRecordMetadata<>(cr, kanaal.naam())),
                    () -> CompletableFuture.completedFuture(null),
                    reason -> {
                        nacked.set(reason);
                        return CompletableFuture.completedFuture(null);
                    });
        } else if (ConsumerRecord.class.isAssignableFrom(parameter)) {
            argument = asConsumed(record, origineel);
        } else {
            throw new IllegalStateException(ontvanger.method() + " takes " + parameter.getName() + "; replay supports String, Message and ConsumerRecord");
        }
        Object result = ontvanger.method().invoke(target, argument);
        if (result instanceof CompletionStage<?> stage) {
            stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
        if (nacked.get() != null) {
            throw new IllegalStateException(nacked.get().toString(), nacked.get());
        }
    }

    /** The record as the consumer first saw it: the original topic, partition and offset from the dead-letter headers. */
    private static ConsumerRecord<String, String> asConsumed(Gelezen record, String origineel) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach((k, v) -> {
            if (!k.startsWith("dead-letter-")) {
                headers.add(k, v.getBytes(StandardCharsets.UTF_8));
            }
        });
        int partition = parseInt(record.header("dead-letter-partition"), record.partitie());
        long offset = parseLong(record.header("dead-letter-offset"), record.offset());
        return new ConsumerRecord<>(origineel != null ? origineel : record.topic(), partition, offset,
                record.tijdstip().toEpochMilli(), TimestampType.CREATE_TIME, -1, -1, record.sleutel(), record.waarde(),
                headers, Optional.empty());
    }

    private Map<String, Ontvanger> ontvangers() {
        if (ontvangers == null) {
            Map<String, Ontvanger> found = new LinkedHashMap<>();
            for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                if (type == null || type.getName().startsWith("io.smallrye") || type.getName().startsWith("io.quarkus")) {
                    continue;
                }
                try {
                    for (Method m : type.getMethods()) {
                        for (Incoming incoming : m.getAnnotationsByType(Incoming.class)) {
                            if (m.getParameterCount() == 1) {
                                found.putIfAbsent(incoming.value(), new Ontvanger(bean, m));
                            }
                        }
                    }
                } catch (NoClassDefFoundError | SecurityException ignored) {
                    // a bean class whose optional dependencies are absent: not a consumer of ours
                }
            }
            ontvangers = found;
        }
        return ontvangers;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long parseLong(String s, long fallback) {
        try {
            return s == null ? fallback : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
