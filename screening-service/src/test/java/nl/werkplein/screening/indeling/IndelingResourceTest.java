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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class IndelingResourceTest {

    static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";

    static UUID bekendeKlant() {
        UUID klantId = UUID.randomUUID();
        KafkaTestClient.send(AANVRAGEN, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.aanvraag-ingediend","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","aanvraagId":"%s","leeftijd":40,"postcode4":"9731"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), klantId, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId).then().statusCode(200));
        return klantId;
    }

    static Map<String, Object> antwoorden(int schaal) {
        Map<String, Object> a = new HashMap<>();
        for (String d : List.of("K", "W", "C")) {
            for (int i = 1; i <= 4; i++) {
                a.put(d + i, schaal);
            }
        }
        a.put("B1", false);
        a.put("B4", "GOED");
        return a;
    }

    @Test
    void deHuidigeVragenlijstHeeftVierVragenPerDimensieEnBelemmeringen() {
        given().auth().oauth2(Tokens.voor("klant", UUID.randomUUID())).get("/api/v1/vragenlijsten/entree").then().statusCode(200)
                .body("versie", equalTo("2026.1"))
                .body("vragen.findAll { it.dimensie == 'KUNNEN' }", hasSize(4))
                .body("vragen.findAll { it.dimensie == 'WILLEN' }", hasSize(4))
                .body("vragen.findAll { it.dimensie == 'CONTACTEN' }", hasSize(4))
                .body("vragen.type", hasItem("JA_NEE")).body("vragen.type", hasItem("KEUZE"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/vragenlijsten/aanvullend").then().statusCode(200)
                .body("vragen.find { it.id == 'A1' }.opties", hasItem("BESCHUT_WERK"));
        given().get("/api/v1/vragenlijsten/entree").then().statusCode(401);
    }

    @Test
    void beheerPubliceertEenNieuweVersieDieDeHuidigeWordtEnNietVerandert() {
        String versie = "2099." + (System.nanoTime() % 100000);
        var vragen = List.of(
                Map.of("id", "A1", "tekst", "Wat zou u het liefst doen?", "type", "KEUZE",
                        "opties", List.of("DAGBESTEDING", "VRIJWILLIGERSWERK", "BESCHUT_WERK", "ANDERS")),
                Map.of("id", "A2", "tekst", "Hoeveel kunt u?", "type", "SCHAAL", "dimensie", "KUNNEN"),
                Map.of("id", "A3", "tekst", "Ik wil betaald werk.", "type", "SCHAAL", "dimensie", "WILLEN"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("versie", versie, "vragen", vragen))
                .post("/api/v1/vragenlijsten/aanvullend/versies").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(Map.of("versie", versie, "vragen", List.of(Map.of("id", "K1", "tekst", "x", "type", "SCHAAL"),
                        Map.of("id", "K1", "tekst", "", "type", "KEUZE"))))
                .post("/api/v1/vragenlijsten/aanvullend/versies").then().statusCode(400)
                .body("invalidParams.name", hasItem("vragen[0].dimensie")).body("invalidParams.name", hasItem("vragen[1].id"))
                .body("invalidParams.name", hasItem("vragen[1].tekst")).body("invalidParams.name", hasItem("vragen[1].opties"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("versie", versie, "vragen", vragen))
                .post("/api/v1/vragenlijsten/aanvullend/versies").then().statusCode(201);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("versie", versie, "vragen", vragen))
                .post("/api/v1/vragenlijsten/aanvullend/versies").then().statusCode(409);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/vragenlijsten/aanvullend").then()
                .body("versie", equalTo(versie)).body("vragen", hasSize(3)).body("vragen[0].opties", hasItem("BESCHUT_WERK"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/vragenlijsten/entree").then().body("versie", equalTo("2026.1"));
    }

    @Test
    void eenZelfdoenerWordtIngedeeldEnHetEventGaatNaarIntake() {
        UUID klantId = bekendeKlant();
        given().auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", antwoorden(4)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst")
                .then().statusCode(201)
                .body("uitkomst", equalTo("ZELFDOENER"))
                .body("scores.KUNNEN", equalTo(4.0f)).body("scores.WILLEN", equalTo(4.0f)).body("scores.CONTACTEN", equalTo(4.0f))
                .body("regelset.naam", equalTo("entreevragenlijst-beleid-2014")).body("regelset.versie", equalTo("1"))
                .body("toelichting", containsString("ZELFDOENER"));
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200)
                .body("lijn", equalTo("ZELFDOENER")).body("doorgeleid", equalTo(false))
                .body("historie[0].uitkomst", equalTo("ZELFDOENER")).body("historie[0].regelset.naam", equalTo("entreevragenlijst-beleid-2014"));
        var events = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.key().equals(klantId.toString()), 2, Duration.ofSeconds(30));
        assertEquals(List.of("nl.werkplein.screening.entreevragenlijst-ingediend", "nl.werkplein.screening.indeling-vastgesteld"),
                events.stream().map(e -> io.restassured.path.json.JsonPath.from(e.value()).getString("type")).toList());
        var vastgesteld = io.restassured.path.json.JsonPath.from(events.get(1).value());
        assertEquals("REGELS", vastgesteld.getString("data.door"));
        assertEquals("ZELFDOENER", vastgesteld.getString("data.lijn"));
        assertEquals(true, io.restassured.path.json.JsonPath.from(events.get(0).value()).getBoolean("data.lijnGewijzigd"));
    }

    @Test
    void gesprekNodigEnDanBepaaltDeConsulentDeLijn() {
        UUID klantId = bekendeKlant();
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", antwoorden(2)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst")
                .then().statusCode(201).body("uitkomst", equalTo("GESPREK_NODIG"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId + "/indeling").then()
                .body("lijn", nullValue());
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("lijn", "KLANTONDERSTEUNING"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(400).body("invalidParams.name", hasItem("reden"));
        given().auth().oauth2(Tokens.voor("klantondersteuner")).contentType(ContentType.JSON)
                .body(Map.of("lijn", "KLANTONDERSTEUNING", "reden", "x"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("consulent", "consulent-12")).contentType(ContentType.JSON)
                .body(Map.of("lijn", "KLANTONDERSTEUNING", "reden", "kan werken met begeleiding; schulden eerst regelen"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200)
                .body("lijn", equalTo("KLANTONDERSTEUNING"))
                .body("historie", hasSize(2))
                .body("historie[1].door", equalTo("consulent-12"))
                .body("historie[1].reden", containsString("begeleiding"));
    }

    @Test
    void foutieveAntwoordenNoemenElkeVraagEnVreemdeKlantenBestaanNiet() {
        UUID klantId = bekendeKlant();
        Map<String, Object> a = antwoorden(3);
        a.remove("K2");
        a.put("W1", 0);
        a.put("B4", "VLOEIEND");
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("versie", "2026.1", "antwoorden", a))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("antwoorden.K2")).body("invalidParams.name", hasItem("antwoorden.W1"))
                .body("invalidParams.name", hasItem("antwoorden.B4"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("versie", "2013.9", "antwoorden", antwoorden(3)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst")
                .then().statusCode(400).body("invalidParams.name", hasItem("versie"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("versie", "2026.1"))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst")
                .then().statusCode(400).body("invalidParams.name", hasItem("antwoorden"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("versie", "2026.1", "antwoorden", antwoorden(3)))
                .post("/api/v1/klanten/" + UUID.randomUUID() + "/entreevragenlijst")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).get("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(404);
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", antwoorden(3)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst").then().statusCode(404);
        // submitting again makes a new decision in the history
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("versie", "2026.1", "antwoorden", antwoorden(5)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst").then().statusCode(201);
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("versie", "2026.1", "antwoorden", antwoorden(1)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst").then().statusCode(201);
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/klanten/" + klantId + "/indeling").then()
                .body("historie.size()", greaterThanOrEqualTo(2)).body("lijn", nullValue());
    }
}
