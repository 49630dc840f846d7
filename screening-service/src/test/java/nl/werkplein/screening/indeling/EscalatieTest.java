package nl.werkplein.screening.indeling;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import nl.werkplein.screening.support.Buren;
import org.junit.jupiter.api.Test;

import java.util.List;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A line change driven by another service's event: the e-coach escalates a zelfdoener. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class EscalatieTest {

    @Test
    void eenEscalatieVanDeEcoachVraagtEenNieuwGesprek() {
        UUID klantId = IndelingResourceTest.bekendeKlant();
        given().auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", IndelingResourceTest.antwoorden(5)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst").then().statusCode(201);
        KafkaTestClient.send("werkplein.ecoach.trajecten.v1", klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:ecoach-service",
                 "type":"nl.werkplein.ecoach.klant-geescaleerd","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","reden":"komt afspraken niet na"}}""".formatted(UUID.randomUUID(), klantId, klantId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId + "/indeling").then()
                        .body("lijn", nullValue())
                        .body("historie[-1].reden", containsString("e-coach"))
                        .body("historie[-1].door", containsString("ecoach-service")));
        var gewijzigd = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.key().equals(klantId.toString())
                && r.value().contains("lijn-gewijzigd"), 1, Duration.ofSeconds(20));
        assertEquals(1, gewijzigd.size());
        assertTrue(gewijzigd.get(0).value().contains("\"door\":\"ESCALATIE\""), gewijzigd.get(0).value());
        // then the consulent decides again, face to face
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("lijn", "KLANTONDERSTEUNING", "reden", "meer begeleiding nodig"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200).body("lijn", equalTo("KLANTONDERSTEUNING"));
    }

    /** Issue 13 point 2: after routing, the consulent's new decision reaches every service as lijn-gewijzigd. */
    @Test
    void naEenEscalatieBesluitDeConsulentEnDatBereiktElkeDienst() {
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        Buren.intake(klantId, "aanvraag-ingediend", aanvraagId, null);
        Buren.awaitKlant(klantId, "laatsteAanvraagId", aanvraagId.toString());
        Buren.vragenlijst(klantId, 5).body("uitkomst", equalTo("ZELFDOENER"));
        Buren.intake(klantId, "aanvraag-toegekend", aanvraagId, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Buren.indeling(klantId).body("doorgeleid", equalTo(true)));

        Buren.escalatie(klantId, "zoekt niet actief");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Buren.indeling(klantId)
                .body("lijn", nullValue()).body("vastgesteldDoor", equalTo("ESCALATIE")));
        JsonPath escalatie = Buren.events(klantId, "lijn-gewijzigd", 1).get(0);
        assertEquals("ESCALATIE", escalatie.getString("data.door"));
        assertEquals("ZELFDOENER", escalatie.getString("data.vorigeLijn"));
        assertNull(escalatie.get("data.lijn"));
        assertTrue(escalatie.getString("data.reden").contains("zoekt niet actief"));

        // while a person is to decide, a questionnaire does not put the client back
        Buren.vragenlijst(klantId, 5);
        Buren.indeling(klantId).body("lijn", nullValue());

        Buren.beslis(klantId, "KLANTONDERSTEUNING", "meer begeleiding nodig").statusCode(200)
                .body("lijn", equalTo("KLANTONDERSTEUNING")).body("vastgesteldDoor", equalTo("CONSULENT"));
        List<JsonPath> gewijzigd = Buren.events(klantId, "lijn-gewijzigd", 2);
        assertEquals(2, gewijzigd.size(), gewijzigd.toString());
        assertEquals("CONSULENT", gewijzigd.get(1).getString("data.door"));
        assertEquals("KLANTONDERSTEUNING", gewijzigd.get(1).getString("data.lijn"));
        assertEquals("meer begeleiding nodig", gewijzigd.get(1).getString("data.reden"));
        assertEquals(1, Buren.events(klantId, "indeling-vastgesteld", 1).size(), "the decision after routing is no indeling-vastgesteld");

        // and the person's line stands
        Buren.vragenlijst(klantId, 5);
        Buren.indeling(klantId).body("lijn", equalTo("KLANTONDERSTEUNING"));
        List<JsonPath> ingediend = Buren.events(klantId, "entreevragenlijst-ingediend", 3);
        assertEquals(List.of(true, false, false), ingediend.stream().map(e -> e.getBoolean("data.lijnGewijzigd")).toList());
        assertEquals(2, Buren.events(klantId, "lijn-gewijzigd", 2).size());
    }
}
