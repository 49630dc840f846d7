package nl.werkplein.screening.scoring;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue 18 point 6: a draft rule set over every stored answer set of a period, old line × new line, counts only. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class WatAlsTest {

    private static final String PAD = "/api/v1/regelsets/wat-als";
    /** A version of its own per run: the test proves the draft was never published by publishing it. */
    private static final String VERSIE = "t" + (System.currentTimeMillis() % 1_000_000_000L);
    private static final String VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    /** Stricter zelfdoener threshold, and all lines: low scorers become participants. */
    private static Map<String, Object> concept() {
        return new HashMap<>(Map.of("naam", "concept-streng", "versie", VERSIE, "modus", "ALLE_LIJNEN",
                "zelfdoenerDrempel", 5.0, "participatieDrempel", 2.0, "klantondersteuningWillenDrempel", 4.5));
    }

    private static Map<String, Object> verzoek(Map<String, Object> regelset) {
        Map<String, Object> body = new HashMap<>();
        body.put("regelset", regelset);
        body.put("van", VANDAAG);
        body.put("tot", VANDAAG);
        body.put("perWijk", true);
        return body;
    }

    private static JsonPath watAls() {
        return given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(verzoek(concept()))
                .post(PAD).then().statusCode(200).extract().jsonPath();
    }

    private static long cel(JsonPath t, String pad, String oud, String nieuw) {
        Object n = t.get(pad + ".cellen.find { it.oud == '" + oud + "' && it.nieuw == '" + nieuw + "' }.aantal");
        return n == null ? 0 : ((Number) n).longValue();
    }

    private static UUID klant(String postcode4) {
        UUID klantId = UUID.randomUUID();
        KafkaTestClient.send(Buren.AANVRAGEN, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.aanvraag-ingediend","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","aanvraagId":"%s","leeftijd":30,"postcode4":"%s"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), klantId, UUID.randomUUID(), postcode4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId).then().statusCode(200));
        return klantId;
    }

    @Test
    void eenConceptregelsetOverAlleAntwoordensetsVanDePeriode() {
        given().auth().oauth2(Tokens.voor("beheer")).put("/api/v1/wijken/Helpman/postcodes/9748").then().statusCode(204);
        JsonPath voor = watAls();
        // three zelfdoeners under the current rules (every dimension 4), two conversations (every dimension 2)
        for (int i = 0; i < 3; i++) {
            Buren.vragenlijst(klant("9748"), 4);
        }
        UUID laag = klant("9748");
        Buren.vragenlijst(laag, 2);
        Buren.vragenlijst(klant("9748"), 2);
        String body = given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(verzoek(concept()))
                .post(PAD).then().statusCode(200).extract().asString();
        JsonPath na = JsonPath.from(body);
        assertEquals(5, na.getLong("totaal.aantal") - voor.getLong("totaal.aantal"));
        assertEquals(3, cel(na, "totaal", "ZELFDOENER", "GESPREK_NODIG") - cel(voor, "totaal", "ZELFDOENER", "GESPREK_NODIG"));
        assertEquals(2, cel(na, "totaal", "GESPREK_NODIG", "MAATSCHAPPELIJKE_PARTICIPATIE")
                - cel(voor, "totaal", "GESPREK_NODIG", "MAATSCHAPPELIJKE_PARTICIPATIE"));
        long helpmanVoor = voor.get("perWijk.Helpman") == null ? 0 : voor.getLong("perWijk.Helpman.aantal");
        assertEquals(5, na.getLong("perWijk.Helpman.aantal") - helpmanVoor);
        assertEquals("concept-streng", na.getString("regelset.naam"));
        // counts only: no client, no answers
        assertFalse(body.contains(laag.toString()));
        assertFalse(body.contains("klantId"));
        // the draft was not published
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(concept()).post("/api/v1/regelsets").then().statusCode(201);
        // a period with nothing in it
        Map<String, Object> leeg = verzoek(concept());
        leeg.put("van", "2001-01-01");
        leeg.put("tot", "2001-01-31");
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(leeg).post(PAD).then().statusCode(200)
                .body("totaal.aantal", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void fouteInvoerEnRollen() {
        Map<String, Object> geenRegelset = verzoek(concept());
        geenRegelset.remove("regelset");
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(geenRegelset).post(PAD).then().statusCode(400)
                .body("invalidParams.name", hasItem("regelset"));
        Map<String, Object> drempel = concept();
        drempel.put("zelfdoenerDrempel", 9.0);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(verzoek(drempel)).post(PAD).then().statusCode(400)
                .body("invalidParams.name", hasItem(containsString("zelfdoenerDrempel")));
        Map<String, Object> periode = verzoek(concept());
        periode.put("van", "2026-13-01");
        periode.put("tot", null);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(periode).post(PAD).then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("van", "tot"));
        Map<String, Object> omgekeerd = verzoek(concept());
        omgekeerd.put("van", "2026-02-01");
        omgekeerd.put("tot", "2026-01-01");
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(omgekeerd).post(PAD).then().statusCode(400)
                .body("invalidParams.name", hasItem("tot"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(verzoek(concept())).post(PAD).then().statusCode(403);
        given().contentType(ContentType.JSON).body(verzoek(concept())).post(PAD).then().statusCode(401);
    }
}
