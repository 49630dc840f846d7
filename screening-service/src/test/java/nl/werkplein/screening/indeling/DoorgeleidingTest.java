package nl.werkplein.screening.indeling;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domain.md 2.7: routed only once the benefit is granted (either order), at once for the caseload, never after leaving. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class DoorgeleidingTest {

    static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";

    static void intake(UUID klantId, String type, String extra) {
        KafkaTestClient.send(AANVRAGEN, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.%s","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","leeftijd":35,"postcode4":"9736"%s}}"""
                .formatted(UUID.randomUUID(), type, klantId, klantId, extra));
    }

    static void invullen(UUID klantId) {
        given().auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON)
                .body(java.util.Map.of("versie", "2026.1", "antwoorden", IndelingResourceTest.antwoorden(5)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst").then().statusCode(201);
    }

    static void awaitDoorgeleid(UUID klantId, boolean verwacht) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId + "/indeling")
                        .then().statusCode(200).body("doorgeleid", equalTo(verwacht)));
    }

    static long doorgeleidEvents(UUID klantId) {
        return KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.key().equals(klantId.toString())
                && r.value().contains("klant-doorgeleid"), 1, Duration.ofSeconds(20)).size();
    }

    static void awaitBekend(UUID klantId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId).then().statusCode(200));
    }

    @Test
    void eerstDeVragenlijstDanDeToekenning() {
        UUID klantId = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", ",\"aanvraagId\":\"" + UUID.randomUUID() + "\"");
        awaitBekend(klantId);
        invullen(klantId);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId + "/indeling")
                .then().body("lijn", equalTo("ZELFDOENER")).body("doorgeleid", equalTo(false));
        intake(klantId, "aanvraag-toegekend", "");
        awaitDoorgeleid(klantId, true);
        assertEquals(1, doorgeleidEvents(klantId));
    }

    @Test
    void eerstDeToekenningDanDeVragenlijst() {
        UUID klantId = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", ",\"aanvraagId\":\"" + UUID.randomUUID() + "\"");
        intake(klantId, "aanvraag-toegekend", "");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId)
                        .then().statusCode(200).body("uitkeringToegekend", equalTo(true)));
        invullen(klantId);
        awaitDoorgeleid(klantId, true);
        assertEquals(1, doorgeleidEvents(klantId));
    }

    @Test
    void eenBestandsklantWordtMeteenDoorgeleid() {
        UUID klantId = UUID.randomUUID();
        intake(klantId, "bestandsklant-geregistreerd", ",\"regeling\":\"WWB\"");
        awaitBekend(klantId);
        invullen(klantId);
        awaitDoorgeleid(klantId, true);
        var event = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.key().equals(klantId.toString())
                && r.value().contains("klant-doorgeleid"), 1, Duration.ofSeconds(20)).get(0).value();
        assertTrue(event.contains("\"lijn\":\"ZELFDOENER\"") && event.contains("\"bestandsklant\":true"), event);
    }

    @Test
    void wieUitstroomtWordtNooitDoorgeleid() {
        UUID klantId = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", ",\"aanvraagId\":\"" + UUID.randomUUID() + "\"");
        intake(klantId, "klant-uitgestroomd", "");
        awaitBekend(klantId);
        invullen(klantId);
        intake(klantId, "aanvraag-toegekend", "");
        // a marker on the same key, handled after the events above
        UUID aanvraag2 = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", ",\"aanvraagId\":\"" + aanvraag2 + "\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId)
                        .then().body("laatsteAanvraagId", equalTo(aanvraag2.toString())));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId + "/indeling")
                .then().body("doorgeleid", equalTo(false));
    }
}
