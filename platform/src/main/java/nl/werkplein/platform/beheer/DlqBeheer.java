package nl.werkplein.platform.beheer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.kafka.TopicConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads this service's dead-letter topics and replays their records into the consumers they came
 * from, by calling the channel's {@code @Incoming} method with the record as Kafka would deliver it.
 * Every consumer is idempotent (IdempotentConsumer records the event id with the effect), so a
 * replay applies an event at most once, however often it is repeated.
 */
@ApplicationScoped
public class DlqBeheer {

    private static final Logger LOG = Logger.getLogger(DlqBeheer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    /** Replaying "all" goes through at most this many records per call; call again for the rest. */
    static final int MAX_HERVERWERKING = 10_000;

    public enum Resultaat { TOEGEPAST, ONGEWIJZIGD, MISLUKT }

    /** One record of a dead-letter topic, with the reason the consumer gave up on it. */
    public record Gelezen(String topic, int partitie, long offset, Instant tijdstip, String sleutel, String waarde,
                          Map<String, String> headers) {
        String header(String name) {
            return headers.get(name);
        }
    }

    public record Uitkomst(Gelezen record, String eventId, Resultaat resultaat, String reden) {
    }

    private record Ontvanger(Bean<?> bean, Method method) {
    }

    @Inject
    Config config;
    @Inject
    TopicConfig topicConfig;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    BeanManager beanManager;

    private volatile DlqKanalen kanalen;
    private volatile Map<String, Ontvanger> ontvangers;

    public DlqKanalen kanalen() {
        if (kanalen == null) {
            Map<String, String> props = new TreeMap<>();
            for (String name : config.getPropertyNames()) {
                if (name.startsWith("mp.messaging.incoming.")) {
                    config.getOptionalValue(name, String.class).ifPresent(v -> props.put(name, v));
                }
            }
            kanalen = DlqKanalen.uit(props, topicConfig.consumes().orElse(List.of()));
        }
        return kanalen;
    }

    // ------------------------------------------------------------------ reading

    /** A page of the records in these dead-letter topics, in (topic, partition, offset) order. */
    public Page<Gelezen> lijst(List<String> dlqTopics, PageRequest paging) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, dlqTopics);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            long totaal = 0;
            for (TopicPartition tp : partitions) {
                totaal += end.get(tp) - begin.get(tp);
            }
            List<Gelezen> items = new ArrayList<>();
            long skip = paging.offset();
            for (TopicPartition tp : partitions) {
                long n = end.get(tp) - begin.get(tp);
                if (skip >= n) {
                    skip -= n;
                    continue;
                }
                items.addAll(read(consumer, tp, begin.get(tp) + skip, end.get(tp), paging.size() - items.size()));
                skip = 0;
                if (items.size() >= paging.size()) {
                    break;
                }
            }
            return new Page<>(items, paging.page(), paging.size(), totaal);
        }
    }

    /** One record, or every record (up to {@link #MAX_HERVERWERKING}) of a dead-letter topic. */
    public List<Gelezen> lees(String dlqTopic, Integer partitie, Long offset) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, List.of(dlqTopic));
            if (partitie != null) {
                partitions = partitions.stream().filter(tp -> tp.partition() == partitie).toList();
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            List<Gelezen> records = new ArrayList<>();
            for (TopicPartition tp : partitions) {
                if (offset != null) {
                    if (offset >= begin.get(tp) && offset < end.get(tp)) {
                        records.addAll(read(consumer, tp, offset, offset + 1, 1));
                    }
                } else {
                    records.addAll(read(consumer, tp, begin.get(tp), end.get(tp), MAX_HERVERWERKING - records.size()));
                }
            }
            return records;
        }
    }

    /** Which consumers (IdempotentConsumer names) handled these events already. */
    public Map<String, List<String>> verwerktDoor(List<String> eventIds) {
        List<UUID> ids = new ArrayList<>();
        for (String id : eventIds) {
            uuid(id).ifPresent(ids::add);
        }
        Map<String, List<String>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT event_id::text, consumer FROM handled_event WHERE event_id = ANY(?) ORDER BY consumer")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read handled_event", e);
        }
        return result;
    }

    /** The CloudEvent id in a record value, if it is readable JSON with one. */
    public static String eventId(String value) {
        return field(value, "id");
    }

    public static String eventType(String value) {
        return field(value, "type");
    }

    // ------------------------------------------------------------------ replaying

    /** Hands each record to every channel it may have come from; the consumers' idempotence does the rest. */
    public List<Uitkomst> herverwerk(String dlqTopic, List<Gelezen> records) {
        List<Uitkomst> uitkomsten = new ArrayList<>();
        for (Gelezen record : records) {
            uitkomsten.add(herverwerk(dlqTopic, record));
        }
        return uitkomsten;
    }

    private Uitkomst herverwerk(String dlqTopic, Gelezen record) {
        String eventId = eventId(record.waarde());
        String origineel = record.header("dead-letter-topic");
        List<DlqKanalen.Kanaal> doel = kanalen().kanalenVoor(dlqTopic, origineel);
        if (doel.isEmpty()) {
            return new Uitkomst(record, eventId, Resultaat.MISLUKT, "geen kanaal van deze service leest " + (origineel != null ? origineel : dlqTopic));
        }
        long voor = handled(eventId);
        String fout = null;
        for (DlqKanalen.Kanaal kanaal : doel) {
            try {
                deliver(kanaal, record, origineel);
            } catch (Exception e) {
                Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
                fout = kanaal.naam() + ": " + cause;
                LOG.warnf("replaying %s/%d/%d into %s failed: %s", record.topic(), record.partitie(), record.offset(), kanaal.naam(), cause.toString());
            }
        }
        long na = handled(eventId);
        Resultaat resultaat = na > voor ? Resultaat.TOEGEPAST : fout != null ? Resultaat.MISLUKT : Resultaat.ONGEWIJZIGD;
        String reden = switch (resultaat) {
            case TOEGEPAST -> "verwerkt door " + (na - voor) + " consument(en)";
            case ONGEWIJZIGD -> "eerder verwerkt of niet voor deze consument: er verandert niets";
            case MISLUKT -> shorten(fout);
        };
        return new Uitkomst(record, eventId, resultaat, reden);
    }

    private void deliver(DlqKanalen.Kanaal kanaal, Gelezen record, String origineel) throws Exception {
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

    // ------------------------------------------------------------------ plumbing

    private long handled(String eventId) {
        Optional<UUID> id = uuid(eventId);
        if (id.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM handled_event WHERE event_id = ?")) {
            s.setObject(1, id.get());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read handled_event", e);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        // the same connection settings (bootstrap, SASL, TLS) as the service's channels
        Map<String, Object> props = new HashMap<>(nl.werkplein.platform.kafka.KafkaVerbinding.instellingen());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, config.getOptionalValue("quarkus.application.name", String.class).orElse("werkplein") + "-beheer-dlq");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, List<String> topics) {
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(READ_TIMEOUT);
        List<TopicPartition> result = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo p : existing.getOrDefault(topic, List.of())) {
                result.add(new TopicPartition(topic, p.partition()));
            }
        }
        result.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        return result;
    }

    /** Records of one partition from {@code from} (inclusive) to {@code to} (exclusive), at most {@code max}. */
    private static List<Gelezen> read(KafkaConsumer<String, String> consumer, TopicPartition tp, long from, long to, int max) {
        List<Gelezen> records = new ArrayList<>();
        if (max <= 0 || from >= to) {
            return records;
        }
        consumer.assign(List.of(tp));
        consumer.seek(tp, from);
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (records.size() < max && consumer.position(tp) < to) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cannot read " + tp + " up to offset " + to);
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.offset() >= to || records.size() >= max) {
                    break;
                }
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header h : r.headers()) {
                    headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                }
                records.add(new Gelezen(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(), r.value(), headers));
            }
        }
        return records;
    }

    static OffsetDateTime tijd(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String field(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(value);
            JsonNode f = node == null ? null : node.get(name);
            return f == null || !f.isTextual() ? null : f.asText();
        } catch (Exception e) {
            return null;
        }
    }

    private static Optional<UUID> uuid(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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

    private static String shorten(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500) + "…";
    }
}
