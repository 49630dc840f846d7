package nl.werkplein.platform.outbox;

import nl.werkplein.platform.postgres.NotificationListener;
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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An idle relay does not poll its table (issue 16): it sleeps until the committing transaction's
 * notification wakes the bucket. Counted as statements the relay prepares, not as time.
 */
class OutboxRelayWekkerTest {

    static final int BUCKETS = 8;
    static DataSource db;

    @BeforeAll
    static void schema() throws Exception {
        db = WerkpleinInfra.get().dataSource("platformwekker");
        try (InputStream in = OutboxRelayWekkerTest.class.getResourceAsStream("/db/migration/V0_1__werkplein_platform.sql");
             Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS outbox_event, handled_event, audit_record");
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void eenStilleRelayVraagtNietsEnEenMeldingWektHem() throws Exception {
        String service = "wekkertest-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "werkplein." + service + ".events.v1";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", WerkpleinInfra.get().kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        AtomicInteger statements = new AtomicInteger();
        // A claim interval far longer than the test: only a notification can deliver the event in time.
        OutboxRelay relay = new OutboxRelay(service, counting(db, statements),
                Map.of("bootstrap.servers", WerkpleinInfra.get().kafkaBootstrapServers()),
                BUCKETS, 100, Duration.ofMillis(20), Duration.ofMinutes(5));
        try (relay) {
            relay.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.ownedBuckets() == BUCKETS);
            // the workers look for a second after they start; wait until a whole second passes without a statement
            int[] seen = {-1};
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> seen[0] == (seen[0] = statements.get()));

            int before = statements.get();
            // The polling relay prepared two statements per bucket every 20 ms: about 2,400 in 3 s.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4))
                    .until(() -> statements.get() - before <= 10);
            assertTrue(statements.get() - before <= 10, "an idle relay prepared " + (statements.get() - before) + " statements in 3 s");

            String key = "sleutel-1";
            UUID id = UUID.randomUUID();
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO outbox_event (bucket, event_id, topic, event_key, event_type, payload)
                        VALUES (?, ?, ?, ?, 'nl.werkplein.test.gewekt', ?)""")) {
                    insert.setInt(1, OutboxRelay.bucketOf(key, BUCKETS));
                    insert.setObject(2, id);
                    insert.setString(3, topic);
                    insert.setString(4, key);
                    insert.setString(5, "{\"specversion\":\"1.0\",\"id\":\"" + id + "\"}");
                    insert.executeUpdate();
                }
                NotificationListener.notify(c, OutboxRelay.CHANNEL, Integer.toString(OutboxRelay.bucketOf(key, BUCKETS)));
                c.commit();
            }
            List<String> values = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = KafkaTestClient.consumer(topic)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (values.isEmpty() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        values.add(r.value());
                    }
                }
            }
            assertEquals(1, values.size(), "the notified event reached Kafka long before the next claim round");
            assertTrue(values.get(0).contains(id.toString()));
        }
    }

    /** The data source with every statement its connections prepare or create counted. */
    static DataSource counting(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class}, (p, m, args) -> {
            if (m.getName().equals("getConnection")) {
                Connection c = (Connection) invoke(target, m, args);
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, (cp, cm, cargs) -> {
                    if (cm.getName().equals("prepareStatement") || cm.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    return invoke(c, cm, cargs);
                });
            }
            return invoke(target, m, args);
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

}
