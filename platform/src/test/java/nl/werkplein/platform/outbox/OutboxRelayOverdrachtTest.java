package nl.werkplein.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.WerkpleinInfra;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Graceful stop (what the ShutdownEvent observer does on SIGTERM): a relay finishes the batch in hand
 * and lets go of its buckets and its presence, so the other relay takes all of them at its next claim,
 * not when the stopped relay's connection pool closes, and nothing is lost or published twice.
 * The relays use a real connection pool (Agroal, as the services do), where a closed connection
 * stays open and keeps its session locks unless they are released.
 */
class OutboxRelayOverdrachtTest {

    static final int BUCKETS = 8;
    static final Duration CLAIM = Duration.ofMillis(200);
    static AgroalDataSource poolA;
    static AgroalDataSource poolB;

    @BeforeAll
    static void schema() throws Exception {
        String db = "platformoverdracht";
        String url = WerkpleinInfra.get().database(db);
        poolA = pool(url, db);
        poolB = pool(url, db);
        try (InputStream in = OutboxRelayOverdrachtTest.class.getResourceAsStream("/db/migration/V0_1__werkplein_platform.sql");
             Connection c = poolA.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS outbox_event, handled_event, audit_record");
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void close() {
        poolA.close();
        poolB.close();
    }

    @Test
    void eenGestopteRelayDraagtZijnBucketsMeteenOver_nietsVerlorenNietsDubbel() throws Exception {
        String service = "overdracht-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "werkplein." + service + ".events.v1";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", WerkpleinInfra.get().kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> kafka = Map.of("bootstrap.servers", WerkpleinInfra.get().kafkaBootstrapServers());
        OutboxRelay a = new OutboxRelay(service, poolA, kafka, BUCKETS, 50, Duration.ofMillis(5), CLAIM);
        OutboxRelay b = new OutboxRelay(service, poolB, kafka, BUCKETS, 50, Duration.ofMillis(5), CLAIM);
        a.identify(service + "-a");
        b.identify(service + "-b");
        a.start();
        b.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> a.ownedBuckets() == BUCKETS / 2 && b.ownedBuckets() == BUCKETS / 2);
        // the operators' view: each bucket lock is named after the relay that holds it
        assertEquals(Set.of(service + "-a", service + "-b"), holders());

        Set<UUID> written = new HashSet<>(write(topic, 0, 2000));
        long stopped = System.nanoTime();
        a.close();   // what OutboxRelayRunner does on ShutdownEvent (SIGTERM)
        long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
        written.addAll(write(topic, 2000, 2000));
        // Before the fix the stopped relay's presence lock stayed on its pooled connection: the other
        // relay counted two relays, kept its fair share of 4 and never took the rest while that pool lived.
        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(20)).until(() -> b.ownedBuckets() == BUCKETS);
        long takeoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
        System.out.printf("relay A closed in %d ms; relay B held all %d buckets %d ms after the stop began%n",
                closeMillis, BUCKETS, takeoverMillis);
        assertEquals(0, a.ownedBuckets());
        assertEquals(Set.of(service + "-b"), holders(), "no lock of the stopped relay is left on its pooled connection");

        await().atMost(Duration.ofSeconds(60)).until(() -> backlog() == 0);
        b.close();
        Set<String> ids = new HashSet<>();
        int records = 0;
        try (KafkaConsumer<String, String> consumer = KafkaTestClient.consumer(topic)) {
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(ids.size() < written.size() ? 30 : 2).toNanos()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    quietSince = System.nanoTime();
                    records++;
                    ids.add(r.value().substring(r.value().indexOf("\"id\":\"") + 6, r.value().indexOf("\"id\":\"") + 42));
                }
            }
        }
        assertEquals(written.size(), ids.size(), "every event was published");
        assertEquals(written.size(), records, "and none twice");
    }

    private static List<UUID> write(String topic, int from, int n) throws Exception {
        List<UUID> ids = new java.util.ArrayList<>();
        try (Connection c = poolA.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO outbox_event (bucket, event_id, topic, event_key, event_type, payload)
                VALUES (?, ?, ?, ?, 'nl.werkplein.test.geteld', ?)""")) {
            for (int i = from; i < from + n; i++) {
                String key = "sleutel-" + (i % 40);
                UUID id = UUID.randomUUID();
                insert.setInt(1, OutboxRelay.bucketOf(key, BUCKETS));
                insert.setObject(2, id);
                insert.setString(3, topic);
                insert.setString(4, key);
                insert.setString(5, "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"data\":{\"n\":" + i + "}}");
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    /** The application_names of the sessions holding a bucket lock of the relay's namespace. */
    private static Set<String> holders() throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection c = poolB.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT DISTINCT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                 WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ?::oid AND l.objid <> ?::oid
                   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())""")) {
            s.setInt(1, OutboxRelay.LOCK_NAMESPACE);
            s.setInt(2, OutboxRelay.PRESENCE);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static long backlog() throws Exception {
        try (Connection c = poolB.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static AgroalDataSource pool(String url, String user) throws Exception {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(cp -> cp.maxSize(20).acquisitionTimeout(Duration.ofSeconds(10))
                        .connectionFactoryConfiguration(cf -> cf.jdbcUrl(url)
                                .principal(new NamePrincipal(user)).credential(new SimplePassword(user)))));
    }
}
