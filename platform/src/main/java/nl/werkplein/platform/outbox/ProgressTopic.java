package nl.werkplein.platform.outbox;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The relay's compacted progress topic: one partition per bucket, holding the position (txid, seq) of
 * the last row each bucket's Kafka transaction published. Written inside that transaction, so Kafka
 * records atomically what it holds; read on takeover to skip what is already there.
 */
final class ProgressTopic implements AutoCloseable {

    /** A row's place in the outbox order; the text form {@code txid:seq} is what the topic stores. */
    record Position(long txid, long seq) {
        static Position parse(String text) {
            String[] parts = text.split(":");
            return new Position(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
    }

    private final String service;
    private final String name;
    private final int buckets;
    private final Map<String, Object> kafkaConfig;
    private final Admin admin;

    ProgressTopic(String service, int buckets, Map<String, Object> kafkaConfig) {
        this.service = service;
        this.name = progressTopic(service);
        this.buckets = buckets;
        this.kafkaConfig = kafkaConfig;
        this.admin = Admin.create(kafkaConfig);
    }

    /** An internal compacted topic, one partition per bucket, holding each bucket's published position. */
    static String progressTopic(String service) {
        return "werkplein." + service + ".outbox-progress";
    }

    String name() {
        return name;
    }

    /** The record a bucket's transaction ends with: the position of its last row. */
    ProducerRecord<String, String> record(int bucket, long txid, long seq) {
        return new ProducerRecord<>(name, bucket, "bucket-" + bucket, txid + ":" + seq);
    }

    /** Creates the topic if missing and checks that its partitions match the buckets. */
    void create() {
        try {
            NewTopic topic = new NewTopic(name, Optional.of(buckets), Optional.empty())
                    .configs(Map.of("cleanup.policy", "compact"));
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + name, e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
        int partitions = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (partitions < 0) {
            try {
                partitions = admin.describeTopics(List.of(name)).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(name).partitions().size();
            } catch (Exception e) {
                // a topic another replica has just created may not be visible everywhere yet
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot describe " + name, e);
                }
                OutboxRelay.pause(Duration.ofMillis(100));
            }
        }
        if (partitions != buckets) {
            throw new IllegalStateException(name + " has " + partitions + " partitions but the outbox has "
                    + buckets + " buckets; the bucket count of a service must not change");
        }
    }

    /** The last position this bucket's transactions committed, read from its progress partition. */
    Optional<Position> published(int bucket) {
        TopicPartition partition = new TopicPartition(name, bucket);
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-outbox-takeover-" + bucket);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            consumer.seekToBeginning(List.of(partition));
            String last = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (consumer.position(partition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read " + partition + " to its end");
                }
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    last = record.value();
                }
            }
            return Optional.ofNullable(last).map(Position::parse);
        }
    }

    void close(Duration timeout) {
        admin.close(timeout);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(2));
    }
}
