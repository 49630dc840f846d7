package nl.werkplein.endtoend;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * issue 14: intake-service and screening-service at three replicas each, as an operator scales them.
 * The outbox buckets and the topic partitions are spread over the replicas; during a stream of
 * aanvragen one replica of each is SIGKILLed and then one screening replica is stopped gracefully
 * (SIGTERM, a scale-down), and still every aanvraag reaches screening exactly once (counted through
 * screening's API), in order per client, with no rebalance storm; no BSN is on the topic or in a log
 * line of any of the six processes. (This also covers what the former AanvraagNaarScreeningTest did
 * with two intake replicas, at the cost of one set of replica boots instead of two.)
 */
class ScaleOutTest {

    static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";
    static final int BUCKETS = 8;
    static final int PARTITIONS = 6;

    static ServiceProcess intake1;
    static ServiceProcess intake2;
    static ServiceProcess intake3;
    static ServiceProcess screening1;
    static ServiceProcess screening2;
    static ServiceProcess screening3;

    @BeforeAll
    static void start() throws Exception {
        Suite suite = Suite.get();
        intake1 = suite.intake;
        screening1 = suite.screening;
        List<ServiceProcess> extra = suite.extra(List.of("intake-service", "intake-service", "screening-service", "screening-service"));
        intake2 = extra.get(0);
        intake3 = extra.get(1);
        screening2 = extra.get(2);
        screening3 = extra.get(3);
    }

    @AfterAll
    static void stop() throws Exception {
        ServiceProcess.closeAll(java.util.Arrays.asList(intake2, intake3, screening2, screening3));
    }

    @Test
    void drieReplicasDelenHetWerkEnVerliezenNochVerdubbelenIetsBijSigkillEnAfschalen() throws Exception {
        List<ServiceProcess> intakes = List.of(intake1, intake2, intake3);
        List<ServiceProcess> screenings = List.of(screening1, screening2, screening3);

        // the relay's buckets: each of the three replicas holds about a third (2 or 3 of 8)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<ServiceProcess, List<Integer>> held = bucketsPerReplica(intakes);
            assertEveryBucketHeldOnce(held);
            assertTrue(held.values().stream().allMatch(b -> b.size() >= 2 && b.size() <= 3), "fair share: " + held);
        });
        // the aanvragen partitions: two of six for each screening replica
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (ServiceProcess s : screenings) {
                assertEquals(PARTITIONS / 3, (int) s.metric("kafka_consumer_coordinator_assigned_partitions", "kafka-consumer-aanvragen"),
                        s + " holds a third of the partitions");
            }
        });
        double rebalancesBefore = screening1.metric("kafka_consumer_coordinator_rebalance_total", "kafka-consumer-aanvragen");

        // 40 in each phase: three replicas, after the SIGKILLs, after the scale-down
        int total = 120;
        Map<String, String> aanvraagPerKlant = new LinkedHashMap<>();
        List<ServiceProcess> live = new ArrayList<>(intakes);
        List<Integer> statuses = new ArrayList<>();
        List<String> bsns = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (i == total / 3) {
                intake3.kill();
                screening3.kill();
                live.remove(intake3);
            }
            if (i == 2 * total / 3) {
                screening2.close(); // SIGTERM: a scale-down from 2 to 1
            }
            ServiceProcess intake = live.get(i % live.size());
            String bsn = TestBsn.volgende();
            bsns.add(bsn);
            var filed = given().baseUri(intake.url()).auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                    .body(Map.of("bsn", bsn, "geboortedatum", "1985-02-28", "email", "schaal@example.nl",
                            "postcode", "9711AB"))
                    .post("/api/v1/aanvragen").then().extract();
            statuses.add(filed.statusCode());
            if (filed.statusCode() == 201) {
                String id = filed.path("id");
                aanvraagPerKlant.put(filed.path("klantId"), id);
                statuses.add(given().baseUri(intake.url()).auth().oauth2(Tokens.voor("kcc"))
                        .post("/api/v1/aanvragen/" + id + "/bevestiging").then().extract().statusCode());
            }
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201), "no portal call failed: " + statuses.stream()
                .filter(s -> s != 200 && s != 201).collect(Collectors.toList()));
        assertEquals(total, aanvraagPerKlant.size());

        // every klant reached screening exactly once, through the one screening replica left
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (Map.Entry<String, String> e : aanvraagPerKlant.entrySet()) {
                given().baseUri(screening1.url()).auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + e.getKey())
                        .then().statusCode(200)
                        .body("laatsteAanvraagId", equalTo(e.getValue()))
                        .body("aantalAanvragen", equalTo(1));
            }
        });

        // the killed relay's buckets were taken over by the two replicas left
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEveryBucketHeldOnce(bucketsPerReplica(List.of(intake1, intake2))));

        // on the topic: each aanvraag once, ingediend before bevestigd (order per key)
        Set<String> klanten = aanvraagPerKlant.keySet();
        List<ConsumerRecord<String, String>> records = KafkaTestClient.collect(AANVRAGEN, r -> klanten.contains(r.key()),
                2 * total, Duration.ofSeconds(60));
        Map<String, List<String>> typesPerKlant = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            for (String bsn : bsns) {
                assertFalse(r.value().contains(bsn), "no BSN on the topic: " + r.key());
            }
            String type = JsonPath.from(r.value()).getString("type");
            if (type.endsWith("aanvraag-ingediend") || type.endsWith("aanvraag-bevestigd")) {
                typesPerKlant.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(type.substring(type.lastIndexOf('.') + 1));
            }
        }
        for (String klant : klanten) {
            assertEquals(List.of("aanvraag-ingediend", "aanvraag-bevestigd"), typesPerKlant.get(klant), "klant " + klant);
        }

        // no rebalance storm on the survivor: the kill and the graceful stop, a few rounds each at most
        double rebalances = screening1.metric("kafka_consumer_coordinator_rebalance_total", "kafka-consumer-aanvragen") - rebalancesBefore;
        assertTrue(rebalances >= 1 && rebalances <= 6, "rebalances of the survivor during the stream: " + rebalances);
        assertEquals(PARTITIONS, (int) screening1.metric("kafka_consumer_coordinator_assigned_partitions", "kafka-consumer-aanvragen"));

        // the BSN never reaches a log line of any replica (the killed ones' logs are kept on disk)
        for (ServiceProcess p : List.of(intake1, intake2, intake3, screening1, screening2, screening3)) {
            String log = p.log();
            for (String bsn : bsns) {
                assertFalse(log.contains(bsn), "no BSN in a log line of " + p);
            }
        }
    }

    /** The buckets each replica's relay holds, as the replica itself reports them. */
    private static Map<ServiceProcess, List<Integer>> bucketsPerReplica(List<ServiceProcess> replicas) {
        Map<ServiceProcess, List<Integer>> held = new LinkedHashMap<>();
        for (ServiceProcess p : replicas) {
            held.put(p, outbox(p).getList("bucketsVanDitExemplaar", Integer.class));
        }
        return held;
    }

    /** Every bucket held by exactly one of these replicas. */
    private static void assertEveryBucketHeldOnce(Map<ServiceProcess, List<Integer>> held) {
        List<Integer> all = held.values().stream().flatMap(List::stream).sorted().toList();
        assertEquals(java.util.stream.IntStream.range(0, BUCKETS).boxed().toList(), all, "each bucket held once: " + held);
    }

    private static JsonPath outbox(ServiceProcess intake) {
        return given().baseUri(intake.url()).auth().oauth2(Tokens.voor("beheer")).get("/api/v1/beheer/outbox")
                .then().statusCode(200).extract().jsonPath();
    }
}
