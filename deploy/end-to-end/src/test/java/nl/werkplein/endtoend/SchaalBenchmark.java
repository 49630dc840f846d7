package nl.werkplein.endtoend;

import nl.werkplein.testsupport.KafkaCluster;
import nl.werkplein.testsupport.WerkpleinInfra;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * issue 14's figures, not a test: the aanvraag → screening flow with 1, 2 and 3 screening replicas
 * beside the raw Kafka produce rate of the same run; the time from a replica's SIGKILL until the
 * survivor consumes its partitions; the time from a broker's SIGKILL until a produce succeeds again.
 * {@code mvn -B -pl deploy/end-to-end -am verify -Pbenchmark -Dtest=SchaalBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class SchaalBenchmark {

    static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";
    static final int EVENTS = 3000;

    @Test
    void replicasSigkillEnBrokerverlies() throws Exception {
        Suite suite = Suite.get();
        String bootstrap = WerkpleinInfra.get().kafkaBootstrapServers();
        DataSource screeningDb = WerkpleinInfra.get().dataSource("e2e_screening");
        List<String> report = new ArrayList<>();

        double raw = rawProduceRate(bootstrap, "werkplein.benchmark.raw." + UUID.randomUUID(), 20_000);
        report.add("raw Kafka produce (1 KiB, acks=all, idempotent, one producer): %.0f records/s".formatted(raw));

        // 3 replicas started together, then one stopped gracefully (2), then one SIGKILLed (1):
        // scaling down is the operation that settles reliably while the group is under load
        List<ServiceProcess> extra = new ArrayList<>(suite.extra(List.of("screening-service", "screening-service")));
        try {
            awaitSpread(List.of(suite.screening, extra.get(0), extra.get(1)));
            report.add(flow(3, bootstrap, screeningDb, raw));
            extra.remove(1).close();
            awaitSpread(List.of(suite.screening, extra.get(0)));
            report.add(flow(2, bootstrap, screeningDb, raw));
            ServiceProcess victim = extra.remove(0);
            long killed = System.nanoTime();
            victim.kill();
            while (suite.screening.metric("kafka_consumer_coordinator_assigned_partitions", "kafka-consumer-aanvragen") < 6) {
                Thread.sleep(20);
            }
            report.add("SIGKILL of one of two screening replicas → all its partitions assigned to the survivor: %d ms (session.timeout.ms 10000)"
                    .formatted(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed)));
            report.add(flow(1, bootstrap, screeningDb, raw));
        } finally {
            for (ServiceProcess p : extra) {
                p.close();
            }
        }

        // a broker of three dies: the first acknowledged produce after it
        Path work = Path.of(System.getProperty("werkplein-test.work", "target/test-infra")).toAbsolutePath().resolve("kafka-bench");
        try (KafkaCluster cluster = new KafkaCluster(work, 3).start()) {
            String topic = "werkplein.benchmark.brokerverlies";
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 3))).all().get(30, TimeUnit.SECONDS);
            }
            cluster.awaitInSync(List.of(topic), Duration.ofSeconds(60));
            try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
                producer.send(new ProducerRecord<>(topic, "k", "warm")).get();
                int leader = cluster.leaderOfMost(List.of(topic));
                long killed = System.nanoTime();
                cluster.kill(leader);
                producer.send(new ProducerRecord<>(topic, "k", "after")).get(120, TimeUnit.SECONDS);
                report.add("SIGKILL of the partition leader (of 3 brokers) → first acknowledged produce: %d ms (broker.session.timeout.ms 4000)"
                        .formatted(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed)));
            }
        }
        System.out.println("\n==== SchaalBenchmark ====\n" + String.join("\n", report) + "\n");
    }

    private static String flow(int replicas, String bootstrap, DataSource db, double raw) throws Exception {
        double rate = flowRate(bootstrap, db);
        return "aanvraag-ingediend → handled by screening, %d replica(s): %.0f events/s (%.2f of raw)".formatted(replicas, rate, rate / raw);
    }

    private static double rawProduceRate(String bootstrap, String topic, int count) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        String value = "x".repeat(1024);
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            for (int i = 0; i < 1000; i++) {
                producer.send(new ProducerRecord<>(topic, Integer.toString(i), value));
            }
            producer.flush();
            long start = System.nanoTime();
            Future<?> last = null;
            for (int i = 0; i < count; i++) {
                last = producer.send(new ProducerRecord<>(topic, Integer.toString(i), value));
            }
            last.get();
            producer.flush();
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** EVENTS aanvraag-ingediend events as intake publishes them, timed until screening handled them all. */
    private static double flowRate(String bootstrap, DataSource db) throws Exception {
        long before = handled(db);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            for (int i = 0; i < EVENTS; i++) {
                UUID klantId = UUID.randomUUID();
                ProducerRecord<String, String> r = new ProducerRecord<>(AANVRAGEN, klantId.toString(), """
                        {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                         "type":"nl.werkplein.intake.aanvraag-ingediend","time":"2026-11-23T10:15:30.000Z","subject":"%s",
                         "datacontenttype":"application/json",
                         "data":{"klantId":"%s","leeftijd":35,"postcode4":"9736","aanvraagId":"%s"}}"""
                        .formatted(UUID.randomUUID(), klantId, klantId, UUID.randomUUID()));
                r.headers().add("content-type", "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                producer.send(r);
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (handled(db) - before < EVENTS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("screening did not handle " + EVENTS + " events in 5 minutes");
            }
            Thread.sleep(20);
        }
        return EVENTS / ((System.nanoTime() - start) / 1e9);
    }

    private static void awaitSpread(List<ServiceProcess> replicas) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            boolean spread = true;
            for (ServiceProcess p : replicas) {
                spread &= p.metric("kafka_consumer_coordinator_assigned_partitions", "kafka-consumer-aanvragen") == 6 / replicas.size();
            }
            if (spread) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("partitions not spread over " + replicas);
    }

    private static long handled(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM handled_event WHERE consumer = 'screening.klant'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", true,
                "linger.ms", 5, "delivery.timeout.ms", 120000, "request.timeout.ms", 5000),
                new StringSerializer(), new StringSerializer());
    }
}
