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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.employer.Gebeurtenissen.aangeboden;
import static nl.werkplein.employer.Gebeurtenissen.doorgeleid;
import static nl.werkplein.employer.Gebeurtenissen.nu;
import static nl.werkplein.employer.Gebeurtenissen.profiel;
import static nl.werkplein.employer.Gebeurtenissen.uitkeringBeeindigd;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 point 7: at most one running placement per candidate, the end of a placement (and what it
 * does to the candidate), and the soort a Social Return or partner place is credited as.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class PlaatsingEindeTest {

    static final String PLAATSINGEN = "werkplein.employer.plaatsingen.v1";

    static String uniek() {
        return "vh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static List<String> kandidaten(UUID vacatureId) {
        return given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + vacatureId + "/kandidaten")
                .then().statusCode(200).extract().jsonPath().getList("kandidaten.klantId");
    }

    static Map<String, Object> plaatsing(UUID vacatureId, UUID klantId, String soort, String uitstroom) {
        return Map.of("vacatureId", vacatureId.toString(), "klantId", klantId.toString(), "soort", soort, "startdatum", "2026-04-01",
                "urenPerWeek", 24, "duurMaanden", 6, "uitstroom", uitstroom);
    }

    static io.restassured.response.ValidatableResponse plaats(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(body).post("/api/v1/plaatsingen").then();
    }

    static io.restassured.response.ValidatableResponse beeindig(String rol, Object id, String body) {
        return given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plaatsingen/" + id + "/beeindiging").then();
    }

    /** A routed zelfdoener with a profile, and n fitting BEMIDDELBAAR vacancies (SOCIAL_RETURN, then PARTNER), on every shortlist. */
    static UUID[] klaar(UUID klantId, int n) {
        String vaardigheid = uniek();
        doorgeleid(klantId, UUID.randomUUID(), "ZELFDOENER", 30, "9711", "WWB", nu());
        profiel(klantId, "[\"4110\"]", "[\"" + vaardigheid + "\"]", "MBO3", 24, "[\"97\"]", "2026-01-01");
        UUID[] v = new UUID[n];
        for (int i = 0; i < n; i++) {
            v[i] = UUID.randomUUID();
            aangeboden("BEMIDDELBAAR", v[i], "BEMIDDELBAAR", i == 0 ? "SOCIAL_RETURN" : "PARTNER", "PE-" + vaardigheid + "-" + i,
                    "Administratief " + vaardigheid, "BAAN", "4110", "9712", 24, OffsetDateTime.now());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (UUID vacature : v) {
                assertTrue(kandidaten(vacature).contains(klantId.toString()));
            }
        });
        return v;
    }

    @Test
    void eenKandidaatHeeftHoogstensEenLopendePlaatsingEnKomtNaHetEindeTerug() {
        UUID k = UUID.randomUUID();
        UUID[] v = klaar(k, 2);
        String id = plaats(plaatsing(v[0], k, "BAAN", "GEDEELTELIJK")).statusCode(201).body("lopend", equalTo(true)).extract().path("id");
        // another vacancy while this one runs: 409 naming the running placement; the same pair again: 200, the same one
        plaats(plaatsing(v[1], k, "BAAN", "GEDEELTELIJK")).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(id));
        plaats(plaatsing(v[0], k, "BAAN", "GEDEELTELIJK")).statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then()
                .body("geplaatst", equalTo(true)).body("beschikbaar", equalTo(false)).body("pool", equalTo("BEMIDDELBAAR"))
                .body("lopendePlaatsingId", equalTo(id)).body("nietBeschikbaarReden", equalTo("lopende plaatsing"));
        assertFalse(kandidaten(v[1]).contains(k.toString()));

        // the end: matcher only, every field checked, the state last
        for (String rol : List.of("accountmanager", "beheer", "socialreturn", "klant")) {
            beeindig(rol, id, "{\"einddatum\":\"2026-05-15\",\"reden\":\"AFGEROND\"}").statusCode(403);
        }
        beeindig("matcher", id, "{}").statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("einddatum", "reden"));
        beeindig("matcher", id, "{\"einddatum\":\"2026-03-31\",\"reden\":\"AFGEBROKEN_WERKGEVER\"}").statusCode(400)
                .body("invalidParams.name", equalTo(List.of("einddatum")))
                .body("invalidParams[0].reason", containsString("2026-04-01"));
        beeindig("matcher", id, "{\"einddatum\":\"2026-05-15\",\"reden\":\"ONTSLAG\"}").statusCode(400)
                .body("invalidParams.name", hasItem("reden"));
        beeindig("matcher", UUID.randomUUID(), "{\"einddatum\":\"2026-05-15\",\"reden\":\"AFGEROND\"}").statusCode(404);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/plaatsingen/" + id).then().body("lopend", equalTo(true));

        beeindig("matcher", id, "{\"einddatum\":\"2026-05-15\",\"reden\":\"AFGEBROKEN_WERKGEVER\"}").statusCode(200)
                .body("lopend", equalTo(false)).body("einddatum", equalTo("2026-05-15")).body("eindreden", equalTo("AFGEBROKEN_WERKGEVER"));
        beeindig("matcher", id, "{\"einddatum\":\"2026-06-15\",\"reden\":\"AFGEROND\"}").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("al beëindigd"));
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/plaatsingen/" + id).then()
                .body("einddatum", equalTo("2026-05-15")).body("eindreden", equalTo("AFGEBROKEN_WERKGEVER"));

        // exactly one plaatsing-beeindigd, exactly the fields of docs/events.md
        List<ConsumerRecord<String, String>> records = KafkaTestClient.collect(PLAATSINGEN,
                r -> r.key().equals(v[0].toString()) && r.value().contains("plaatsing-beeindigd"), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        JsonPath event = new JsonPath(records.get(0).value());
        assertEquals("nl.werkplein.employer.plaatsing-beeindigd", event.getString("type"));
        assertEquals(v[0].toString(), event.getString("subject"));
        assertEquals(Map.ofEntries(Map.entry("plaatsingId", id), Map.entry("vacatureId", v[0].toString()), Map.entry("bron", "SOCIAL_RETURN"),
                Map.entry("klantId", k.toString()), Map.entry("soort", "BAAN"), Map.entry("startdatum", "2026-04-01"),
                Map.entry("duurMaanden", 6), Map.entry("einddatum", "2026-05-15"), Map.entry("reden", "AFGEBROKEN_WERKGEVER")),
                event.getMap("data"));

        // broken off: back in the pool and on the shortlists, and placeable again
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then()
                .body("geplaatst", equalTo(false)).body("beschikbaar", equalTo(true)).body("pool", equalTo("BEMIDDELBAAR"))
                .body("lopendePlaatsingId", nullValue());
        assertTrue(kandidaten(v[1]).contains(k.toString()));
        plaats(plaatsing(v[1], k, "BAAN", "GEDEELTELIJK")).statusCode(201);
    }

    @Test
    void volledigeUitstroomHaaltUitDePoolTotHetEindeTenzijDeUitkeringEindigde() {
        UUID k = UUID.randomUUID();
        UUID[] v = klaar(k, 3);
        String eerste = plaats(plaatsing(v[0], k, "BAAN", "VOLLEDIG")).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then()
                .body("pool", nullValue()).body("poolReden", equalTo("geplaatst met volledige uitstroom")).body("geplaatst", equalTo(true));
        // a running placement is a conflict, not "no candidate"
        plaats(plaatsing(v[1], k, "BAAN", "VOLLEDIG")).statusCode(409).body("detail", containsString(eerste));
        // broken off by the client while the benefit still runs: back in the pool
        beeindig("matcher", eerste, "{\"einddatum\":\"2026-04-20\",\"reden\":\"AFGEBROKEN_KLANT\"}").statusCode(200);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then()
                .body("pool", equalTo("BEMIDDELBAAR")).body("beschikbaar", equalTo(true));
        assertTrue(kandidaten(v[1]).contains(k.toString()));

        // placed again with full outflow; intake ends the benefit on it (uitkering-beeindigd, WERK)
        String tweede = plaats(plaatsing(v[1], k, "BAAN", "VOLLEDIG")).statusCode(201).extract().path("id");
        JsonPath kd = given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then().extract().jsonPath();
        uitkeringBeeindigd(k, UUID.fromString(kd.getString("aanvraagId")), "WERK", "2026-04-01", nu());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.voor("matcher"))
                .get("/api/v1/kandidaten/" + k).then().body("uitkeringBeeindigd", equalTo(true)));
        // the placement ends: the candidate stays out, the benefit ended
        beeindig("matcher", tweede, "{\"einddatum\":\"2026-09-30\",\"reden\":\"AFGEROND\"}").statusCode(200);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then()
                .body("pool", nullValue()).body("beschikbaar", equalTo(false)).body("geplaatst", equalTo(false))
                .body("poolReden", equalTo("uitkering beëindigd: in geen pool tot een nieuwe doorgeleiding"));
        assertFalse(kandidaten(v[2]).contains(k.toString()));
        plaats(plaatsing(v[2], k, "BAAN", "GEDEELTELIJK")).statusCode(400).body("invalidParams.name", equalTo(List.of("klantId")));
    }

    @Test
    void eenSocialReturnPlaatsTeltAlsDeSoortWaarmeeZeGeregistreerdIs() {
        UUID k = UUID.randomUUID();
        doorgeleid(k, UUID.randomUUID(), "KLANTONDERSTEUNING", 30, "9711", "WWB", nu());
        UUID werkleerplek = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        aangeboden("KLANTONDERSTEUNING", werkleerplek, "KLANTONDERSTEUNING", "SOCIAL_RETURN", "SR-" + werkleerplek, "Werkleerplek",
                "WERKLEERPLEK", "9214", "9712", 20, OffsetDateTime.now());
        aangeboden("BEMIDDELBAAR", partner, "BEMIDDELBAAR", "PARTNER", "RS-" + partner, "Magazijn", "BAAN", "9321", "9712", 24, OffsetDateTime.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then().statusCode(200);
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + werkleerplek).then().statusCode(200);
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + partner).then().statusCode(200);
        });
        plaats(plaatsing(werkleerplek, k, "BAAN", "GEDEELTELIJK")).statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("soort")))
                .body("invalidParams[0].reason", containsString("WERKLEERPLEK"));
        plaats(plaatsing(partner, k, "DETACHERING", "GEDEELTELIJK")).statusCode(400).body("invalidParams.name", equalTo(List.of("soort")));
        given().auth().oauth2(Tokens.voor("matcher")).queryParam("klantId", k.toString()).get("/api/v1/plaatsingen")
                .then().statusCode(200).body("totaal", equalTo(0));
        plaats(plaatsing(werkleerplek, k, "WERKLEERPLEK", "GEDEELTELIJK")).statusCode(201).body("soort", equalTo("WERKLEERPLEK"));
    }
}
