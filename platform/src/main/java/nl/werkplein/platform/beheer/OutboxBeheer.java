package nl.werkplein.platform.beheer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.outbox.OutboxConfig;
import nl.werkplein.platform.outbox.OutboxRelay;
import nl.werkplein.platform.outbox.OutboxRelayRunner;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the outbox relay keeps, read where it keeps it: the backlog per bucket (outbox_event), the
 * position each bucket published last (its partition of the progress topic) and who holds each
 * bucket (the session advisory locks, named by the relays' application_name).
 */
@ApplicationScoped
public class OutboxBeheer {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** One bucket: its backlog, the last published position (txid:seq) and the replica holding it. */
    @Schema(name = "OutboxBucket", description = "Eén bucket van de outbox: achterstand, laatst gepubliceerde positie en houder")
    public record Bucket(int bucket, long achterstand, OffsetDateTime oudsteSinds, String positie, String houder, Integer houderPid) {
    }

    /** A relay that is alive (holds the presence lock). */
    @Schema(name = "OutboxRelayExemplaar", description = "Een levende relay (houdt het aanwezigheidsslot)")
    public record Relay(String naam, int pid) {
    }

    @Schema(name = "OutboxStand", description = "De stand van de outbox van deze service over alle replica's")
    public record Stand(int aantalBuckets, long achterstand, List<Relay> relays, List<Bucket> buckets, String ditExemplaar,
                        List<Integer> bucketsVanDitExemplaar, Long gepubliceerdDoorDitExemplaar) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    OutboxRelayRunner runner;
    @ConfigProperty(name = "quarkus.application.name")
    String service;

    public Stand stand() {
        Map<Integer, long[]> backlog = new TreeMap<>();
        Map<Integer, OffsetDateTime> oudste = new HashMap<>();
        Map<Integer, Object[]> houders = new HashMap<>();
        List<Relay> relays = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT bucket, count(*), min(created_at) FROM outbox_event GROUP BY bucket")) {
                while (rs.next()) {
                    backlog.put(rs.getInt(1), new long[]{rs.getLong(2)});
                    oudste.put(rs.getInt(1), rs.getObject(3, OffsetDateTime.class));
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT l.objid::bigint, l.pid, coalesce(a.application_name, '')
                      FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
                     WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ?::oid AND l.objsubid = 2
                       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                     ORDER BY 1, 2""")) {
                s.setInt(1, OutboxRelay.LOCK_NAMESPACE);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long key = rs.getLong(1);
                        String naam = rs.getString(3).isEmpty() ? "pid " + rs.getInt(2) : rs.getString(3);
                        if (key == OutboxRelay.PRESENCE) {
                            relays.add(new Relay(naam, rs.getInt(2)));
                        } else {
                            houders.put((int) key, new Object[]{naam, rs.getInt(2)});
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox state", e);
        }
        Map<Integer, String> posities = posities();
        List<Bucket> buckets = new ArrayList<>();
        long totaal = 0;
        for (int b = 0; b < config.buckets(); b++) {
            long n = backlog.getOrDefault(b, new long[]{0})[0];
            totaal += n;
            Object[] houder = houders.get(b);
            buckets.add(new Bucket(b, n, oudste.get(b), posities.get(b), houder == null ? null : (String) houder[0],
                    houder == null ? null : (Integer) houder[1]));
        }
        var relay = runner.relay();
        return new Stand(config.buckets(), totaal, relays, buckets, runner.instance(),
                relay.map(r -> r.ownedBucketNumbers().stream().sorted().toList()).orElse(List.of()),
                relay.map(OutboxRelay::published).orElse(null));
    }

    /** The last committed value of each partition of the progress topic: "txid:seq" of the bucket's last published row. */
    private Map<Integer, String> posities() {
        Map<Integer, String> result = new HashMap<>();
        String topic = OutboxRelay.progressTopic(service);
        Map<String, Object> props = new HashMap<>(nl.werkplein.platform.kafka.KafkaVerbinding.instellingen());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-beheer-outbox");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.listTopics(READ_TIMEOUT).getOrDefault(topic, List.of())) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            if (partitions.isEmpty()) {
                return result;
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            for (TopicPartition tp : partitions) {
                // each transaction leaves a record and a commit marker: the last few offsets hold the latest value
                for (long from : new long[]{Math.max(begin.get(tp), end.get(tp) - 20), begin.get(tp)}) {
                    String last = lastValue(consumer, tp, from, end.get(tp));
                    if (last != null) {
                        result.put(tp.partition(), last);
                        break;
                    }
                    if (from == begin.get(tp)) {
                        break;
                    }
                }
            }
        }
        return result;
    }

    private static String lastValue(KafkaConsumer<String, String> consumer, TopicPartition tp, long from, long to) {
        if (from >= to) {
            return null;
        }
        consumer.assign(List.of(tp));
        consumer.seek(tp, from);
        String last = null;
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (consumer.position(tp) < to && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                last = r.value();
            }
        }
        return last;
    }
}
