package nl.werkplein.endtoend;

import io.restassured.http.ContentType;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * intake-service (two replicas) and screening-service as real processes: aanvragen filed over HTTP
 * reach screening over Kafka, and killing one intake replica with SIGKILL mid-run loses nothing and
 * doubles nothing.
 */
class AanvraagNaarScreeningTest {

    static ServiceProcess intakeA;
    static ServiceProcess intakeB;
    static ServiceProcess screening;

    @BeforeAll
    static void start() throws Exception {
        // B is the shared suite's intake; A is a second replica on its database, killed mid-run
        Suite suite = Suite.get();
        intakeB = suite.intake;
        screening = suite.screening;
        intakeA = suite.extraIntake();
    }

    @AfterAll
    static void stop() throws Exception {
        if (intakeA != null) {
            intakeA.close();
        }
    }

    @Test
    void aanvragenBereikenScreeningPreciesEenKeerOokAlsEenReplicaSterft() throws Exception {
        Map<String, String> aanvraagPerKlant = new HashMap<>();
        List<String> bsns = new ArrayList<>();
        int total = 200;
        for (int i = 0; i < total; i++) {
            // the first half alternates between the replicas; then A dies and B takes the rest
            if (i == total / 2) {
                intakeA.kill();
            }
            ServiceProcess intake = i < total / 2 && i % 2 == 0 ? intakeA : intakeB;
            String bsn = bsn(i);
            bsns.add(bsn);
            var response = given().baseUri(intake.url()).auth().oauth2(Tokens.voor("portaal"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("bsn", bsn, "geboortedatum", "1985-02-28", "email", "e2e@example.nl", "postcode", "1011AB"))
                    .post("/api/v1/aanvragen")
                    .then().statusCode(201).extract();
            aanvraagPerKlant.put(response.path("klantId"), response.path("id"));
        }
        assertEquals(total, aanvraagPerKlant.size(), "every aanvraag got its own klant");

        // every klant reaches screening, exactly once
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (Map.Entry<String, String> e : aanvraagPerKlant.entrySet()) {
                given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent"))
                        .get("/api/v1/klanten/" + e.getKey())
                        .then().statusCode(200)
                        .body("laatsteAanvraagId", equalTo(e.getValue()))
                        .body("aantalAanvragen", equalTo(1));
            }
        });

        // the client fills in the Entreevragenlijst at screening; intake sees the obligation met
        Map.Entry<String, String> eerste = aanvraagPerKlant.entrySet().iterator().next();
        Map<String, Object> antwoorden = new HashMap<>();
        for (String d : List.of("K", "W", "C")) {
            for (int i = 1; i <= 4; i++) {
                antwoorden.put(d + i, 5);
            }
        }
        given().baseUri(screening.url()).auth().oauth2(Tokens.voor("klant", eerste.getKey())).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", antwoorden))
                .post("/api/v1/klanten/" + eerste.getKey() + "/entreevragenlijst")
                .then().statusCode(201).body("uitkomst", equalTo("ZELFDOENER"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(intakeB.url()).auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + eerste.getValue())
                        .then().statusCode(200)
                        .body("verplichtingen.find { it.soort == 'ENTREEVRAGENLIJST' }.nagekomen", equalTo(true)));

        // and the topic holds each aanvraag exactly once, without a BSN
        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = KafkaTestClient.consumer("werkplein.intake.aanvragen.v1")) {
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(seen.size() < total ? 30 : 3).toNanos()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    quietSince = System.nanoTime();
                    for (String bsn : bsns) {
                        assertFalse(r.value().contains(bsn), "no BSN on the topic");
                    }
                    String aanvraagId = aanvraagPerKlant.get(r.key());
                    if (aanvraagId != null && r.value().contains(aanvraagId)) {
                        seen.merge(aanvraagId, 1, Integer::sum);
                    }
                }
            }
        }
        assertEquals(total, seen.size(), "every aanvraag was published");
        for (ServiceProcess p : List.of(intakeA, intakeB, screening)) {
            String log = p.log();
            for (String bsn : bsns) {
                assertFalse(log.contains(bsn), "no BSN in a log line of " + p.service);
            }
        }
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "none twice: " + seen);
    }

    /** The i-th valid BSN of this run (11-proef), distinct per run. */
    private static String bsn(int i) {
        for (int n = RUN * 1000 + i * 10; ; n++) {
            String candidate = String.format("%08d", n);
            int sum = 0;
            for (int d = 0; d < 8; d++) {
                sum += (9 - d) * (candidate.charAt(d) - '0');
            }
            if (sum % 11 <= 9) {
                return candidate + (sum % 11);
            }
        }
    }

    private static final int RUN = 10_000 + new SecureRandom().nextInt(80_000);

}
