package nl.werkplein.endtoend;

import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * issue 14, the consumer test of {@link ScaleOutTest} for the services that start from screening's
 * routing: ecoach-service and employer-service at three replicas each read {@code klant-doorgeleid}
 * as screening publishes it; one replica of each is SIGKILLed mid-stream and every client still gets
 * exactly one effect in each service (one trajectory at ecoach, one candidate in a pool at employer),
 * counted through the API, and the two survivors of each hold all partitions within twice the
 * consumer session timeout (10 s). Both services read the same stream, so their four extra replicas
 * start together and one stream serves both (beheer reads the trajectories: an e-coach sees only
 * their own clients).
 */
class ConsumentReplicasTest {

    static final String INDELINGEN = "werkplein.screening.indelingen.v1";
    static final int PARTITIONS = 6;

    @Test
    void drieReplicasVerwerkenElkeDoorgeleidingPreciesEenKeerOokAlsErEenSterft() throws Exception {
        Suite suite = Suite.get();
        List<ServiceProcess> extra = suite.extra(List.of("ecoach-service", "ecoach-service", "employer-service", "employer-service"));
        try {
            List<ServiceProcess> ecoach = List.of(suite.ecoach, extra.get(0), extra.get(1));
            List<ServiceProcess> employer = List.of(suite.employer, extra.get(2), extra.get(3));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (ServiceProcess p : concat(ecoach, employer)) {
                    assertEquals(PARTITIONS / 3, (int) p.metric("kafka_consumer_coordinator_assigned_partitions", "kafka-consumer-indelingen"),
                            p + " holds a third of the partitions");
                }
            });
            int total = 120;
            List<UUID> klanten = new ArrayList<>();
            long gedood = 0;
            for (int i = 0; i < total; i++) {
                if (i == total / 3) {
                    ecoach.get(2).kill();
                    employer.get(2).kill();
                    gedood = System.nanoTime();
                }
                UUID klantId = UUID.randomUUID();
                klanten.add(klantId);
                KafkaTestClient.send(INDELINGEN, klantId.toString(), """
                        {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:screening-service",
                         "type":"nl.werkplein.screening.klant-doorgeleid","subject":"%s","time":"%s","datacontenttype":"application/json",
                         "data":{"klantId":"%s","lijn":"ZELFDOENER","leeftijd":35,"postcode4":"9736","regeling":"WWB",
                                 "bestandsklant":false,"aanvraagId":"%s"}}"""
                        .formatted(UUID.randomUUID(), klantId, OffsetDateTime.now(ZoneOffset.UTC), klantId, UUID.randomUUID()));
            }
            // the session timeout (10 s) to notice the dead member, then one rebalance
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ServiceProcess p : concat(ecoach.subList(0, 2), employer.subList(0, 2))) {
                    assertEquals(PARTITIONS / 2, (int) p.metric("kafka_consumer_coordinator_assigned_partitions", "kafka-consumer-indelingen"),
                            p + " holds half of the partitions after the kill");
                }
            });
            System.out.printf("ecoach and employer: partitions held again %.1f s after the SIGKILL%n", (System.nanoTime() - gedood) / 1e9);
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                for (UUID klantId : klanten) {
                    given().baseUri(suite.ecoach.url()).auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId + "/historie")
                            .then().statusCode(200).body("$", hasSize(1));
                    given().baseUri(suite.employer.url()).auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + klantId)
                            .then().statusCode(200).body("klantId", equalTo(klantId.toString())).body("pool", notNullValue());
                }
            });
        } finally {
            ServiceProcess.closeAll(extra);
        }
    }

    private static List<ServiceProcess> concat(List<ServiceProcess> a, List<ServiceProcess> b) {
        List<ServiceProcess> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
