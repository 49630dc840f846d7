package nl.werkplein.socialreturn.levering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static nl.werkplein.socialreturn.TestData.dezeWeek;
import static nl.werkplein.socialreturn.TestData.leveren;
import static nl.werkplein.socialreturn.TestData.nieuwePartner;
import static nl.werkplein.socialreturn.TestData.vacature;
import static nl.werkplein.socialreturn.TestData.vacatureIds;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The partner API over the real database and broker: what is accepted, what is published, and to whom. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class LeveringTest {

    static final String BEMIDDELBAAR = "werkplein.matching.bemiddelbaar.v1";
    static final String KLANTONDERSTEUNING = "werkplein.matching.klantondersteuning.v1";
    static final String SW = "werkplein.matching.sw.v1";
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every event on the topic for these vacancies, waiting for at least {@code verwacht}, then a little for extras. */
    static List<JsonNode> events(String topic, Collection<String> vacatureIds, int verwacht) {
        Set<String> ids = Set.copyOf(vacatureIds);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : KafkaTestClient.collect(topic, r -> ids.contains(r.key()), verwacht, Duration.ofSeconds(30))) {
            events.add(json(r));
        }
        return events;
    }

    @Test
    void eenLeveringMetFouteVacaturesAccepteertDeGoedeEnNoemtAlleRedenen() {
        String partner = nieuwePartner();
        Map<String, Object> slecht = vacature("P-3", "postcode", "0000XX");
        slecht.put("urenPerWeek", 0);
        slecht.put("opleidingsniveau", "MBO5");
        slecht.remove("titel");
        Map<String, Object> zonderReferentie = vacature(null);
        zonderReferentie.remove("referentie");
        leveren(partner, dezeWeek(), List.of(vacature("P-1"), vacature("P-2"), slecht, zonderReferentie, vacature("P-5")))
                .statusCode(200)
                .body("partnerId", equalTo(partner))
                .body("week", equalTo(dezeWeek().toString()))
                .body("aantal", equalTo(5))
                .body("geaccepteerd", equalTo(3))
                .body("nieuw", equalTo(3))
                .body("afgewezen", hasSize(2))
                .body("afgewezen[0].referentie", equalTo("P-3"))
                .body("afgewezen[0].index", equalTo(2))
                .body("afgewezen[0].reden", allOf(containsString("postcode"), containsString("urenPerWeek"),
                        containsString("opleidingsniveau"), containsString("titel")))
                .body("afgewezen[0].redenen", hasSize(4))
                .body("afgewezen[1].referentie", nullValue())
                .body("afgewezen[1].reden", containsString("referentie: is verplicht"));

        Map<String, String> ids = vacatureIds(partner);
        assertEquals(Set.of("P-1", "P-2", "P-5"), ids.keySet());
        List<JsonNode> events = events(BEMIDDELBAAR, ids.values(), 3);
        assertEquals(3, events.size(), "each accepted vacancy once, on the partner's pool");
        JsonNode p1 = events.stream().filter(e -> e.at("/data/referentie").asText().equals("P-1")).findFirst().orElseThrow();
        assertEquals("nl.werkplein.socialreturn.vacature-aangeboden", p1.get("type").asText());
        assertEquals(ids.get("P-1"), p1.get("subject").asText());
        assertEquals(ids.get("P-1"), p1.at("/data/vacatureId").asText());
        assertEquals("BEMIDDELBAAR", p1.at("/data/pool").asText());
        assertEquals("PARTNER", p1.at("/data/bron").asText());
        assertEquals(partner, p1.at("/data/partnerId").asText());
        assertEquals("9731", p1.at("/data/postcode4").asText());
        assertEquals("BAAN", p1.at("/data/soort").asText());
        assertEquals(false, p1.at("/data/sw").asBoolean());
        assertEquals(32, p1.at("/data/urenPerWeek").asInt());

        // the outcome can be read back, by the partner and by Bureau Social Return
        given().auth().oauth2(Tokens.voor("partner", partner)).get("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek())
                .then().statusCode(200).body("geaccepteerd", equalTo(3)).body("afgewezen.referentie", hasItem("P-3"));
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek())
                .then().statusCode(200).body("afgewezen", hasSize(2));
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek().vorige())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void dezelfdeLeveringTweeKeerVerandertNietsEnPubliceertNiets() {
        String partner = nieuwePartner();
        List<Map<String, Object>> set = List.of(vacature("H-1"), vacature("H-2"), vacature("H-3", "postcode", "fout"));
        var eerste = leveren(partner, dezeWeek(), set).statusCode(200).body("geaccepteerd", equalTo(2)).extract().asString();
        var tweede = leveren(partner, dezeWeek(), set).statusCode(200).extract().asString();
        assertEquals(eerste, tweede, "the same outcome, to the letter");
        Map<String, String> ids = vacatureIds(partner);
        // one event per vacancy, not two: wait for the two, then a little longer for any duplicate
        assertEquals(2, events(BEMIDDELBAAR, ids.values(), 2).size());
        // only one delivery event too
        List<ConsumerRecord<String, String>> verwerkt = KafkaTestClient.collect(LeveringEvents.TOPIC,
                r -> r.key().equals(partner) && r.value().contains(LeveringEvents.VERWERKT), 1, Duration.ofSeconds(20));
        assertEquals(1, verwerkt.size());
    }

    @Test
    void eenLatereLeveringTrektInWerktBijEnBewaartEenAfgewezenVersie() {
        String partner = nieuwePartner();
        IsoWeek vorige = dezeWeek().vorige();
        leveren(partner, vorige, List.of(vacature("L-A"), vacature("L-B"), vacature("L-C"))).statusCode(200)
                .body("nieuw", equalTo(3));
        Map<String, String> ids = vacatureIds(partner);

        leveren(partner, dezeWeek(), List.of(
                vacature("L-A", "titel", "Heftruckchauffeur"), // changed
                vacature("L-B", "beroepscode", "93"),           // rejected now: keeps its earlier version
                vacature("L-D")))                               // new; L-C is missing: withdrawn
                .statusCode(200)
                .body("geaccepteerd", equalTo(2))
                .body("nieuw", equalTo(1))
                .body("gewijzigd", equalTo(1))
                .body("ingetrokken", equalTo(1))
                .body("ongewijzigd", equalTo(0))
                .body("afgewezen.referentie", hasItem("L-B"));

        Map<String, String> nu = vacatureIds(partner);
        assertEquals(ids.get("L-A"), nu.get("L-A"), "an update keeps its vacatureId");
        List<JsonNode> events = events(BEMIDDELBAAR, nu.values(), 6);
        assertEquals(6, events.size(), events.toString());
        List<JsonNode> a = events.stream().filter(e -> e.at("/data/vacatureId").asText().equals(nu.get("L-A"))).toList();
        assertEquals(2, a.size());
        assertEquals("Heftruckchauffeur", a.get(1).at("/data/titel").asText());
        assertEquals("nl.werkplein.socialreturn.vacature-aangeboden", a.get(1).get("type").asText());
        List<JsonNode> b = events.stream().filter(e -> e.at("/data/vacatureId").asText().equals(nu.get("L-B"))).toList();
        assertEquals(1, b.size(), "a rejected version publishes nothing");
        List<JsonNode> c = events.stream().filter(e -> e.at("/data/vacatureId").asText().equals(nu.get("L-C"))).toList();
        assertEquals(List.of("nl.werkplein.socialreturn.vacature-aangeboden", "nl.werkplein.socialreturn.vacature-ingetrokken"),
                c.stream().map(e -> e.get("type").asText()).toList());
        assertEquals("BEMIDDELBAAR", c.get(1).at("/data/pool").asText());
        assertEquals("L-C", c.get(1).at("/data/referentie").asText());

        given().auth().oauth2(Tokens.voor("partner", partner)).queryParam("status", "ACTIEF")
                .get("/api/v1/partners/" + partner + "/vacatures").then().statusCode(200)
                .body("totaal", equalTo(3))
                .body("items.referentie", hasItems("L-A", "L-B", "L-D"))
                .body("items.find { it.referentie == 'L-B' }.beroepscode", equalTo("9333"));

        // a week older than the latest delivery cannot replace it
        leveren(partner, vorige, List.of(vacature("L-A"))).statusCode(409).contentType("application/problem+json");
        // a vacancy that comes back is offered again under its own id, on its own pool
        leveren(partner, dezeWeek(), List.of(vacature("L-A", "titel", "Heftruckchauffeur"), vacature("L-B"), vacature("L-C"),
                vacature("L-D"))).statusCode(200).body("gewijzigd", equalTo(1)).body("ongewijzigd", equalTo(3));
        assertEquals(nu.get("L-C"), vacatureIds(partner).get("L-C"));
    }

    /** New rows go in with COPY: text with its control characters, a missing value and the times come back as delivered. */
    @Test
    void tekstMetTabsRegelsEnBackslashesKomtOngeschondenTerug() {
        String partner = nieuwePartner();
        String omschrijving = "Regel 1\nRegel 2\tmet tab, \\ backslash, \\N, \"aanhalingstekens\" \u2014 \u00e9\u00fc \uD83D\uDE9A\r\nslot";
        Map<String, Object> bijzonder = vacature("T-1", "omschrijving", omschrijving);
        bijzonder.put("werkgever", "Groothandel \\N\tNoord");
        List<Map<String, Object>> set = List.of(bijzonder, vacature("T-2", "omschrijving", null));
        String ontvangenOp = leveren(partner, dezeWeek().vorige(), set).statusCode(200).body("nieuw", equalTo(2))
                .extract().path("ontvangenOp");
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.voor("socialreturn"))
                .get("/api/v1/partners/" + partner + "/vacatures").then().statusCode(200).extract().path("items");
        Map<String, Object> t1 = items.stream().filter(i -> "T-1".equals(i.get("referentie"))).findFirst().orElseThrow();
        Map<String, Object> t2 = items.stream().filter(i -> "T-2".equals(i.get("referentie"))).findFirst().orElseThrow();
        assertEquals(omschrijving, t1.get("omschrijving"));
        assertEquals("Groothandel \\N\tNoord", t1.get("werkgever"));
        assertEquals(null, t2.get("omschrijving"));
        assertEquals(null, t2.get("werkgever"));
        assertEquals("ACTIEF", t1.get("status"));
        assertEquals(32, t1.get("urenPerWeek"));
        assertEquals(false, t1.get("sw"));
        assertEquals(java.time.OffsetDateTime.parse(ontvangenOp).toInstant(),
                java.time.OffsetDateTime.parse((String) t1.get("aangebodenOp")).toInstant());
        JsonNode event = events(BEMIDDELBAAR, List.of((String) t1.get("vacatureId")), 1).get(0);
        assertEquals(omschrijving, event.at("/data/omschrijving").asText());
        // the stored fingerprint is the one the next delivery computes: the same set next week is unchanged
        leveren(partner, dezeWeek(), set).statusCode(200).body("ongewijzigd", equalTo(2)).body("nieuw", equalTo(0))
                .body("gewijzigd", equalTo(0));
    }

    @Test
    void swPlaatsenEnWerkleerplekkenGaanNaarHunEigenPool() {
        String partner = nieuwePartner();
        leveren(partner, dezeWeek(), List.of(vacature("R-SW", "sw", true), vacature("R-WLP", "soort", "WERKLEERPLEK"),
                vacature("R-BAAN", "opleidingsniveau", "GEEN"))).statusCode(200).body("geaccepteerd", equalTo(3));
        Map<String, String> ids = vacatureIds(partner);
        List<JsonNode> sw = events(SW, ids.values(), 1);
        assertEquals(1, sw.size());
        assertEquals(ids.get("R-SW"), sw.get(0).at("/data/vacatureId").asText());
        assertEquals("SW", sw.get(0).at("/data/pool").asText());
        assertTrue(sw.get(0).at("/data/sw").asBoolean());
        List<JsonNode> ko = events(KLANTONDERSTEUNING, ids.values(), 1);
        assertEquals(1, ko.size());
        assertEquals(ids.get("R-WLP"), ko.get(0).at("/data/vacatureId").asText());
        List<JsonNode> bemiddelbaar = events(BEMIDDELBAAR, ids.values(), 1);
        assertEquals(1, bemiddelbaar.size(), "each vacancy reaches exactly one pool");
        assertEquals(ids.get("R-BAAN"), bemiddelbaar.get(0).at("/data/vacatureId").asText());
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/partners/" + partner + "/vacatures").then()
                .body("items.find { it.referentie == 'R-SW' }.routeringReden", containsString("SW"));
    }

    @Test
    void alleenDePartnerZelfLevertEnZiet() {
        String partner = nieuwePartner();
        String ander = nieuwePartner();
        given().auth().oauth2(Tokens.voor("partner", ander)).contentType(ContentType.JSON)
                .body(Map.of("vacatures", List.of(vacature("X-1"))))
                .put("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek())
                .then().statusCode(403).contentType("application/problem+json");
        leveren(partner, dezeWeek(), List.of(vacature("X-1"))).statusCode(200);
        given().auth().oauth2(Tokens.voor("partner", ander)).get("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek())
                .then().statusCode(403);
        given().auth().oauth2(Tokens.voor("partner", ander)).get("/api/v1/partners/" + partner + "/vacatures").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("partner", ander)).get("/api/v1/partners/" + partner + "/leveringsachterstand").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("partner", partner)).get("/api/v1/partners/" + partner).then().statusCode(200)
                .body("laatsteWeek", equalTo(dezeWeek().toString()));
        // staff may read, not deliver; other roles not at all
        for (String rol : List.of("socialreturn", "beheer")) {
            given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body(Map.of("vacatures", List.of()))
                    .put("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek()).then().statusCode(403);
            given().auth().oauth2(Tokens.voor(rol)).get("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek()).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("vacatures", List.of()))
                .put("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek()).then().statusCode(401);
    }

    @Test
    void onbekendePartnerOngeldigeWeekEnTeGroteLeveringen() {
        leveren("bestaat-niet", dezeWeek(), List.of(vacature("O-1"))).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/partners/bestaat-niet/leveringen/" + dezeWeek()).then().statusCode(404);
        String partner = nieuwePartner();
        for (String week : List.of("2026-W54", "2025-W53", "2026-W00", "2026-9", "week9")) {
            given().auth().oauth2(Tokens.voor("partner", partner)).contentType(ContentType.JSON).body(Map.of("vacatures", List.of()))
                    .put("/api/v1/partners/" + partner + "/leveringen/" + week)
                    .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("week"));
        }
        // far in the future: it would block every real week after it
        leveren(partner, IsoWeek.van(TestDataHolder.vandaagPlusWeken(5)), List.of()).statusCode(400).body("invalidParams.name", hasItem("week"));
        given().auth().oauth2(Tokens.voor("partner", partner)).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek())
                .then().statusCode(400).body("invalidParams.name", hasItem("vacatures"));
        given().auth().oauth2(Tokens.voor("partner", partner)).contentType(ContentType.JSON).body("{\"vacatures\": 12}")
                .put("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek())
                .then().statusCode(400).body("invalidParams.name", hasItem("vacatures"));

        // 10,001 vacancies: 413, and nothing was stored
        StringBuilder body = new StringBuilder("{\"vacatures\":[");
        for (int i = 0; i <= 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"referentie\":\"T-").append(i).append("\"}");
        }
        body.append("]}");
        given().auth().oauth2(Tokens.voor("partner", partner)).contentType(ContentType.JSON).body(body.toString())
                .put("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek())
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("10000"));
        // over 20 MB
        given().auth().oauth2(Tokens.voor("partner", partner)).contentType(ContentType.JSON)
                .body("{\"vacatures\":[\"" + "x".repeat(21 * 1024 * 1024) + "\"]}")
                .put("/api/v1/partners/" + partner + "/leveringen/" + dezeWeek())
                .then().statusCode(413);
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/partners/" + partner + "/leveringen")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void deOpenApiBeschrijftElkeVacatureVanEenLevering() {
        given().get("/api/v1/openapi.json").then().statusCode(200)
                .body("components.schemas.LeveringAanbieden.properties.vacatures.items.$ref", containsString("PartnerVacature"))
                .body("components.schemas.PartnerVacature.properties.beroepscode.description", containsString("ISCO-08"));
    }

    @Test
    void beheerLegtPartnersVast() {
        String id = "uitzend-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON).body(Map.of("partnerId", id, "naam", "X"))
                .post("/api/v1/partners").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(Map.of("partnerId", "Hoofd Letters!", "naam", "", "pool", "ONBEKEND"))
                .post("/api/v1/partners").then().statusCode(400)
                .body("invalidParams.name", hasItems("partnerId", "naam"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(Map.of("partnerId", id, "naam", "Uitzend", "pool", "ONBEKEND"))
                .post("/api/v1/partners").then().statusCode(400).body("invalidParams.name", hasItem("pool"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(Map.of("partnerId", id, "naam", "Uitzend", "pool", "KLANTONDERSTEUNING"))
                .post("/api/v1/partners").then().statusCode(201).body("pool", equalTo("KLANTONDERSTEUNING")).body("actief", equalTo(true));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(Map.of("partnerId", id, "naam", "Uitzend"))
                .post("/api/v1/partners").then().statusCode(409);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("naam", "Uitzend BV", "actief", false))
                .put("/api/v1/partners/" + id).then().statusCode(200).body("actief", equalTo(false)).body("naam", equalTo("Uitzend BV"));
        leveren(id, dezeWeek(), List.of(vacature("I-1"))).statusCode(409);
        // the seeded partner of a fresh suite
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/partners/randstad").then().statusCode(200)
                .body("pool", equalTo("BEMIDDELBAAR")).body("naam", equalTo("Randstad"));
    }

    static final class TestDataHolder {
        static java.time.LocalDate vandaagPlusWeken(int weken) {
            return nl.werkplein.socialreturn.TestData.vandaag().plusWeeks(weken);
        }
    }
}
