package nl.werkplein.employer.kandidaat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.employer.Gebeurtenissen.INDELINGEN;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The candidate projection as a TypedConsumer: other types cost nothing, invalid data goes to the DLQ with its reason. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class KlantEventsConsumerTest {

    @Inject
    EntityManager em;

    static String screening(UUID id, String type, UUID klantId, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:screening-service",
                 "type":"nl.werkplein.screening.%s","subject":"%s","time":"2026-11-23T10:15:30.000+01:00",
                 "datacontenttype":"application/json","data":%s}""".formatted(id, type, klantId, data);
    }

    static String doorgeleid(UUID id, UUID klantId) {
        return screening(id, "klant-doorgeleid", klantId, """
                {"klantId":"%s","lijn":"ZELFDOENER","leeftijd":33,"postcode4":"9711","regeling":"WWB","bestandsklant":false}"""
                .formatted(klantId));
    }

    long handled(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM handled_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, KandidaatProjectie.CONSUMER).setParameter(2, eventId).getSingleResult()).longValue());
    }

    static void awaitKandidaat(UUID klantId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + klantId)
                        .then().statusCode(200).body("lijn", equalTo("ZELFDOENER")));
    }

    @Test
    void andereTypenKostenGeenTransactie() {
        UUID klantId = UUID.randomUUID();
        UUID ingevuld = UUID.randomUUID();
        UUID doorgeleid = UUID.randomUUID();
        // same key, same partition: once the second is applied, the first has been seen
        KafkaTestClient.send(INDELINGEN, klantId.toString(), screening(ingevuld, "entreevragenlijst-ingevuld", klantId,
                "{\"klantId\":\"%s\"}".formatted(klantId)));
        KafkaTestClient.send(INDELINGEN, klantId.toString(), doorgeleid(doorgeleid, klantId));
        awaitKandidaat(klantId);
        assertEquals(1, handled(doorgeleid));
        assertEquals(0, handled(ingevuld), "a type the projection does not handle leaves no handled_event row");
    }

    @Test
    void eenGebeurtenisZonderKlantIdOfIndicatieGaatMetDeRedenNaarDeDeadLetterTopic() {
        UUID klantId = UUID.randomUUID();
        String zonderKlant = screening(UUID.randomUUID(), "klant-doorgeleid", klantId, "{\"lijn\":\"ZELFDOENER\",\"regeling\":\"WWB\"}");
        String zonderIndicatie = screening(UUID.randomUUID(), "doelgroepregister-vastgelegd", klantId,
                "{\"klantId\":\"%s\",\"datum\":\"2026-02-15\"}".formatted(klantId));
        KafkaTestClient.send(INDELINGEN, klantId.toString(), zonderKlant);
        KafkaTestClient.send(INDELINGEN, klantId.toString(), zonderIndicatie);
        KafkaTestClient.send(INDELINGEN, klantId.toString(), doorgeleid(UUID.randomUUID(), klantId));

        awaitKandidaat(klantId); // the stream goes on
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + klantId)
                .then().statusCode(200).body("doelgroepregister", org.hamcrest.Matchers.nullValue());
        assertEquals("klantId", reden(zonderKlant));
        assertEquals("indicatie", reden(zonderIndicatie));
    }

    /** The field the dead-letter reason names ("... lacks klantId"). */
    static String reden(String value) {
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.await(INDELINGEN + ".dlq", r -> r.value().equals(value), Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        var header = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertNotNull(header, "the reason travels in a header");
        String reden = new String(header.value(), StandardCharsets.UTF_8);
        assertTrue(reden.contains(" lacks "), reden);
        return reden.substring(reden.indexOf(" lacks ") + " lacks ".length()).trim();
    }
}
