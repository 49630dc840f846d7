package nl.werkplein.screening.klant;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.werkplein.screening.support.Buren;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class AanvraagEventsConsumerTest {

    static final String TOPIC = "werkplein.intake.aanvragen.v1";

    /** The event exactly as intake-service publishes it. */
    static String aanvraagIngediend(UUID eventId, UUID klantId, UUID aanvraagId) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.aanvraag-ingediend","time":"2026-11-23T10:15:30.000+01:00",
                 "subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","aanvraagId":"%s","leeftijd":31,"postcode4":"9731","kanaal":"WERK_NL",
                         "aanvraagdatum":"2026-11-23","startkwalificatie":true,"eenNieuwVeld":"wordt genegeerd"}}"""
                .formatted(eventId, aanvraagId, klantId, aanvraagId);
    }

    static void awaitKlant(UUID klantId, int aantalAanvragen) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId)
                        .then().statusCode(200).body("aantalAanvragen", equalTo(aantalAanvragen)));
    }

    @Test
    void eenAanvraagIngediendMaaktDeKlantBekend() {
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        KafkaTestClient.send(TOPIC, klantId.toString(), aanvraagIngediend(UUID.randomUUID(), klantId, aanvraagId));

        awaitKlant(klantId, 1);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId)
                .then().body("laatsteAanvraagId", equalTo(aanvraagId.toString())).body("postcode4", equalTo("9731"));
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).get("/api/v1/klanten/" + klantId).then().statusCode(404);
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/klanten/" + klantId).then().statusCode(200);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/klanten/" + klantId).then().statusCode(403);
    }

    @Test
    void deConsumentenAchterstandIsEenMetriek() {
        UUID klantId = UUID.randomUUID();
        KafkaTestClient.send(TOPIC, klantId.toString(), aanvraagIngediend(UUID.randomUUID(), klantId, UUID.randomUUID()));
        awaitKlant(klantId, 1);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("kafka_consumer_fetch_manager_records_lag"))
                .body(org.hamcrest.Matchers.containsString("werkplein_events_handled_total{consumer=\"screening.klant\",outcome=\"applied\"}"));
    }

    @Test
    void hetzelfdeEventTweeKeerHeeftEenEffect() {
        UUID klantId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String event = aanvraagIngediend(eventId, klantId, UUID.randomUUID());
        KafkaTestClient.send(TOPIC, klantId.toString(), event);
        KafkaTestClient.send(TOPIC, klantId.toString(), event);
        // A later, different event on the same key (same partition) is handled after the duplicate.
        UUID laatste = UUID.randomUUID();
        KafkaTestClient.send(TOPIC, klantId.toString(), aanvraagIngediend(UUID.randomUUID(), klantId, laatste));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId)
                        .then().statusCode(200).body("laatsteAanvraagId", equalTo(laatste.toString())));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId)
                .then().body("aantalAanvragen", equalTo(2));
    }

    @Inject
    jakarta.persistence.EntityManager em;

    /** Types screening does not handle are skipped before the idempotent transaction: no handled_event row. */
    @Test
    void andereOvergangenKostenGeenTransactie() {
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        UUID bevestigd = Buren.intake(klantId, "aanvraag-bevestigd", aanvraagId, null);
        UUID voorschot = Buren.intake(klantId, "voorschot-vastgelegd", aanvraagId, null);
        UUID ingediend = Buren.intake(klantId, "aanvraag-ingediend", aanvraagId, null);
        Buren.awaitHandled(em, ingediend);
        long overgeslagen = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM handled_event WHERE event_id IN (?1, ?2)").setParameter(1, bevestigd).setParameter(2, voorschot)
                .getSingleResult()).longValue());
        assertEquals(0, overgeslagen);
        awaitKlant(klantId, 1);
    }

    @Test
    void eenGifpilGaatNaarDeDeadLetterTopicEnDeStroomGaatDoor() {
        UUID klantId = UUID.randomUUID();
        String poison = "dit is geen cloudevent " + UUID.randomUUID();
        KafkaTestClient.send(TOPIC, klantId.toString(), poison);
        String zonderData = """
                {"specversion":"1.0","id":"%s","source":"urn:test","type":"nl.werkplein.intake.aanvraag-ingediend","subject":"x"}"""
                .formatted(UUID.randomUUID());
        KafkaTestClient.send(TOPIC, klantId.toString(), zonderData);
        KafkaTestClient.send(TOPIC, klantId.toString(), aanvraagIngediend(UUID.randomUUID(), klantId, UUID.randomUUID()));

        awaitKlant(klantId, 1);
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.await(TOPIC + ".dlq",
                r -> r.value().equals(poison), Duration.ofSeconds(30));
        assertEquals(1, dead.size(), "the poison message is on the dead-letter topic");
        assertEquals(klantId.toString(), dead.get(0).key());
        var reason = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertNotNull(reason, "the reason travels in a header");
        assertTrue(new String(reason.value(), StandardCharsets.UTF_8).contains("not JSON"));
        assertEquals(1, KafkaTestClient.await(TOPIC + ".dlq", r -> r.value().equals(zonderData), Duration.ofSeconds(30)).size());
    }
}
