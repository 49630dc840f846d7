package nl.werkplein.socialreturn.plaatsing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.socialreturn.TestData;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.socialreturn.TestData.dezeWeek;
import static nl.werkplein.socialreturn.TestData.leveren;
import static nl.werkplein.socialreturn.TestData.vacature;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Placements from employer-service (a real event on the real topic) credit the contract behind the vacancy. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class PlaatsingTest {

    static final String TOPIC = "werkplein.employer.plaatsingen.v1";

    static String plaatsing(UUID eventId, UUID plaatsingId, String vacatureId, String soort, String doelgroep, LocalDate start,
                            int uren, int maanden, boolean vijftigPlus) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:employer-service",
                 "type":"nl.werkplein.employer.plaatsing-gerealiseerd","subject":"%s","datacontenttype":"application/json",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","bron":"PARTNER","klantId":"%s","soort":"%s","startdatum":"%s",
                         "urenPerWeek":%d,"duurMaanden":%d,"uitstroom":"VOLLEDIG","doelgroep":"%s","vijftigPlus":%s}}"""
                .formatted(eventId, vacatureId, plaatsingId, vacatureId, UUID.randomUUID(), soort, start, uren, maanden, doelgroep, vijftigPlus);
    }

    static void stuur(String key, String event) {
        KafkaTestClient.send(TOPIC, key, event);
    }

    @Test
    void eenPlaatsingOpEenPartnervacatureTeltEenKeerVoorHetContract() {
        String partner = TestData.nieuwePartner();
        String contract = TestData.contract(Map.of("partnerId", partner, "opdrachtnemer", "Randstad-raamcontract"));
        leveren(partner, dezeWeek(), List.of(vacature("PL-1"))).statusCode(200);
        String vacatureId = TestData.vacatureIds(partner).get("PL-1");
        UUID plaatsingId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String event = plaatsing(eventId, plaatsingId, vacatureId, "BAAN", "PARTICIPATIEWET", TestData.vandaag(), 24, 6, false);
        stuur(vacatureId, event);
        stuur(vacatureId, event); // redelivered: the same event id
        // another event for the same placement (employer-service published twice): still credited once
        stuur(vacatureId, plaatsing(UUID.randomUUID(), plaatsingId, vacatureId, "BAAN", "PARTICIPATIEWET", TestData.vandaag(), 24, 6, false));
        // then a marker on the same partition, so the three before it have been handled when it is
        UUID marker = UUID.randomUUID();
        stuur(vacatureId, plaatsing(UUID.randomUUID(), marker, vacatureId, "WERKLEERPLEK", "SW", TestData.vandaag(), 8, 1, true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract + "/plaatsingen").then()
                        .body("items.plaatsingId", hasItem(marker.toString())));
        // 40,000 × 24/36 × 6/12 = €13,333.33; the marker says WERKLEERPLEK but the partner's vacancy was
        // registered as a BAAN, so it is credited as one (domain.md 7.4): (50,000 + 10,000) × 8/36 × 1/12 = €1,111.11
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract).then().statusCode(200)
                .body("verplichting", equalTo(5_000_000))
                .body("gerealiseerd", equalTo(1_333_333 + 111_111))
                .body("realisatiePercentage", equalTo(28.9f));
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract + "/plaatsingen").then()
                .body("totaal", equalTo(2))
                .body("items.find { it.plaatsingId == '" + plaatsingId + "' }.waarde", equalTo(1_333_333))
                .body("items.find { it.plaatsingId == '" + plaatsingId + "' }.berekening", containsString("24/36"))
                .body("items.find { it.plaatsingId == '" + marker + "' }.soort", equalTo("BAAN"))
                .body("items.find { it.plaatsingId == '" + marker + "' }.waarde", equalTo(111_111));
        var toegerekend = KafkaTestClient.collect("werkplein.socialreturn.contracten.v1",
                r -> r.key().equals(contract) && r.value().contains("plaatsing-toegerekend"), 2, Duration.ofSeconds(20));
        assertEquals(2, toegerekend.size());
        assertTrue(toegerekend.stream().allMatch(r -> r.value().contains("\"soort\":\"BAAN\"")), "credited as the registered soort");

        // reporting per week: the delivery, the vacancy, the placements and the yield
        String week = dezeWeek().toString();
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract + "/rapportage").then().statusCode(200)
                .body("totaal.leveringen", equalTo(1))
                .body("totaal.plaatsingen", equalTo(2))
                .body("totaal.opbrengst", equalTo(1_444_444))
                .body("weken.find { it.week == '" + week + "' }.nieuw", equalTo(1))
                .body("weken.find { it.week == '" + week + "' }.opbrengst", equalTo(1_444_444));
        given().auth().oauth2(Tokens.voor("partner", partner)).get("/api/v1/partners/" + partner + "/rapportage").then().statusCode(200)
                .body("partnerId", equalTo(partner))
                .body("weken", hasSize(1))
                .body("weken[0].week", equalTo(week))
                .body("weken[0].leveringen", equalTo(1))
                .body("weken[0].geaccepteerd", equalTo(1))
                .body("weken[0].plaatsingen", equalTo(2))
                .body("weken[0].opbrengst", equalTo(1_444_444));
        given().auth().oauth2(Tokens.voor("partner", "iemand-anders")).get("/api/v1/partners/" + partner + "/rapportage").then().statusCode(403);
    }

    @Test
    void eenPlaatsingOpEenOnbekendeVacatureWordtGenegeerdNietDoodgelegd() {
        String partner = TestData.nieuwePartner();
        String contract = TestData.contract(Map.of("partnerId", partner));
        leveren(partner, dezeWeek(), List.of(vacature("ON-1"))).statusCode(200);
        String vacatureId = TestData.vacatureIds(partner).get("ON-1");
        UUID onbekend = UUID.randomUUID();
        UUID werkgeverPlaatsing = UUID.randomUUID();
        String sleutel = UUID.randomUUID().toString(); // one key: one partition, in order
        stuur(sleutel, plaatsing(UUID.randomUUID(), werkgeverPlaatsing, onbekend.toString(), "BAAN", "WW", TestData.vandaag(), 36, 12, false));
        UUID bekend = UUID.randomUUID();
        stuur(sleutel, plaatsing(UUID.randomUUID(), bekend, vacatureId, "DETACHERING", "DOELGROEPREGISTER", TestData.vandaag(), 36, 12, true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract).then()
                        .body("gerealiseerd", equalTo(6_000_000)));
        var dlq = KafkaTestClient.collect(TOPIC + ".dlq", r -> r.value().contains(werkgeverPlaatsing.toString()), 0, Duration.ofSeconds(2));
        assertTrue(dlq.isEmpty(), "an employer's own vacancy is no error");
        // a placement that cannot be valued (no duration) is a dead letter
        UUID kapot = UUID.randomUUID();
        stuur(vacatureId, plaatsing(UUID.randomUUID(), kapot, vacatureId, "BAAN", "WW", TestData.vandaag(), 36, 0, false));
        assertEquals(1, KafkaTestClient.collect(TOPIC + ".dlq", r -> r.value().contains(kapot.toString()), 1, Duration.ofSeconds(30)).size());
    }

    @Test
    void bureauSocialReturnRegistreertEnTrektPlaatsenIn() {
        String contract = TestData.contract(Map.of("opdrachtnemer", "Bouwbedrijf Noord BV"));
        Map<String, Object> plaats = new HashMap<>(Map.of("soort", "WERKLEERPLEK", "titel", "Leerling timmerman", "beroepscode", "7115",
                "postcode", "9712 cd", "urenPerWeek", 24, "opleidingsniveau", "VMBO"));
        String vacatureId = given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON).body(plaats)
                .post("/api/v1/contracten/" + contract + "/plaatsen").then().statusCode(201)
                .body("pool", equalTo("KLANTONDERSTEUNING"))
                .body("bron", equalTo("SOCIAL_RETURN"))
                .body("werkgever", equalTo("Bouwbedrijf Noord BV"))
                .body("postcode", equalTo("9712CD"))
                .extract().path("vacatureId");
        Map<String, Object> sw = new HashMap<>(plaats);
        sw.put("soort", "DETACHERING");
        sw.put("sw", true);
        sw.put("referentie", "SR-SW-1");
        String swId = given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON).body(sw)
                .post("/api/v1/contracten/" + contract + "/plaatsen").then().statusCode(201).body("pool", equalTo("SW"))
                .extract().path("vacatureId");
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON).body(sw)
                .post("/api/v1/contracten/" + contract + "/plaatsen").then().statusCode(400).body("invalidParams.name", hasItem("referentie"));
        var aangeboden = KafkaTestClient.collect("werkplein.matching.klantondersteuning.v1", r -> r.key().equals(vacatureId), 1, Duration.ofSeconds(30));
        assertEquals(1, aangeboden.size());
        assertTrue(aangeboden.get(0).value().contains("\"bron\":\"SOCIAL_RETURN\""));
        assertTrue(aangeboden.get(0).value().contains("\"contractId\":\"" + contract + "\""));
        assertEquals(1, KafkaTestClient.collect("werkplein.matching.sw.v1", r -> r.key().equals(swId), 1, Duration.ofSeconds(30)).size());

        given().auth().oauth2(Tokens.voor("socialreturn")).delete("/api/v1/contracten/" + contract + "/plaatsen/" + vacatureId)
                .then().statusCode(200).body("status", equalTo("INGETROKKEN"));
        given().auth().oauth2(Tokens.voor("socialreturn")).delete("/api/v1/contracten/" + contract + "/plaatsen/" + vacatureId)
                .then().statusCode(200);
        var events = KafkaTestClient.collect("werkplein.matching.klantondersteuning.v1", r -> r.key().equals(vacatureId), 2, Duration.ofSeconds(30));
        assertEquals(2, events.size(), "withdrawing twice publishes once");
        assertTrue(events.get(1).value().contains("vacature-ingetrokken"));
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract + "/plaatsen").then()
                .body("totaal", equalTo(2));
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract + "/rapportage").then()
                .body("totaal.nieuw", equalTo(2)).body("totaal.ingetrokken", equalTo(1));

        // bad input, all at once; wrong roles; another contract's place
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body(Map.of("soort", "STAGE", "beroepscode", "71", "postcode", "x", "urenPerWeek", 0))
                .post("/api/v1/contracten/" + contract + "/plaatsen").then().statusCode(400);
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body(Map.of("beroepscode", "71", "postcode", "x", "urenPerWeek", 0))
                .post("/api/v1/contracten/" + contract + "/plaatsen").then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("soort", "titel", "beroepscode", "postcode", "urenPerWeek", "opleidingsniveau"));
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(plaats)
                .post("/api/v1/contracten/" + contract + "/plaatsen").then().statusCode(403);
        String ander = TestData.contract(Map.of());
        given().auth().oauth2(Tokens.voor("socialreturn")).delete("/api/v1/contracten/" + ander + "/plaatsen/" + swId).then().statusCode(404);
    }

    @Test
    void eenNieuweTarieftabelGeldtVoorPlaatsingenVanafHaarIngangsdatum() {
        List<String> ingangen = given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/tarieftabellen").then().statusCode(200)
                .extract().path("ingangsdatum");
        LocalDate laatste = LocalDate.parse(ingangen.get(ingangen.size() - 1));
        LocalDate ingang = (laatste.isBefore(TestData.vandaag()) ? TestData.vandaag() : laatste).plusDays(10);
        String tabel = """
                {"ingangsdatum":"%s","vijftigPlusToeslag":1200000,"toelichting":"indexering",
                 "tarieven":[{"soort":"BAAN","doelgroep":"PARTICIPATIEWET","waarde":4400000},{"soort":"BAAN","waarde":5000000},
                             {"soort":"DETACHERING","waarde":5000000},{"soort":"OPLEIDINGSPLAATS","waarde":3500000},
                             {"soort":"WERKLEERPLEK","waarde":600000,"forfaitair":true}]}""".formatted(ingang);
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON).body(tabel)
                .post("/api/v1/tarieftabellen").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body("""
                        {"ingangsdatum":"2001-01-01","vijftigPlusToeslag":-1,
                         "tarieven":[{"soort":"BAAN","waarde":1},{"soort":"BAAN","waarde":2}]}""")
                .post("/api/v1/tarieftabellen").then().statusCode(400)
                .body("invalidParams.name", hasItem("vijftigPlusToeslag"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body("""
                        {"ingangsdatum":"2001-01-01","vijftigPlusToeslag":0,
                         "tarieven":[{"soort":"BAAN","waarde":1},{"soort":"BAAN","waarde":2}]}""")
                .post("/api/v1/tarieftabellen").then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("ingangsdatum", "tarieven[1]", "tarieven"));
        int versie = given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(tabel)
                .post("/api/v1/tarieftabellen").then().statusCode(201).body("tarieven", hasSize(5)).extract().path("versie");
        given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("datum", ingang.toString()).get("/api/v1/tarieftabellen/geldig")
                .then().statusCode(200).body("versie", equalTo(versie));

        String partner = TestData.nieuwePartner();
        String contract = TestData.contract(Map.of("partnerId", partner));
        leveren(partner, dezeWeek(), List.of(vacature("TT-1"))).statusCode(200);
        String vacatureId = TestData.vacatureIds(partner).get("TT-1");
        UUID voor = UUID.randomUUID();
        UUID na = UUID.randomUUID();
        stuur(vacatureId, plaatsing(UUID.randomUUID(), voor, vacatureId, "BAAN", "PARTICIPATIEWET", ingang.minusDays(1), 36, 12, false));
        stuur(vacatureId, plaatsing(UUID.randomUUID(), na, vacatureId, "BAAN", "PARTICIPATIEWET", ingang, 36, 12, true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract + "/plaatsingen").then()
                        .body("totaal", equalTo(2)));
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract + "/plaatsingen").then()
                .body("items.find { it.plaatsingId == '" + voor + "' }.waarde", equalTo(4_000_000))
                .body("items.find { it.plaatsingId == '" + na + "' }.waarde", equalTo(4_400_000 + 1_200_000))
                .body("items.find { it.plaatsingId == '" + na + "' }.tarieftabelVersie", equalTo(versie));
    }
}
