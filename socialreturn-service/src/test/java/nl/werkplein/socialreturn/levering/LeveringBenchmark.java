package nl.werkplein.socialreturn.levering;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werkplein.socialreturn.TestData;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import nl.werkplein.testsupport.WerkpleinInfra;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 10,000-vacancy partner delivery end to end: from the start of the PUT until every vacancy has been
 * consumed from the pool topics, then the same delivery again (0 events). Not part of the normal run:
 * {@code mvn -o verify -pl socialreturn-service -Pbenchmark}; figures are printed and written to
 * socialreturn-service/target/benchmark.md.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
@Tag("benchmark")
class LeveringBenchmark {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int N = Integer.getInteger("benchmark.vacatures", 10_000);
    static final List<String> POOL_TOPICS = List.of("werkplein.matching.bemiddelbaar.v1",
            "werkplein.matching.klantondersteuning.v1", "werkplein.matching.sw.v1");

    @Test
    void tienduizendVacaturesBinnenTienSeconden() throws Exception {
        List<String> regels = new ArrayList<>();
        regels.add("| run | vacancies | PUT (ms) | until all consumed from the pool topics (ms) | events on the repeated PUT | repeated PUT (ms) |");
        regels.add("|---|---|---|---|---|---|");
        // a small warm-up (JIT, connection pools), then the measured deliveries
        regels.add(meet("warm-up", 1_000));
        String gemeten = meet("measured", N);
        regels.add(gemeten);
        String tweede = meet("measured again (new partner)", N);
        regels.add(tweede);
        String rapport = String.join("\n", regels);
        System.out.println("\n" + rapport + "\n");
        Path doel = Path.of(System.getProperty("werkplein-test.work", "target"), "..", "benchmark.md").normalize();
        Files.writeString(doel, "# socialreturn-service: a 10,000-vacancy delivery\n\n" + rapport + "\n", StandardCharsets.UTF_8);
    }

    private String meet(String naam, int aantal) throws Exception {
        String partner = TestData.nieuwePartner();
        String body = levering(aantal);
        try (KafkaConsumer<String, String> consumer = aanHetEinde()) {
            long t0 = System.nanoTime();
            String uitkomst = put(partner, body);
            assertTrue(uitkomst.contains("\"geaccepteerd\":" + aantal + ",") && uitkomst.contains("\"nieuw\":" + aantal + ","), uitkomst);
            long put = System.nanoTime();
            String merk = "\"partnerId\":\"" + partner + "\"";
            Set<String> gezien = new HashSet<>();
            long deadline = t0 + Duration.ofSeconds(60).toNanos();
            while (gezien.size() < aantal && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    if (r.value().contains(merk)) {
                        gezien.add(r.key());
                    }
                }
            }
            long klaar = System.nanoTime();
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
