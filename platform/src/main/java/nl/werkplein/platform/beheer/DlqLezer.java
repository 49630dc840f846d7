package nl.werkplein.platform.beheer;

import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.beheer.DlqBeheer.Gelezen;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads records of dead-letter topics with a short-lived consumer of its own (no group, read_committed). */
final class DlqLezer {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final String clientId;

    DlqLezer(String clientId) {
        this.clientId = clientId;
    }

    /** A page of the records in these dead-letter topics, in (topic, partition, offset) order. */
    Page<Gelezen> lijst(List<String> dlqTopics, PageRequest paging) {
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

    /** One record, or every record (up to {@code max}) of a dead-letter topic. */
    List<Gelezen> lees(String dlqTopic, Integer partitie, Long offset, int max) {
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
                    records.addAll(read(consumer, tp, begin.get(tp), end.get(tp), max - records.size()));
                }
            }
            return records;
        }
    }

    private KafkaConsumer<String, String> consumer() {
        // the same connection settings (bootstrap, SASL, TLS) as the service's channels
        Map<String, Object> props = new HashMap<>(nl.werkplein.platform.kafka.KafkaVerbinding.instellingen());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
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
}
