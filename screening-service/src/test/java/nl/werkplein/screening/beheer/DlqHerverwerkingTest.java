package nl.werkplein.screening.beheer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.screening.support.Buren;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The platform's operations endpoints on screening-service against the real broker: an escalation for
 * a client screening does not know yet lands in the dead-letter topic, is listed with its reason, and
 * once the client exists a replay applies it exactly once; replaying again changes nothing.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class DlqHerverwerkingTest {

    static final String DLQ = Buren.TRAJECTEN + ".dlq";

    @Test
    void eenGifbericht_staatInDeDlqMetReden_enWordtNaHerstelPreciesEenKeerVerwerkt() {
        UUID klantId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        // the escalation arrives before the client's aanvraag: screening cannot apply it
        KafkaTestClient.send(Buren.TRAJECTEN, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:ecoach-service",
                 "type":"nl.werkplein.ecoach.klant-geescaleerd","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","reden":"komt afspraken niet na"}}""".formatted(eventId, klantId, klantId));

        JsonPath bericht = await().atMost(Duration.ofSeconds(30)).until(() -> zoek(eventId), b -> b != null);
        assertEquals(DLQ, bericht.getString("topic"));
        assertEquals(Buren.TRAJECTEN, bericht.getString("oorspronkelijkTopic"));
        assertEquals(klantId.toString(), bericht.getString("sleutel"));
        assertEquals("nl.werkplein.ecoach.klant-geescaleerd", bericht.getString("eventType"));
        org.hamcrest.MatcherAssert.assertThat(bericht.getString("reden"), containsString("does not know"));
        assertEquals(List.of(), bericht.getList("verwerktDoor"));
        int partitie = bericht.getInt("partitie");
        long offset = bericht.getLong("offset");

        // replaying before the cause is fixed fails the same way and changes nothing
        herverwerk(Map.of("topic", DLQ, "partitie", partitie, "offset", offset))
                .body("aantal", equalTo(1)).body("mislukt", equalTo(1)).body("berichten[0].resultaat", equalTo("MISLUKT"))
                .body("berichten[0].reden", containsString("does not know"));

        // the cause is fixed: the client's aanvraag arrives and they fill in the questionnaire
        UUID aanvraagId = UUID.randomUUID();
        Buren.intake(klantId, "aanvraag-ingediend", aanvraagId, null);
        Buren.awaitKlant(klantId, "laatsteAanvraagId", aanvraagId.toString());
        Buren.vragenlijst(klantId, 5).body("uitkomst", equalTo("ZELFDOENER"));

        herverwerk(Map.of("topic", Buren.TRAJECTEN, "partitie", partitie, "offset", offset))
                .body("topic", equalTo(DLQ)).body("aantal", equalTo(1)).body("toegepast", equalTo(1))
                .body("berichten[0].eventId", equalTo(eventId.toString())).body("berichten[0].resultaat", equalTo("TOEGEPAST"));
        Buren.indeling(klantId).body("lijn", nullValue()).body("vastgesteldDoor", equalTo("ESCALATIE"));
        int historie = Buren.indeling(klantId).extract().jsonPath().getList("historie").size();

        // once more, and then everything in the topic: the escalation is not applied again
        herverwerk(Map.of("topic", DLQ, "partitie", partitie, "offset", offset))
                .body("toegepast", equalTo(0)).body("ongewijzigd", equalTo(1)).body("berichten[0].resultaat", equalTo("ONGEWIJZIGD"));
        JsonPath alles = herverwerk(Map.of("topic", DLQ)).body("aantal", greaterThanOrEqualTo(1)).extract().jsonPath();
        assertEquals("ONGEWIJZIGD", alles.getString("berichten.find { it.eventId == '" + eventId + "' }.resultaat"));
        Buren.indeling(klantId).body("historie", hasSize(historie)).body("vastgesteldDoor", equalTo("ESCALATIE"));
        List<JsonPath> gewijzigd = Buren.events(klantId, "lijn-gewijzigd", 1);
        assertEquals(1, gewijzigd.stream().filter(e -> "ESCALATIE".equals(e.getString("data.door"))).count(),
                "one lijn-gewijzigd for the escalation, however often it is replayed: " + gewijzigd);

        // the list shows who handled it now; list and replays are in the audit log
        assertEquals(List.of("screening.escalatie"), zoek(eventId).getList("verwerktDoor"));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("size", 100).get("/api/v1/audit").then().statusCode(200)
                .body("items.resource", hasItem("dlq-berichten"))
                .body("items.reden", hasItem(containsString("herverwerking: 1 toegepast")));
    }

    @Test
    void alleenBeheerEnAlleenBekendeTopics() {
        given().get("/api/v1/beheer/dlq-berichten").then().statusCode(401).contentType("application/problem+json");
        for (String rol : List.of("consulent", "matcher", "klant")) {
            given().auth().oauth2(Tokens.voor(rol)).get("/api/v1/beheer/dlq-berichten").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body(Map.of("topic", DLQ))
                    .post("/api/v1/beheer/dlq-berichten/herverwerking").then().statusCode(403);
            given().auth().oauth2(Tokens.voor(rol)).get("/api/v1/beheer/outbox").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("topic", "werkplein.employer.plaatsingen.v1")
                .get("/api/v1/beheer/dlq-berichten").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("topic"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("offset", 3))
                .post("/api/v1/beheer/dlq-berichten/herverwerking").then().statusCode(400).body("invalidParams.name", hasItem("topic"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("topic", DLQ, "partitie", 0, "offset", 999_999))
                .post("/api/v1/beheer/dlq-berichten/herverwerking").then().statusCode(400).body("invalidParams.name", hasItem("offset"));
        // without a topic: every dead-letter topic of the service, paged
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("size", 5).get("/api/v1/beheer/dlq-berichten").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(5)).body("totaal", notNullValue())
                .body("items.topic", everyItem(org.hamcrest.Matchers.endsWith(".dlq")));
    }

    @Test
    void deOutboxToontAchterstandPositieEnHouderPerBucket() {
        // something to publish, so a position exists
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        Buren.intake(klantId, "aanvraag-ingediend", aanvraagId, null);
        Buren.awaitKlant(klantId, "laatsteAanvraagId", aanvraagId.toString());
        Buren.vragenlijst(klantId, 5);
        Buren.events(klantId, "entreevragenlijst-ingediend", 1);
        JsonPath stand = given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/beheer/outbox").then().statusCode(200)
                .body("aantalBuckets", equalTo(8)).body("buckets", hasSize(8))
                .body("relays", hasSize(1))
                .body("achterstand", greaterThanOrEqualTo(0))
                .extract().jsonPath();
        // this replica is the only relay: it holds every bucket, and its lock sessions carry its name
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), stand.getList("bucketsVanDitExemplaar"));
        assertEquals(8, stand.getList("buckets.houder").stream().filter(stand.getString("ditExemplaar")::equals).count(),
                stand.prettify());
        org.hamcrest.MatcherAssert.assertThat(stand.getList("buckets.positie"), hasItem(org.hamcrest.Matchers.matchesPattern("\\d+:\\d+")));
    }

    private static JsonPath zoek(UUID eventId) {
        JsonPath page = given().auth().oauth2(Tokens.voor("beheer")).queryParam("topic", DLQ).queryParam("size", 1000)
                .get("/api/v1/beheer/dlq-berichten").then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = page.get("items.find { it.eventId == '" + eventId + "' }");
        try {
            return item == null ? null : JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(item));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse herverwerk(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/beheer/dlq-berichten/herverwerking").then().statusCode(200);
    }
}
