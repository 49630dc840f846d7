package nl.werkplein.intake.beeindiging;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.aanvraag.Stappen;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.TestBsn;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Points 5 and 6 of issue 13: a benefit ends, and a client who comes back is served again (domain.md 1.11). */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class BeeindigingTest {

    static final String PLAATSINGEN = "werkplein.employer.plaatsingen.v1";

    static io.restassured.response.ValidatableResponse beeindig(String token, String id, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/aanvragen/" + id + "/beeindiging").then();
    }

    static String plaatsing(String type, UUID plaatsingId, String klantId, String startdatum, String uitstroom) {
        UUID vacatureId = UUID.randomUUID();
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:employer-service",
                 "type":"%s","subject":"%s","datacontenttype":"application/json",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","bron":"WERKGEVER","klantId":"%s","soort":"BAAN","startdatum":"%s",
                         "urenPerWeek":32,"duurMaanden":12,"uitstroom":"%s","doelgroep":"PARTICIPATIEWET","vijftigPlus":false}}"""
                .formatted(UUID.randomUUID(), type, vacatureId, plaatsingId, vacatureId, klantId, startdatum, uitstroom);
    }

    @Test
    void eenConsulentBeeindigtDeUitkeringEnDeKlantKanOpnieuwAanvragenMetHetzelfdeKlantId() {
        String bsn = TestBsn.volgende();
        String id = Stappen.toegekend(Stappen.aanvraag(bsn));
        String klantId = Stappen.klantId(id);
        String ingang = given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then().extract().path("ingangsdatumUitkering");
        String datum = Stappen.vandaag().plusDays(3).toString();

        beeindig(Tokens.voor("consulent"), id, Map.of("reden", "VERHUIZING", "datum", java.time.LocalDate.parse(ingang).minusDays(1).toString()))
                .statusCode(400).contentType("application/problem+json").body("invalidParams.name", equalTo(List.of("datum")));
        beeindig(Tokens.voor("consulent"), id, Map.of("reden", "ONTSLAG")).statusCode(400)
                .body("invalidParams.name", hasItem("reden"));
        beeindig(Tokens.voor("consulent"), id, Map.of("reden", "VERHUIZING")).statusCode(400)
                .body("invalidParams.name", equalTo(List.of("datum")));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then().body("status", equalTo("TOEGEKEND"));

        beeindig(Tokens.voor("consulent"), id, Map.of("reden", "VERHUIZING", "datum", datum)).statusCode(200)
                .body("status", equalTo("BEEINDIGD"))
                .body("beeindiging.reden", equalTo("VERHUIZING"))
                .body("beeindiging.datum", equalTo(datum))
                .body("beeindiging.plaatsingId", nullValue())
                .body("besluit.uitkomst", equalTo("TOEGEKEND"));
        beeindig(Tokens.voor("rechtmatigheid"), id, Map.of("reden", "WERK", "datum", datum)).statusCode(409)
                .body("detail", containsString("BEEINDIGD"));

        List<JsonPath> events = Stappen.events(id, AanvraagEvents.BEEINDIGD, 5);
        assertEquals(1, events.size(), "one uitkering-beeindigd");
        assertEquals("VERHUIZING", events.get(0).getString("data.beeindigingReden"));
        assertEquals(datum, events.get(0).getString("data.beeindigdOp"));
        assertEquals("BEEINDIGD", events.get(0).getString("data.status"));
        assertEquals(klantId, events.get(0).getString("data.klantId"));

        // point 6: the client comes back; BEEINDIGD is not open, the klantId stays
        var tweede = given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON).body(Stappen.aanvraag(bsn))
                .post("/api/v1/aanvragen").then().statusCode(201).body("status", equalTo("INGEDIEND")).extract();
        assertEquals(klantId, tweede.path("klantId"));
        assertFalse(id.equals(tweede.path("id")), "a new aanvraagId");
        given().auth().oauth2(Tokens.voor("consulent")).queryParam("klantId", klantId).get("/api/v1/aanvragen").then()
                .body("totaal", equalTo(2)).body("items.status", hasItem("BEEINDIGD")).body("items.status", hasItem("INGEDIEND"));
    }

    @Test
    void alleenToegekendEnAlleenConsulentOfRechtmatigheid() {
        String id = Stappen.inGesprek(Stappen.aanvraag(TestBsn.volgende()));
        beeindig(Tokens.voor("consulent"), id, Map.of("reden", "WERK", "datum", Stappen.vandaag().toString())).statusCode(409)
                .body("detail", containsString("GESPREK_GEPLAND"));
        for (String rol : new String[]{"kcc", "portaal", "beheer", "matcher"}) {
            beeindig(Tokens.voor(rol), id, Map.of("reden", "WERK", "datum", Stappen.vandaag().toString())).statusCode(403);
        }
        beeindig(Tokens.klant(UUID.fromString(Stappen.klantId(id))), id, Map.of("reden", "WERK", "datum", Stappen.vandaag().toString()))
                .statusCode(403);
        beeindig(Tokens.voor("consulent"), UUID.randomUUID().toString(), Map.of("reden", "WERK", "datum", Stappen.vandaag().toString()))
                .statusCode(404);
    }

    @Test
    void eenPlaatsingMetVolledigeUitstroomBeeindigtDeToegekendeUitkeringEenKeer() {
        String id = Stappen.toegekend(Stappen.aanvraag(TestBsn.volgende()));
        String klantId = Stappen.klantId(id);
        UUID plaatsingId = UUID.randomUUID();
        String start = Stappen.vandaag().plusDays(7).toString();
        // partial outflow first: the benefit goes on
        KafkaTestClient.send(PLAATSINGEN, UUID.randomUUID().toString(),
                plaatsing("nl.werkplein.employer.plaatsing-gerealiseerd", UUID.randomUUID(), klantId, start, "GEDEELTELIJK"));
        String volledig = plaatsing("nl.werkplein.employer.plaatsing-gerealiseerd", plaatsingId, klantId, start, "VOLLEDIG");
        KafkaTestClient.send(PLAATSINGEN, UUID.randomUUID().toString(), volledig);
        KafkaTestClient.send(PLAATSINGEN, UUID.randomUUID().toString(), volledig); // redelivered: no second effect

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then()
                        .body("status", equalTo("BEEINDIGD"))
                        .body("beeindiging.reden", equalTo("WERK"))
                        .body("beeindiging.datum", equalTo(start))
                        .body("beeindiging.plaatsingId", equalTo(plaatsingId.toString()))
                        .body("beeindiging.vastgelegdOp", notNullValue()));
        List<JsonPath> events = Stappen.events(id, AanvraagEvents.BEEINDIGD, 5);
        assertEquals(1, events.size(), "ended once");
        assertEquals(plaatsingId.toString(), events.get(0).getString("data.plaatsingId"));
        assertEquals(start, events.get(0).getString("data.beeindigdOp"));
        assertEquals("WERK", events.get(0).getString("data.beeindigingReden"));
    }

    @Test
    void eenPlaatsingVanEenKlantZonderToegekendeUitkeringVeranderdNietsEnIsGeenDeadLetter() {
        String id = Stappen.inGesprek(Stappen.aanvraag(TestBsn.volgende()));
        String klantId = Stappen.klantId(id);
        String onbekend = UUID.randomUUID().toString();
        String sleutel = UUID.randomUUID().toString();
        KafkaTestClient.send(PLAATSINGEN, sleutel,
                plaatsing("nl.werkplein.employer.plaatsing-gerealiseerd", UUID.randomUUID(), klantId, Stappen.vandaag().toString(), "VOLLEDIG"));
        KafkaTestClient.send(PLAATSINGEN, sleutel,
                plaatsing("nl.werkplein.employer.plaatsing-gerealiseerd", UUID.randomUUID(), onbekend, Stappen.vandaag().toString(), "VOLLEDIG"));
        KafkaTestClient.send(PLAATSINGEN, sleutel,
                plaatsing("nl.werkplein.employer.plaatsing-beeindigd", UUID.randomUUID(), klantId, Stappen.vandaag().toString(), "VOLLEDIG"));
        // a broken one on the same key (partition) after them: once it is in the DLQ, the others were handled
        String kapot = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"x\",\"type\":\"nl.werkplein.employer.plaatsing-gerealiseerd\","
                + "\"data\":{\"uitstroom\":\"VOLLEDIG\",\"klantId\":\"" + klantId + "\"}}";
        KafkaTestClient.send(PLAATSINGEN, sleutel, kapot);
        var dlq = KafkaTestClient.collect(PLAATSINGEN + ".dlq", r -> r.key().equals(sleutel), 1, Duration.ofSeconds(45));
        assertEquals(1, dlq.size(), "only the record without plaatsingId and startdatum is a dead letter: " + dlq);
        assertTrue(dlq.get(0).value().contains("\"klantId\":\"" + klantId + "\"") && !dlq.get(0).value().contains("plaatsingId"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then()
                .body("status", equalTo("GESPREK_GEPLAND")).body("beeindiging", nullValue());
    }
}
