package nl.werkplein.testsupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads and writes raw records on the test broker, as a neighbouring service would. */
public final class KafkaTestClient {

    /** After the expected records: read on to the end of the log as it was then, and this long more, for a duplicate. */
    private static final Duration EXTRA = Duration.ofMillis(300);

    /** One producer per JVM: opening one per send cost a metadata round and a producer id each time. */
    private static volatile KafkaProducer<String, String> producer;

    private KafkaTestClient() {
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (KafkaTestClient.class) {
                if (producer == null) {
                    KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
                            "bootstrap.servers", WerkpleinInfra.get().kafkaBootstrapServers(), "acks", "all", "linger.ms", 0),
                            new StringSerializer(), new StringSerializer());
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> p.close(Duration.ofSeconds(2)), "close-test-producer"));
                    producer = p;
                }
            }
        }
        return producer;
    }

    /** Sends a record as the outbox relay does: a structured CloudEvent with its content-type header. */
    public static void send(String topic, String key, String value) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /**
     * A read_committed consumer from the start of the topic. It is assigned every partition directly,
     * so it joins no consumer group (a join per wait was a round of coordinator requests each); a topic
     * that does not exist yet is subscribed in a group of its own, which picks it up once created.
     */
    public static KafkaConsumer<String, String> consumer(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", WerkpleinInfra.get().kafkaBootstrapServers(),
                "group.id", "test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "isolation.level", "read_committed",
                "enable.auto.commit", "false"),
                new StringDeserializer(), new StringDeserializer());
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (partitions == null || partitions.isEmpty()) {
            consumer.subscribe(List.of(topic));
        } else {
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
        }
        return consumer;
    }

    /**
     * Polls until at least {@code expected} records match (or the timeout passes), then reads on to
     * the end of the log as it stood at that moment and a little longer, to catch any extra (a
     * duplicate, say); returns every match, in order.
     */
    public static List<ConsumerRecord<String, String>> collect(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                               int expected, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<TopicPartition, Long> end = null;
            long extraUntil = Long.MAX_VALUE;
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
                if (found.size() >= expected && end == null) {
                    end = consumer.endOffsets(consumer.assignment());
                }
                if (end != null && extraUntil == Long.MAX_VALUE && readTo(consumer, end)) {
                    extraUntil = System.nanoTime() + EXTRA.toNanos();
                }
                if (System.nanoTime() >= extraUntil) {
                    break;
                }
            }
        }
        return found;
    }

    private static boolean readTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.assignment().contains(e.getKey()) && consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Polls until a record matches or the timeout passes; returns the matches seen. */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                             Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
