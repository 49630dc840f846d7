package nl.werkplein.platform.outbox;

import nl.werkplein.testsupport.WerkpleinInfra;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Throughput of the outbox against the raw limits of the same broker and database, in one run:
 * raw Kafka (idempotent, acks=all, 1 KiB records), raw PostgreSQL batched inserts, writing outbox
 * rows, and the relay publishing them. Not part of the normal test run:
 * {@code mvn -pl platform -am verify -Pbenchmark}; results go to platform/target/benchmark.md.
 */
@Tag("benchmark")
class OutboxBenchmark {

    static final int N = Integer.getInteger("benchmark.events", 100_000);
    static final String KIB = "x".repeat(1024 - 120);

    @Test
    void outboxTegenoverRuweKafkaEnPostgres() throws Exception {
        WerkpleinInfra infra = WerkpleinInfra.get();
        DataSource db = infra.dataSource("outboxbench");
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V0_1__werkplein_platform.sql");
             Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS outbox_event, handled_event, audit_record, raw_rows");
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            s.execute("CREATE TABLE raw_rows (id uuid PRIMARY KEY, k text NOT NULL, payload text NOT NULL)");
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        String rawTopic = "bench-raw-" + run;
        String outboxTopic = "bench-outbox-" + run;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", infra.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(rawTopic, 6, (short) 1), new NewTopic(outboxTopic, 6, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        List<String> lines = new ArrayList<>();
        lines.add("| what | events | seconds | per second |");
        lines.add("|---|---|---|---|");

        // 1. raw Kafka: the producer the relay uses, without transactions
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", infra.kafkaBootstrapServers(), "acks", "all", "enable.idempotence", true,
                "linger.ms", 5, "batch.size", 256 * 1024), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < N; i++) {
                producer.send(new ProducerRecord<>(rawTopic, "sleutel-" + (i % 1000), payload(UUID.randomUUID(), i)));
            }
            producer.flush();
        }
        lines.add(row("raw Kafka producer, idempotent, acks=all, 1 KiB", N, t0));

        // 2. raw PostgreSQL: batched inserts of 1 KiB rows, 1000 per transaction
        t0 = System.nanoTime();
        insertBatched(db, "INSERT INTO raw_rows (id, k, payload) VALUES (?, ?, ?)", (insert, id, key, i) -> {
            insert.setObject(1, id);
            insert.setString(2, key);
            insert.setString(3, payload(id, i));
        });
        lines.add(row("raw PostgreSQL batched insert (1000 rows per transaction), 1 KiB", N, t0));

        // 3. writing outbox rows the way Outbox.append does, batched
        t0 = System.nanoTime();
        outboxRijen(db, outboxTopic);
        lines.add(row("outbox rows written (1000 per transaction), 1 KiB", N, t0));

        // 4. the relay publishing the whole backlog, exactly once, in order per key
        t0 = System.nanoTime();
        try (OutboxRelay relay = new OutboxRelay("bench-" + run, db, Map.of("bootstrap.servers", infra.kafkaBootstrapServers()),
                8, 1000, Duration.ofMillis(5), Duration.ofMillis(100))) {
            relay.start();
            while (backlog(db) > 0) {
                Thread.sleep(20);
            }
            assertEquals(N, relay.published());
        }
        lines.add(row("outbox relay: backlog to Kafka (1 relay, 8 buckets, 1000 per Kafka transaction)", N, t0));

        // 5. the same backlog with three relays sharing the buckets (three replicas of a service)
        outboxRijen(db, outboxTopic);
        String drie = "bench3-" + run;
        List<OutboxRelay> relays = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            relays.add(new OutboxRelay(drie, db, Map.of("bootstrap.servers", infra.kafkaBootstrapServers()),
                    8, 1000, Duration.ofMillis(5), Duration.ofMillis(100)));
        }
        t0 = System.nanoTime();
        for (OutboxRelay relay : relays) {
            relay.start();
        }
        while (backlog(db) > 0) {
            Thread.sleep(20);
        }
        long samen = 0;
        StringBuilder verdeling = new StringBuilder();
        for (OutboxRelay relay : relays) {
            samen += relay.published();
            verdeling.append(verdeling.length() == 0 ? "" : " / ").append(String.format("%,d", relay.published()));
        }
        lines.add(row("outbox relay: backlog to Kafka (3 relays sharing 8 buckets; published " + verdeling + ")", N, t0));
        assertEquals(N, samen);
        for (OutboxRelay relay : relays) {
            relay.close();
        }

        lines.add("");
        lines.addAll(commitTotKafka(infra, db, run));

        lines.add("");
        lines.add("Infrastructure start in this run: Kafka broker start to ready " + infra.kafkaReadyMillis()
                + " ms (formatting included, PostgreSQL booting beside it); PostgreSQL start to ready "
                + infra.postgresReadyMillis() + " ms.");
        Path out = Path.of("target/benchmark.md");
        Files.writeString(out, String.join("\n", lines) + "\n");
        System.out.println(String.join("\n", lines));
    }

    /**
     * One event per transaction, written as {@link Outbox#append} writes it (row and notification in
     * one statement), to an idle relay; the time from the commit returning to the broker appending
     * the record (the topic keeps LogAppendTime), and the relay's CPU while idle.
     */
    private static List<String> commitTotKafka(WerkpleinInfra infra, DataSource db, String run) throws Exception {
        int events = Integer.getInteger("benchmark.latency.events", 1000);
        String topic = "bench-latency-" + run;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", infra.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1).configs(Map.of("message.timestamp.type", "LogAppendTime"))))
                    .all().get(30, TimeUnit.SECONDS);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> committedAt = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> lines = new ArrayList<>();
        try (OutboxRelay relay = new OutboxRelay("benchlat-" + run, db, Map.of("bootstrap.servers", infra.kafkaBootstrapServers()),
                8, 1000, Duration.ofMillis(20), Duration.ofSeconds(2))) {
            relay.start();
            long claimDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (relay.ownedBuckets() < 8) {
                if (System.nanoTime() > claimDeadline) {
                    throw new IllegalStateException("the relay holds " + relay.ownedBuckets() + " of 8 buckets after 60 s");
                }
                Thread.sleep(20);
            }
            Thread.sleep(2000);
            long cpu0 = relayCpuNanos(threads);
            long wall0 = System.nanoTime();
            Thread.sleep(10_000);
            double idlePercent = 100.0 * (relayCpuNanos(threads) - cpu0) / (System.nanoTime() - wall0);
            try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                    WITH e AS (INSERT INTO outbox_event (bucket, event_id, topic, event_key, event_type, payload)
                               VALUES (?, ?, ?, ?, 'nl.werkplein.bench.latentie', ?) RETURNING bucket)
                    SELECT pg_notify(?, bucket::text) FROM e""")) {
                c.setAutoCommit(false);
                for (int i = 0; i < events; i++) {
                    UUID id = UUID.randomUUID();
                    String key = "sleutel-" + (i % 100);
                    insert.setInt(1, OutboxRelay.bucketOf(key, 8));
                    insert.setObject(2, id);
                    insert.setString(3, topic);
                    insert.setString(4, key);
                    insert.setString(5, payload(id, i));
                    insert.setString(6, OutboxRelay.CHANNEL);
                    insert.execute();
                    c.commit();
                    committedAt.put(id.toString(), System.currentTimeMillis());
                    Thread.sleep(10); // a steady trickle, not a backlog: each event finds the relay idle
                }
            }
            List<Long> latencies = new ArrayList<>();
            try (var consumer = nl.werkplein.testsupport.KafkaTestClient.consumer(topic)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (latencies.size() < events && System.nanoTime() < deadline) {
                    for (var r : consumer.poll(Duration.ofMillis(200))) {
                        String value = r.value();
                        int at = value.indexOf("\"id\":\"") + 6;
                        Long commit = committedAt.get(value.substring(at, at + 36));
                        if (commit != null) {
                            latencies.add(r.timestamp() - commit);
                        }
                    }
                }
            }
            assertEquals(events, latencies.size());
            java.util.Collections.sort(latencies);
            lines.add("| commit → Kafka log append (idle relay woken by the notification) | events | p50 | p99 | max |");
            lines.add("|---|---|---|---|---|");
            lines.add(String.format("| one event per transaction, every 10 ms | %,d | %d ms | %d ms | %d ms |", events,
                    latencies.get(events / 2), latencies.get((int) Math.ceil(events * 0.99) - 1), latencies.get(events - 1)));
            lines.add("");
            lines.add(String.format("CPU of the idle relay's threads (8 buckets, listener, coordinator) over 10 s: %.3f%% of one core.", idlePercent));
        }
        return lines;
    }

    private static long relayCpuNanos(java.lang.management.ThreadMXBean threads) {
        long sum = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("outbox-relay-benchlat")) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, t);
            }
        }
        return sum;
    }

    /** N outbox rows the way Outbox.append writes them, batched. */
    private static void outboxRijen(DataSource db, String outboxTopic) throws Exception {
        insertBatched(db, """
                INSERT INTO outbox_event (bucket, event_id, topic, event_key, event_type, payload)
                VALUES (?, ?, ?, ?, 'nl.werkplein.bench.gemeten', ?)""", (insert, id, key, i) -> {
            insert.setInt(1, OutboxRelay.bucketOf(key, 8));
            insert.setObject(2, id);
            insert.setString(3, outboxTopic);
            insert.setString(4, key);
            insert.setString(5, payload(id, i));
        });
    }

    interface RowBinder {
        void bind(PreparedStatement insert, UUID id, String key, int i) throws java.sql.SQLException;
    }

    /** N rows of about 1 KiB over 1000 keys, committed 1000 at a time. */
    private static void insertBatched(DataSource db, String sql, RowBinder binder) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < N; i++) {
                binder.bind(insert, UUID.randomUUID(), "sleutel-" + (i % 1000), i);
                insert.addBatch();
                if ((i + 1) % 1000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static String payload(UUID id, int i) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"urn:bench\",\"type\":\"t\",\"data\":{\"n\":" + i
                + ",\"vulling\":\"" + KIB + "\"}}";
    }

    private static String row(String what, int n, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format("| %s | %,d | %.2f | %,.0f |", what, n, seconds, n / seconds);
    }

    private static long backlog(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
