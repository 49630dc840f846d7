package nl.werkplein.socialreturn.plaatsing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.socialreturn.TestData;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, point 7 (domain.md 7.4): a place is credited as the soort it was registered with; a placement
 * that ends early is re-valued on the months worked (plaatsing-hergewaardeerd), so a contract's
 * gerealiseerd is the sum of current values; nothing is credited twice for one person at one time.
 * Real employer-service events on the real topic.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class PlaatsingEindeTest {

    static final String TOPIC = "werkplein.employer.plaatsingen.v1";
    static final String CONTRACTEN = "werkplein.socialreturn.contracten.v1";

    static String gerealiseerd(UUID plaatsingId, String vacatureId, UUID klantId, String soort, LocalDate start, int uren, int maanden) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:employer-service",
                 "type":"nl.werkplein.employer.plaatsing-gerealiseerd","subject":"%s","datacontenttype":"application/json",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","bron":"PARTNER","klantId":"%s","soort":"%s","startdatum":"%s",
                         "urenPerWeek":%d,"duurMaanden":%d,"uitstroom":"GEDEELTELIJK","doelgroep":"PARTICIPATIEWET","vijftigPlus":false}}"""
                .formatted(UUID.randomUUID(), vacatureId, plaatsingId, vacatureId, klantId, soort, start, uren, maanden);
    }

    static String beeindigd(UUID plaatsingId, String vacatureId, UUID klantId, LocalDate start, int maanden, LocalDate einddatum) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:employer-service",
                 "type":"nl.werkplein.employer.plaatsing-beeindigd","subject":"%s","datacontenttype":"application/json",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","bron":"PARTNER","klantId":"%s","soort":"BAAN","startdatum":"%s",
                         "duurMaanden":%d,"einddatum":%s,"reden":"AFGEBROKEN_KLANT"}}"""
                .formatted(UUID.randomUUID(), vacatureId, plaatsingId, vacatureId, klantId, start, maanden,
                        einddatum == null ? "null" : "\"" + einddatum + "\"");
    }

    static void stuur(String key, String event) {
        KafkaTestClient.send(TOPIC, key, event);
    }

    static JsonPath plaatsingen(String contract) {
        return given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("size", 1000)
                .get("/api/v1/contracten/" + contract + "/plaatsingen").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> plaatsing(String contract, UUID plaatsingId) {
        return plaatsingen(contract).getMap("items.find { it.plaatsingId == '" + plaatsingId + "' }");
    }

    /** Waits until the contract's list shows the placement with the given field value. */
    static void wachtOp(String contract, UUID plaatsingId, String veld, Object waarde) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("size", 1000)
                .get("/api/v1/contracten/" + contract + "/plaatsingen").then()
                .body("items.find { it.plaatsingId == '" + plaatsingId + "' }." + veld, equalTo(waarde)));
    }

    static long gerealiseerd(String contract) {
        return given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract).then().statusCode(200)
                .extract().jsonPath().getLong("gerealiseerd");
    }

    static long somVanWaarden(String contract) {
        return plaatsingen(contract).getList("items.waarde", Number.class).stream().mapToLong(Number::longValue).sum();
    }

    static List<JsonPath> contractEvents(String contract, String type, int verwacht) {
        return KafkaTestClient.collect(CONTRACTEN, r -> r.key().equals(contract) && r.value().contains("\"type\":\"nl.werkplein.socialreturn." + type + "\""),
                verwacht, Duration.ofSeconds(20)).stream().map(r -> JsonPath.from(r.value())).toList();
    }

    /** A partner with a running contract and one BAAN vacancy (the delivery's default soort); returns {contract, vacatureId}. */
    static String[] partnerMetVacature(String referentie) {
        String partner = TestData.nieuwePartner();
        String contract = TestData.contract(Map.of("partnerId", partner));
        leveren(partner, dezeWeek(), List.of(vacature(referentie), vacature(referentie + "-2"))).statusCode(200);
        Map<String, String> ids = TestData.vacatureIds(partner);
        return new String[]{contract, ids.get(referentie), ids.get(referentie + "-2")};
    }

    @Test
    void eenWerkleerplekTeltAlsWerkleerplekWatDePlaatsingOokZegtEnWordtNietHergewaardeerd() {
        String contract = TestData.contract(Map.of("opdrachtnemer", "Installatiebedrijf Oost BV"));
        String vacatureId = given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body(Map.of("soort", "WERKLEERPLEK", "titel", "Leerling monteur", "beroepscode", "7126", "postcode", "9723AB",
                        "urenPerWeek", 32, "opleidingsniveau", "VMBO"))
                .post("/api/v1/contracten/" + contract + "/plaatsen").then().statusCode(201).extract().path("vacatureId");
        UUID plaatsingId = UUID.randomUUID();
        UUID klantId = UUID.randomUUID();
        LocalDate start = TestData.vandaag();
        // the placement says BAAN (which would be worth 40,000 × 32/36 × 6/12); the place was registered as a werkleerplek
        stuur(vacatureId, gerealiseerd(plaatsingId, vacatureId, klantId, "BAAN", start, 32, 6));
        wachtOp(contract, plaatsingId, "waarde", 500_000);
        assertEquals("WERKLEERPLEK", plaatsing(contract, plaatsingId).get("soort"));
        assertEquals(500_000, gerealiseerd(contract));
        JsonPath toegerekend = contractEvents(contract, "plaatsing-toegerekend", 1).get(0);
        assertEquals("WERKLEERPLEK", toegerekend.getString("data.soort"));
        assertEquals(500_000, toegerekend.getLong("data.waarde"));

        // broken off after 10 days: a werkleerplek is a flat amount per placement (domain.md 7.4), not re-valued
        stuur(vacatureId, beeindigd(plaatsingId, vacatureId, klantId, start, 6, start.plusDays(9)));
        wachtOp(contract, plaatsingId, "einddatum", start.plusDays(9).toString());
        Map<String, Object> na = plaatsing(contract, plaatsingId);
        assertEquals(500_000, ((Number) na.get("waarde")).longValue());
        assertEquals(null, na.get("gewerkteMaanden"));
        assertEquals(500_000, gerealiseerd(contract));
        assertEquals(0, contractEvents(contract, "plaatsing-hergewaardeerd", 0).size());
    }

    @Test
    void eenVoortijdigBeeindigdeBaanWordtHergewaardeerdOpDeGewerkteMaanden() {
        String[] pv = partnerMetVacature("HW-1");
        String contract = pv[0];
        String vacatureId = pv[1];
        LocalDate start = TestData.vandaag();
        UUID vroeg = UUID.randomUUID();
        UUID klant = UUID.randomUUID();
        UUID volgensPlan = UUID.randomUUID();
        UUID andereKlant = UUID.randomUUID();
        stuur(vacatureId, gerealiseerd(vroeg, vacatureId, klant, "BAAN", start, 24, 6));
        stuur(pv[2], gerealiseerd(volgensPlan, pv[2], andereKlant, "BAAN", start, 36, 3));
        wachtOp(contract, vroeg, "waarde", 1_333_333);
        wachtOp(contract, volgensPlan, "waarde", 1_000_000);
        assertEquals(2_333_333, gerealiseerd(contract));

        // ended after 2 months and 15 days: 2 whole months count; 40,000 × 24/36 × 2/12 = €4,444.44
        LocalDate laatsteDag = start.plusMonths(2).plusDays(14);
        String einde = beeindigd(vroeg, vacatureId, klant, start, 6, laatsteDag);
        stuur(vacatureId, einde);
        stuur(vacatureId, einde); // redelivered: the same event id
        stuur(vacatureId, beeindigd(vroeg, vacatureId, klant, start, 6, laatsteDag)); // the same end under another id
        // the other placement ran its planned term (3 months): recorded, not re-valued
        stuur(pv[2], beeindigd(volgensPlan, pv[2], andereKlant, start, 3, start.plusMonths(3).minusDays(1)));
        wachtOp(contract, vroeg, "waarde", 444_444);
        wachtOp(contract, volgensPlan, "einddatum", start.plusMonths(3).minusDays(1).toString());
        Map<String, Object> p = plaatsing(contract, vroeg);
        assertEquals(2, p.get("gewerkteMaanden"));
        assertEquals(1_333_333, ((Number) p.get("oorspronkelijkeWaarde")).longValue());
        assertEquals(laatsteDag.toString(), p.get("einddatum"));
        assertEquals("AFGEBROKEN_KLANT", p.get("eindreden"));
        assertTrue(((String) p.get("berekening")).contains("2 gewerkte maanden"), (String) p.get("berekening"));
        assertEquals(1_000_000, ((Number) plaatsing(contract, volgensPlan).get("waarde")).longValue());

        // gerealiseerd is the sum of the current values
        assertEquals(444_444 + 1_000_000, gerealiseerd(contract));
        assertEquals(somVanWaarden(contract), gerealiseerd(contract));
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract).then()
                .body("realisatiePercentage", equalTo(28.9f));

        List<JsonPath> herwaardering = contractEvents(contract, "plaatsing-hergewaardeerd", 1);
        assertEquals(1, herwaardering.size(), "the same end twice re-values once; a placement that ran its term not at all");
        JsonPath h = herwaardering.get(0);
        assertEquals(contract, h.getString("subject"));
        assertEquals(contract, h.getString("data.contractId"));
        assertEquals(vroeg.toString(), h.getString("data.plaatsingId"));
        assertEquals(1_333_333, h.getLong("data.vorigeWaarde"));
        assertEquals(444_444, h.getLong("data.waarde"));
        assertEquals(-888_889, h.getLong("data.correctie"));
        assertEquals(2, h.getInt("data.gewerkteMaanden"));
        assertEquals(1_444_444, h.getLong("data.gerealiseerd"));
        assertEquals(5_000_000, h.getLong("data.verplichting"));
        assertEquals(28.9f, h.getFloat("data.realisatiePercentage"));
        // the week's yield in the report follows the current values
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract + "/rapportage").then()
                .body("totaal.opbrengst", equalTo(1_444_444));
    }

    @Test
    void nietsTweeKeerVoorEenPersoonTegelijk() {
        String[] pv = partnerMetVacature("OV-1");
        String contract = pv[0];
        LocalDate start = TestData.vandaag();
        UUID klant = UUID.randomUUID();
        UUID eerste = UUID.randomUUID();
        UUID tweede = UUID.randomUUID();
        stuur(pv[1], gerealiseerd(eerste, pv[1], klant, "BAAN", start, 36, 6));
        wachtOp(contract, eerste, "toegerekend", true);
        // the same person placed on another vacancy a week later, within the first's planned six months: not credited
        // (dates stay within the tariff table valid today: another test publishes one from today + 10 days)
        stuur(pv[2], gerealiseerd(tweede, pv[2], klant, "BAAN", start.plusDays(7), 36, 3));
        wachtOp(contract, tweede, "toegerekend", false);
        Map<String, Object> p = plaatsing(contract, tweede);
        assertEquals(0, ((Number) p.get("waarde")).longValue());
        assertEquals(eerste.toString(), p.get("overlaptMet"));
        assertTrue(((String) p.get("redenNietToegerekend")).contains("overlapt"), (String) p.get("redenNietToegerekend"));
        assertEquals(2_000_000, gerealiseerd(contract));
        assertEquals(1, contractEvents(contract, "plaatsing-toegerekend", 1).size());

        // the first ends after six days: worth nothing (no whole month), and the time it held is free again
        stuur(pv[1], beeindigd(eerste, pv[1], klant, start, 6, start.plusDays(5)));
        wachtOp(contract, tweede, "toegerekend", true);
        wachtOp(contract, eerste, "waarde", 0);
        // 40,000 × 36/36 × 3/12 = €10,000
        assertEquals(1_000_000, ((Number) plaatsing(contract, tweede).get("waarde")).longValue());
        given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("size", 1000).get("/api/v1/contracten/" + contract + "/plaatsingen")
                .then().body("items.find { it.plaatsingId == '" + tweede + "' }.redenNietToegerekend", nullValue());
        assertEquals(1_000_000, gerealiseerd(contract));
        assertEquals(somVanWaarden(contract), gerealiseerd(contract));
        List<JsonPath> toegerekend = contractEvents(contract, "plaatsing-toegerekend", 2);
        assertEquals(2, toegerekend.size());
        assertEquals(tweede.toString(), toegerekend.get(1).getString("data.plaatsingId"));
        assertEquals(-2_000_000, contractEvents(contract, "plaatsing-hergewaardeerd", 1).get(0).getLong("data.correctie"));
    }

    @Test
    void eenEindeVoorDeToerekeningWordtBewaardEnToegepastEnOnbekendIsGeenFout() {
        String[] pv = partnerMetVacature("VE-1");
        String contract = pv[0];
        String vacatureId = pv[1];
        LocalDate start = TestData.vandaag();
        UUID plaatsingId = UUID.randomUUID();
        UUID klant = UUID.randomUUID();
        // an end for a placement on an employer's own vacancy (not routed here): ignored, no dead letter
        UUID elders = UUID.randomUUID();
        String sleutel = UUID.randomUUID().toString();
        stuur(sleutel, beeindigd(elders, UUID.randomUUID().toString(), klant, start, 6, start.plusMonths(1)));
        // the end of a placement on our vacancy arrives before its credit: kept, and applied when the credit comes
        stuur(vacatureId, beeindigd(plaatsingId, vacatureId, klant, start, 12, start.plusMonths(3).plusDays(3)));
        stuur(vacatureId, gerealiseerd(plaatsingId, vacatureId, klant, "BAAN", start, 36, 12));
        // 40,000 × 3/12 = €10,000 after the credit of €40,000
        wachtOp(contract, plaatsingId, "waarde", 1_000_000);
        assertEquals(1_000_000, gerealiseerd(contract));
        assertEquals(4_000_000, contractEvents(contract, "plaatsing-toegerekend", 1).get(0).getLong("data.waarde"));
        JsonPath h = contractEvents(contract, "plaatsing-hergewaardeerd", 1).get(0);
        assertEquals(3, h.getInt("data.gewerkteMaanden"));
        assertEquals(-3_000_000, h.getLong("data.correctie"));
        assertTrue(KafkaTestClient.collect(TOPIC + ".dlq", r -> r.value().contains(elders.toString()), 0, Duration.ofSeconds(2)).isEmpty());

        // an end without einddatum cannot be applied: a dead letter, and the stream goes on
        UUID kapot = UUID.randomUUID();
        stuur(vacatureId, beeindigd(kapot, vacatureId, klant, start, 6, null));
        assertEquals(1, KafkaTestClient.collect(TOPIC + ".dlq", r -> r.value().contains(kapot.toString()), 1, Duration.ofSeconds(30)).size());
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contract + "/plaatsingen").then()
                .body("items.find { it.plaatsingId == '" + plaatsingId + "' }.berekening", containsString("3 gewerkte maanden"));
    }
}
