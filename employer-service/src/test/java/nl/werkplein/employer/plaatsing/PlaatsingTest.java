package nl.werkplein.employer.plaatsing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.employer.Gebeurtenissen.aangeboden;
import static nl.werkplein.employer.Gebeurtenissen.doorgeleid;
import static nl.werkplein.employer.Gebeurtenissen.profiel;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Placements: 201 once, 200 with the same placement after, the event socialreturn credits, and the candidate leaves other shortlists. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class PlaatsingTest {

    static final String PLAATSINGEN = "werkplein.employer.plaatsingen.v1";

    static List<String> kandidaten(UUID vacatureId) {
        return given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + vacatureId + "/kandidaten")
                .then().statusCode(200).extract().jsonPath().getList("kandidaten.klantId");
    }

    static Map<String, Object> plaatsing(UUID vacatureId, UUID klantId, String uitstroom) {
        return Map.of("vacatureId", vacatureId.toString(), "klantId", klantId.toString(), "soort", "BAAN", "startdatum", "2026-04-01",
                "urenPerWeek", 24, "duurMaanden", 6, "uitstroom", uitstroom);
    }

    @Test
    void eenPlaatsingIsIdempotentPubliceertHaarEventEnHaaltDeKandidaatVanAndereLijsten() {
        String vaardigheid = "vh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        UUID ouder = UUID.randomUUID();
        UUID jong = UUID.randomUUID();
        doorgeleid(ouder, "ZELFDOENER", 52, "9711", "WWB");
        doorgeleid(jong, "ZELFDOENER", 23, "9711", "WWB");
        for (UUID k : List.of(ouder, jong)) {
            profiel(k, "[\"4110\"]", "[\"" + vaardigheid + "\"]", "MBO3", 24, "[\"97\"]", "2026-01-01");
        }
        UUID v1 = UUID.randomUUID();
        UUID v2 = UUID.randomUUID();
        aangeboden("BEMIDDELBAAR", v1, "BEMIDDELBAAR", "SOCIAL_RETURN", "SR-" + vaardigheid + "-1", "Administratief " + vaardigheid, "BAAN", "4110", "9712", 24, OffsetDateTime.now());
        aangeboden("BEMIDDELBAAR", v2, "BEMIDDELBAAR", "PARTNER", "SR-" + vaardigheid + "-2", "Administratief " + vaardigheid, "BAAN", "4110", "9712", 24, OffsetDateTime.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertTrue(kandidaten(v1).containsAll(List.of(ouder.toString(), jong.toString())));
            assertTrue(kandidaten(v2).containsAll(List.of(ouder.toString(), jong.toString())));
        });

        JsonPath eerste = given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(plaatsing(v1, ouder, "VOLLEDIG"))
                .post("/api/v1/plaatsingen").then().statusCode(201)
                .body("doelgroep", equalTo("PARTICIPATIEWET")).body("vijftigPlus", equalTo(true))
                .body("bron", equalTo("SOCIAL_RETURN")).body("pool", equalTo("BEMIDDELBAAR")).extract().jsonPath();
        String id = eerste.getString("id");
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(plaatsing(v1, ouder, "GEDEELTELIJK"))
                .post("/api/v1/plaatsingen").then().statusCode(200).body("id", equalTo(id)).body("uitstroom", equalTo("VOLLEDIG"));

        // exactly one event, exactly the fields of docs/events.md
        List<ConsumerRecord<String, String>> records = KafkaTestClient.collect(PLAATSINGEN, r -> r.key().equals(v1.toString()), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        JsonPath event = new JsonPath(records.get(0).value());
        assertEquals("nl.werkplein.employer.plaatsing-gerealiseerd", event.getString("type"));
        assertEquals(v1.toString(), event.getString("subject"));
        assertEquals(Map.ofEntries(Map.entry("plaatsingId", id), Map.entry("vacatureId", v1.toString()), Map.entry("bron", "SOCIAL_RETURN"),
                Map.entry("klantId", ouder.toString()), Map.entry("soort", "BAAN"), Map.entry("startdatum", "2026-04-01"),
                Map.entry("urenPerWeek", 24), Map.entry("duurMaanden", 6), Map.entry("uitstroom", "VOLLEDIG"),
                Map.entry("doelgroep", "PARTICIPATIEWET"), Map.entry("vijftigPlus", true)), event.getMap("data"));

        // the placed candidate leaves the other shortlist at once; the other candidate stays
        List<String> lijst = kandidaten(v2);
        assertFalse(lijst.contains(ouder.toString()));
        assertTrue(lijst.contains(jong.toString()));
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + ouder).then().body("beschikbaar", equalTo(false));

        // the young candidate is not 50-plus
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(plaatsing(v2, jong, "GEDEELTELIJK"))
                .post("/api/v1/plaatsingen").then().statusCode(201).body("vijftigPlus", equalTo(false)).body("bron", equalTo("PARTNER"));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("vacatureId", v2.toString()).get("/api/v1/plaatsingen")
                .then().statusCode(200).body("totaal", equalTo(1)).body("items[0].klantId", equalTo(jong.toString()));
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/plaatsingen/" + id).then().statusCode(200).body("klantId", equalTo(ouder.toString()));
    }

    @Test
    void alleenDeMatcherRegistreertPlaatsingen() {
        for (String rol : List.of("accountmanager", "beheer", "socialreturn", "klant")) {
            given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body(plaatsing(UUID.randomUUID(), UUID.randomUUID(), "VOLLEDIG"))
                    .post("/api/v1/plaatsingen").then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.voor("accountmanager")).get("/api/v1/plaatsingen").then().statusCode(403);
    }

    @Test
    void ongeldigeInvoerNoemtElkVeld() {
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body("{}").post("/api/v1/plaatsingen")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("vacatureId", "klantId", "soort", "startdatum", "urenPerWeek", "duurMaanden", "uitstroom"));
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON)
                .body(Map.of("vacatureId", UUID.randomUUID().toString(), "klantId", UUID.randomUUID().toString(), "soort", "BAAN",
                        "startdatum", LocalDate.of(2026, 4, 1).toString(), "urenPerWeek", 0, "duurMaanden", 200, "uitstroom", "VOLLEDIG"))
                .post("/api/v1/plaatsingen").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("urenPerWeek", "duurMaanden"));
        // unknown vacancy and unknown candidate: 400 naming both (the request is wrong, /plaatsingen exists)
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(plaatsing(UUID.randomUUID(), UUID.randomUUID(), "VOLLEDIG"))
                .post("/api/v1/plaatsingen").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("vacatureId", "klantId"));
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON)
                .body("{\"vacatureId\":\"" + UUID.randomUUID() + "\",\"klantId\":\"x\",\"soort\":\"STAGE\"}")
                .post("/api/v1/plaatsingen").then().statusCode(400).body("invalidParams.name", hasItem("klantId"));
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON)
                .body("{\"soort\":\"STAGE\"}")
                .post("/api/v1/plaatsingen").then().statusCode(400).body("invalidParams.name", hasItem("soort"));
    }
}
