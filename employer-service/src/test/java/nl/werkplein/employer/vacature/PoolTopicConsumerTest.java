package nl.werkplein.employer.vacature;

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
import static nl.werkplein.employer.Gebeurtenissen.poolTopic;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** socialreturn's pool topics through the TypedConsumer: the pool from the topic, other types free, bad data to the topic's own DLQ. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class PoolTopicConsumerTest {

    static final String TOPIC = poolTopic("BEMIDDELBAAR");

    @Inject
    EntityManager em;

    static String socialreturn(UUID id, String type, UUID vacatureId, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:socialreturn-service",
                 "type":"nl.werkplein.socialreturn.%s","subject":"%s","time":"2026-11-23T10:15:30.000+01:00",
                 "datacontenttype":"application/json","data":%s}""".formatted(id, type, vacatureId, data);
    }

    long handled(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM handled_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, PoolTopicConsumer.CONSUMER).setParameter(2, eventId).getSingleResult()).longValue());
    }

    @Test
    void eenAanbodZonderPoolIsVoorDePoolVanHetTopicEnAndereTypenKostenNiets() {
        UUID vacatureId = UUID.randomUUID();
        UUID ander = UUID.randomUUID();
        UUID aanbod = UUID.randomUUID();
        KafkaTestClient.send(TOPIC, vacatureId.toString(), socialreturn(ander, "contract-geregistreerd", vacatureId,
                "{\"vacatureId\":\"%s\"}".formatted(vacatureId)));
        KafkaTestClient.send(TOPIC, vacatureId.toString(), socialreturn(aanbod, "vacature-aangeboden", vacatureId, """
                {"vacatureId":"%s","bron":"SOCIAL_RETURN","referentie":"SR-%s","titel":"Schoonmaker","soort":"BAAN",
                 "beroepscode":"9112","postcode4":"9711","urenPerWeek":24}""".formatted(vacatureId, vacatureId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + vacatureId)
                        .then().statusCode(200).body("pool", equalTo("BEMIDDELBAAR")).body("status", equalTo("OPEN"))
                        .body("aangebodenOp", org.hamcrest.Matchers.startsWith("2026-11-23")));
        assertEquals(1, handled(aanbod));
        assertEquals(0, handled(ander), "a type this consumer does not handle leaves no handled_event row");
    }

    @Test
    void eenAanbodZonderVacatureIdGaatNaarDeDeadLetterTopicVanZijnPool() {
        UUID vacatureId = UUID.randomUUID();
        String zonderId = socialreturn(UUID.randomUUID(), "vacature-aangeboden", vacatureId,
                "{\"pool\":\"BEMIDDELBAAR\",\"titel\":\"Zonder id\"}");
        KafkaTestClient.send(TOPIC, vacatureId.toString(), zonderId);
        KafkaTestClient.send(TOPIC, vacatureId.toString(), socialreturn(UUID.randomUUID(), "vacature-aangeboden", vacatureId, """
                {"vacatureId":"%s","pool":"BEMIDDELBAAR","bron":"PARTNER","partnerId":"randstad","titel":"Heftruckchauffeur"}"""
                .formatted(vacatureId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + vacatureId)
                        .then().statusCode(200).body("bron", equalTo("PARTNER")));
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.await(TOPIC + ".dlq", r -> r.value().equals(zonderId), Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        var header = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertNotNull(header);
        String reden = new String(header.value(), StandardCharsets.UTF_8);
        assertTrue(reden.contains("lacks vacatureId"), reden);
    }
}
