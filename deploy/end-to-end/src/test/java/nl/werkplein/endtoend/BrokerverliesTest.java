package nl.werkplein.endtoend;

import io.restassured.http.ContentType;
import nl.werkplein.testsupport.KafkaCluster;
import nl.werkplein.testsupport.MailServer;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * issue 14: a Kafka cluster of three nodes (replication factor 3, min.insync.replicas 2, as in
 * production) loses a broker to SIGKILL while a stream of aanvragen is filed and confirmed, gets it
 * back, and then loses the broker that leads the most partitions. Every aanvraag reaches screening
 * exactly once, every activeringsmail arrives exactly once, and no portal call answers 5xx.
 */
class BrokerverliesTest {

    static final List<String> TOPICS = List.of("werkplein.intake.aanvragen.v1", "werkplein.screening.indelingen.v1");

    static KafkaCluster kafka;
    static ServiceProcess intake;
    static ServiceProcess screening;

    @BeforeAll
    static void start() throws Exception {
        Path work = Path.of(System.getProperty("werkplein-test.work", "target/test-infra")).toAbsolutePath().resolve("kafka-3");
        kafka = new KafkaCluster(work, 3).start();
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        Map<String, String> intakeEnv = new java.util.HashMap<>(env);
        intakeEnv.put("WERKPLEIN_INTAKE_BSN_SLEUTEL", Klantreis.randomKey());
        intakeEnv.put("WERKPLEIN_INTAKE_BSN_HMAC_SLEUTEL", Klantreis.randomKey());
        intakeEnv.put("WERKPLEIN_INTAKE_MAIL_INTERVAL", "1s");
        // a failed SMTP session (see MailServer) is retried after 1 s, not the production 5 s: the sender
        // sends one mail at a time, so each wait held up the mails behind it
        intakeEnv.put("WERKPLEIN_INTAKE_MAIL_EERSTE_WACHT", "1s");
        intakeEnv.put("WERKPLEIN_API_RATE_LIMITS_LIMITS_AANVRAAG_REQUESTS", "100000");
        intake = ServiceProcess.start("intake-service", "e2e_bv_intake", intakeEnv);
        screening = ServiceProcess.start("screening-service", "e2e_bv_screening", env);
        intake.awaitReady(Duration.ofSeconds(180));
        screening.awaitReady(Duration.ofSeconds(180));
        kafka.awaitInSync(TOPICS, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        // their own databases and cluster: nothing after this test needs a graceful hand-over
        for (ServiceProcess p : new ServiceProcess[] {intake, screening}) {
            if (p != null) {
                p.kill();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void eenBrokerSterftEnKomtTerugZonderVerliesDubbelingOf5xx() throws Exception {
        // 60 aanvragen in each of the five phases: before, one broker down, back, the busiest leader down, back
        int total = 300;
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> aanvraagPerKlant = new LinkedHashMap<>();
        List<String> emails = new ArrayList<>();
        List<Integer> fouten = new ArrayList<>();
        int gedood = 0;
        for (int i = 0; i < total; i++) {
            if (i == 60) {
                gedood = 2;
                kafka.kill(gedood);
            } else if (i == 120) {
                kafka.restart(gedood);
                kafka.awaitInSync(TOPICS, Duration.ofSeconds(60));
            } else if (i == 180) {
                gedood = kafka.leaderOfMost(TOPICS);
                kafka.kill(gedood);
            } else if (i == 240) {
                kafka.restart(gedood);
            }
            String email = "broker-" + run + "-" + i + "@example.nl";
            var filed = given().baseUri(intake.url()).auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                    .body(Map.of("bsn", TestBsn.volgende(), "geboortedatum", "1979-07-07", "email", email, "postcode", "9712CP"))
                    .post("/api/v1/aanvragen").then().extract();
            if (filed.statusCode() != 201) {
                fouten.add(filed.statusCode());
                continue;
            }
            String id = filed.path("id");
            int bevestigd = given().baseUri(intake.url()).auth().oauth2(Tokens.voor("kcc"))
                    .post("/api/v1/aanvragen/" + id + "/bevestiging").then().extract().statusCode();
            if (bevestigd != 200) {
                fouten.add(bevestigd);
            }
            aanvraagPerKlant.put(filed.path("klantId"), id);
            emails.add(email);
        }
        assertEquals(List.of(), fouten, "no portal call failed while a broker was lost");
        assertEquals(total, aanvraagPerKlant.size());

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (Map.Entry<String, String> e : aanvraagPerKlant.entrySet()) {
                given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + e.getKey())
                        .then().statusCode(200)
                        .body("laatsteAanvraagId", equalTo(e.getValue()))
                        .body("aantalAanvragen", equalTo(1));
            }
        });
        MailServer smtp = MailServer.get();
        // generous: an SMTP session to the in-JVM mail server now and then stalls 30 s before its retry
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String email : emails) {
                assertTrue(!smtp.ontvangenDoor(email).isEmpty(), "an activeringsmail for " + email);
            }
        });
        // a few more rounds of the sender change nothing
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String email : emails) {
                assertEquals(1, smtp.ontvangenDoor(email).size(), "exactly one activeringsmail for " + email);
            }
        });
    }
}
