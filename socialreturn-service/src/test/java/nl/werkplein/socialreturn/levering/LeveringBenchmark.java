package nl.werkplein.socialreturn.levering;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werkplein.socialreturn.TestData;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import nl.werkplein.testsupport.WerkpleinInfra;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 10,000-vacancy partner delivery end to end: from the start of the PUT until every vacancy has been
 * consumed from the pool topics, then the same delivery again (0 events); where the time goes (the service's
 * {@value LeveringService#TIMER} timers, the relay's produce times from the records' timestamps); and the raw
 * floors of the same broker and database in the same run. Not part of the normal run:
 * {@code mvn -pl socialreturn-service -am verify -Pbenchmark -Dtest=LeveringBenchmark}; figures are printed and
 * written to socialreturn-service/target/benchmark.md.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
@Tag("benchmark")
class LeveringBenchmark {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int N = Integer.getInteger("benchmark.vacatures", 10_000);
    static final List<String> POOL_TOPICS = List.of("werkplein.matching.bemiddelbaar.v1",
            "werkplein.matching.klantondersteuning.v1", "werkplein.matching.sw.v1");

    /** One after the other inside the PUT. */
    static final List<String> STAPPEN = List.of("hash", "controle", "vergelijken", "rijen", "events", "outbox");
    /** Also events-bouwen: building the events on another thread while the rows are written. */
    static final List<String> ALLE_STAPPEN = List.of("hash", "controle", "vergelijken", "rijen", "events", "outbox", "events-bouwen");

    @Inject
    MeterRegistry registry;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper mapper;

    final List<String> uitsplitsing = new ArrayList<>();

    @Test
    void tienduizendVacaturesBinnenTienSeconden() throws Exception {
        List<String> regels = new ArrayList<>();
        regels.add("| run | vacancies | PUT (ms) | until all consumed from the pool topics (ms) | events on the repeated PUT | repeated PUT (ms) |");
        regels.add("|---|---|---|---|---|---|");
        uitsplitsing.add("| run | JSON parse (client-side estimate) | " + String.join(" | ", STAPPEN)
                + " | (events built beside the rows) | rest of the PUT (HTTP, transaction commit, answer) | PUT end → first record produced | first → last record produced | last produced → all consumed |");
        uitsplitsing.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        // a small warm-up (JIT, connection pools), then the measured deliveries
        regels.add(meet("warm-up", 1_000));
        String gemeten = meet("measured", N);
        regels.add(gemeten);
        String tweede = meet("measured again (new partner)", N);
        regels.add(tweede);
        regels.add(meet("measured a third time (new partner)", N));
        regels.add("");
        regels.add("Where the time goes (ms):");
        regels.add("");
        regels.addAll(uitsplitsing);
        regels.add("");
        regels.add("Raw floors, same broker and database, same run:");
        regels.add("");
        regels.addAll(vloeren());
        String rapport = String.join("\n", regels);
        System.out.println("\n" + rapport + "\n");
        Path doel = Path.of(System.getProperty("werkplein-test.work", "target"), "..", "benchmark.md").normalize();
        Files.writeString(doel, "# socialreturn-service: a 10,000-vacancy delivery\n\n" + rapport + "\n", StandardCharsets.UTF_8);
    }

    private String meet(String naam, int aantal) throws Exception {
        String partner = TestData.nieuwePartner();
        String body = levering(aantal);
        long p0 = System.nanoTime();
        mapper.readValue(body, LeveringRequest.class);
        long parse = System.nanoTime() - p0;
        Map<String, Double> voor = stappen();
        try (KafkaConsumer<String, String> consumer = aanHetEinde()) {
            long t0 = System.nanoTime();
            String uitkomst = put(partner, body);
            assertTrue(uitkomst.contains("\"geaccepteerd\":" + aantal + ",") && uitkomst.contains("\"nieuw\":" + aantal + ","), uitkomst);
            long put = System.nanoTime();
            String merk = "\"partnerId\":\"" + partner + "\"";
            long putWand = System.currentTimeMillis();
            Set<String> gezien = new HashSet<>();
            long eersteProductie = Long.MAX_VALUE;
            long laatsteProductie = 0;
            long deadline = t0 + Duration.ofSeconds(60).toNanos();
            while (gezien.size() < aantal && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(10))) {
                    if (r.value().contains(merk)) {
                        gezien.add(r.key());
                        eersteProductie = Math.min(eersteProductie, r.timestamp());
                        laatsteProductie = Math.max(laatsteProductie, r.timestamp());
                    }
                }
            }
            long klaar = System.nanoTime();
            long klaarWand = System.currentTimeMillis();
            Map<String, Double> na = stappen();
            StringBuilder stap = new StringBuilder("| " + naam + " | " + parse / 1_000_000);
            double binnen = 0;
            for (String st : STAPPEN) {
                double ms = na.get(st) - voor.get(st);
                binnen += ms;
                stap.append(" | ").append(Math.round(ms));
            }
            stap.append(" | (").append(Math.round(na.get("events-bouwen") - voor.get("events-bouwen"))).append(')');
            stap.append(" | ").append(Math.round((put - t0) / 1e6 - binnen - parse / 1e6))
                    .append(" | ").append(eersteProductie - putWand)
                    .append(" | ").append(laatsteProductie - eersteProductie)
                    .append(" | ").append(klaarWand - laatsteProductie).append(" |");
            uitsplitsing.add(stap.toString());
            assertEquals(aantal, gezien.size(), "every vacancy reached a pool topic");

            long h0 = System.nanoTime();
            assertEquals(uitkomst, put(partner, body));
            long herhaald = System.nanoTime() - h0;
            int extra = 0;
            long tot = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < tot) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.value().contains(merk)) {
                        extra++;
                    }
                }
            }
            assertEquals(0, extra, "the same delivery again publishes nothing");
            long totaalMs = (klaar - t0) / 1_000_000;
            if (aantal >= 10_000) {
                assertTrue(totaalMs < 10_000, "10,000 vacancies end to end in " + totaalMs + " ms");
            }
            return "| " + naam + " | " + aantal + " | " + (put - t0) / 1_000_000 + " | " + totaalMs + " | " + extra + " | "
                    + herhaald / 1_000_000 + " |";
        }
    }

    /** Total milliseconds so far of each step's timer. */
    private Map<String, Double> stappen() {
        Map<String, Double> ms = new java.util.HashMap<>();
        for (String st : ALLE_STAPPEN) {
            Timer t = registry.find(LeveringService.TIMER).tag("stap", st).timer();
            ms.put(st, t == null ? 0.0 : t.totalTime(TimeUnit.MILLISECONDS));
        }
        return ms;
    }

    /**
     * The limits of this machine for what a delivery must at least do: N 1-KiB records on raw Kafka (idempotent,
     * acks=all, the relay's producer settings without transactions), N 1-KiB rows into PostgreSQL in one
     * transaction as JDBC batches (reWriteBatchedInserts, as the service connects) and with COPY.
     */
    private List<String> vloeren() throws Exception {
        List<String> regels = new ArrayList<>();
        regels.add("| raw floor | rows | ms |");
        regels.add("|---|---|---|");
        String topic = "bench-levering-raw-" + UUID.randomUUID().toString().substring(0, 8);
        String servers = WerkpleinInfra.get().kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        String kib = "x".repeat(1024);
        for (int ronde = 0; ronde < 2; ronde++) { // the first round warms the client up
            long t0 = System.nanoTime();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", servers, "acks", "all",
                    "enable.idempotence", true, "linger.ms", 5, "batch.size", 256 * 1024), new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < N; i++) {
                    producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), kib));
                }
                producer.flush();
            }
            if (ronde == 1) {
                regels.add("| raw Kafka produce, idempotent, acks=all, 1 KiB (producer start included) | " + N + " | "
                        + (System.nanoTime() - t0) / 1_000_000 + " |");
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_raw (id uuid PRIMARY KEY, k text NOT NULL, payload text NOT NULL)");
        }
        for (int ronde = 0; ronde < 2; ronde++) {
            long t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_raw (id, k, payload) VALUES (?, ?, ?)")) {
                    for (int i = 0; i < N; i++) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, "k" + i);
                        insert.setString(3, kib);
                        insert.addBatch();
                        if ((i + 1) % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                c.commit();
            }
            long batch = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                StringBuilder rijen = new StringBuilder(N * 1080);
                for (int i = 0; i < N; i++) {
                    rijen.append(UUID.randomUUID()).append('\t').append('k').append(i).append('\t').append(kib).append('\n');
                }
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_raw (id, k, payload) FROM STDIN", new StringReader(rijen.toString()));
                c.commit();
            }
            long copy = (System.nanoTime() - t0) / 1_000_000;
            if (ronde == 1) {
                regels.add("| raw PostgreSQL batched INSERT, 1000 per batch, one transaction, 1 KiB | " + N + " | " + batch + " |");
                regels.add("| raw PostgreSQL COPY, one transaction, 1 KiB | " + N + " | " + copy + " |");
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_raw");
        }
        return regels;
    }

    /** A plain HTTP client, as a partner's system would use: the figures are the service's, not a test library's. */
    private static String put(String partner, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/partners/" + partner + "/leveringen/" + TestData.dezeWeek()))
                .header("Authorization", "Bearer " + Tokens.voor("partner", partner))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** A consumer on every pool topic, positioned at the end, so it sees only what comes next. */
    private static KafkaConsumer<String, String> aanHetEinde() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", WerkpleinInfra.get().kafkaBootstrapServers(),
                "isolation.level", "read_committed", "enable.auto.commit", "false",
                "max.poll.records", 5000, "fetch.min.bytes", 1),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partities = new ArrayList<>();
        for (String topic : POOL_TOPICS) {
            for (PartitionInfo p : consumer.partitionsFor(topic)) {
                partities.add(new TopicPartition(topic, p.partition()));
            }
        }
        consumer.assign(partities);
        consumer.seekToEnd(partities);
        partities.forEach(consumer::position); // resolve the end offsets now, before the delivery
        return consumer;
    }

    /** Realistic rows: every tenth acquired for SW, every tenth a werkleerplek, the rest jobs for the partner's pool. */
    private static String levering(int aantal) {
        StringBuilder b = new StringBuilder(aantal * 330).append("{\"vacatures\":[");
        String sluiting = TestData.vandaag().plusDays(60).toString();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < aantal; i++) {
            if (i > 0) {
                b.append(',');
            }
            String soort = i % 10 == 3 ? "WERKLEERPLEK" : "BAAN";
            b.append("{\"referentie\":\"BM-").append(run).append('-').append(i)
                    .append("\",\"titel\":\"Medewerker logistiek ").append(i)
                    .append("\",\"omschrijving\":\"Orderpicken, laden en lossen in ploegendienst bij een distributiecentrum in de regio\"")
                    .append(",\"beroepscode\":\"9333\",\"postcode\":\"97").append(10 + i % 80).append("AB\"")
                    .append(",\"urenPerWeek\":").append(16 + i % 25)
                    .append(",\"opleidingsniveau\":\"MBO2\",\"sluitingsdatum\":\"").append(sluiting)
                    .append("\",\"soort\":\"").append(soort).append("\",\"sw\":").append(i % 10 == 7)
                    .append(",\"werkgever\":\"Distributiecentrum Noord\"}");
        }
        return b.append("]}").toString();
    }
}
