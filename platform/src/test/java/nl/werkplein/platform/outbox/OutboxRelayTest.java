package nl.werkplein.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.WerkpleinInfra;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two relays over one outbox, one killed at the worst moment (Kafka has committed its batch, the
 * database has not yet deleted it): every event is still published exactly once, in order per key.
 */
class OutboxRelayTest {

    static final int EVENTS = 10_000;
    static final int KEYS = 100;
    static final int BUCKETS = 8;
    static final ObjectMapper JSON = new ObjectMapper();

    static DataSource db;

    @BeforeAll
    static void schema() throws Exception {
        db = WerkpleinInfra.get().dataSource("platformtest");
        try (InputStream in = OutboxRelayTest.class.getResourceAsStream("/db/migration/V0_1__werkplein_platform.sql");
             Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS outbox_event, handled_event, audit_record");
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void tweeRelaysEenGedood_elkEventPreciesEenKeerEnOpVolgordePerSleutel() throws Exception {
        String service = "outboxtest-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "werkplein." + service + ".events.v1";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", WerkpleinInfra.get().kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> kafka = Map.of("bootstrap.servers", WerkpleinInfra.get().kafkaBootstrapServers());
        OutboxRelay a = new OutboxRelay(service, db, kafka, BUCKETS, 200, Duration.ofMillis(5), Duration.ofMillis(100));
        OutboxRelay b = new OutboxRelay(service, db, kafka, BUCKETS, 200, Duration.ofMillis(5), Duration.ofMillis(100));

        // A dies right after its fifth Kafka commit, before deleting those rows.
        AtomicInteger commitsOfA = new AtomicInteger();
        AtomicBoolean killedInTheGap = new AtomicBoolean();
        a.onCommit((bucket, rows) -> {
            if (commitsOfA.incrementAndGet() == 5) {
                killedInTheGap.set(true);
                a.kill();
                throw new IllegalStateException("relay A killed");
            }
        });
        a.start();
        b.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> a.ownedBuckets() == BUCKETS / 2 && b.ownedBuckets() == BUCKETS / 2);

        // Four writers, 25 keys each, 25 events per transaction: per-key order is the writer's order.
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            done.add(writers.submit(() -> write(topic, writer)));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        writers.shutdown();

        await().atMost(Duration.ofSeconds(120)).until(() -> backlog() == 0);
        assertTrue(killedInTheGap.get(), "relay A was killed between its Kafka commit and its delete");
        assertEquals(BUCKETS, b.ownedBuckets(), "B took over A's buckets");
        b.close();

        Map<String, Integer> lastPerKey = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int records = 0;
        try (KafkaConsumer<String, String> consumer = KafkaTestClient.consumer(topic)) {
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(ids.size() < EVENTS ? 60 : 3).toNanos()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    quietSince = System.nanoTime();
                    records++;
                    JsonNode event = JSON.readTree(r.value());
                    ids.add(event.get("id").asText());
                    int n = event.get("data").get("n").asInt();
                    Integer previous = lastPerKey.put(r.key(), n);
                    assertTrue(previous == null ? n == 0 : n == previous + 1,
                            "key " + r.key() + ": event " + n + " after " + previous);
                }
            }
        }
        assertEquals(EVENTS, ids.size(), "every event id was published");
        assertEquals(EVENTS, records, "and none twice");
        assertEquals(KEYS, lastPerKey.size());
    }

    private static void write(String topic, int writer) {
        int perKey = EVENTS / KEYS;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            int[] next = new int[KEYS / 4];
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO outbox_event (bucket, event_id, topic, event_key, event_type, payload)
                    VALUES (?, ?, ?, ?, 'nl.werkplein.test.geteld', ?)""")) {
                int written = 0;
                while (written < perKey * next.length) {
                    for (int k = 0; k < next.length; k++) {
                        if (next[k] == perKey) {
                            continue;
                        }
                        String key = "sleutel-" + (writer * next.length + k);
                        UUID id = UUID.randomUUID();
                        insert.setInt(1, OutboxRelay.bucketOf(key, BUCKETS));
                        insert.setObject(2, id);
                        insert.setString(3, topic);
                        insert.setString(4, key);
                        insert.setString(5, "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"data\":{\"n\":" + next[k]++ + "}}");
                        insert.addBatch();
                        if (++written % 25 == 0) {
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                }
                insert.executeBatch();
                c.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long backlog() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
