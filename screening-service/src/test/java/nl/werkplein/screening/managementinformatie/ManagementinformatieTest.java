package nl.werkplein.screening.managementinformatie;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * issue 18 point 5: the caseload per line per month from events, beside the versioned P-budget; JSON
 * and CSV. Each test uses its own months before any other test's events and ends every client it
 * routes, so no caseload carries over into another test's months.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ManagementinformatieTest {

    static final String INDELINGEN = "werkplein.screening.indelingen.v1";
    static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";
    static final String CASELOAD = "/api/v1/managementinformatie/caseload";

    static String event(String id, String service, String type, String klantId, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:%s",
                 "type":"%s","time":"%s","subject":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(id, service, type, time, klantId, data);
    }

    static void doorgeleid(String klantId, String lijn, String time) {
        KafkaTestClient.send(INDELINGEN, klantId, event(UUID.randomUUID().toString(), "screening-service", "nl.werkplein.screening.klant-doorgeleid",
                klantId, time, "{\"klantId\":\"%s\",\"lijn\":\"%s\",\"bestandsklant\":false}".formatted(klantId, lijn)));
    }

    static void lijnGewijzigd(String id, String klantId, String lijn, String vorige, String time) {
        String data = lijn == null ? "{\"klantId\":\"%s\",\"vorigeLijn\":\"%s\",\"door\":\"ESCALATIE\"}".formatted(klantId, vorige)
                : "{\"klantId\":\"%s\",\"lijn\":\"%s\",\"vorigeLijn\":\"%s\",\"door\":\"CONSULENT\"}".formatted(klantId, lijn, vorige);
        KafkaTestClient.send(INDELINGEN, klantId, event(id, "screening-service", "nl.werkplein.screening.lijn-gewijzigd", klantId, time, data));
    }

    static void beeindigd(String klantId, String time) {
        KafkaTestClient.send(AANVRAGEN, klantId, event(UUID.randomUUID().toString(), "intake-service", "nl.werkplein.intake.uitkering-beeindigd",
                klantId, time, "{\"klantId\":\"%s\",\"beeindigingReden\":\"WERK\",\"beeindigdOp\":\"%s\"}".formatted(klantId, time.substring(0, 10))));
    }

    static ValidatableResponse caseload(String van, String tot) {
        return given().auth().oauth2(Tokens.voor("beheer")).accept(ContentType.JSON)
                .queryParam("van", van).queryParam("tot", tot).get(CASELOAD).then().statusCode(200);
    }

    static String regel(String maand, String lijn) {
        return "regels.find { it.maand == '" + maand + "' && it.lijn == '" + lijn + "' }";
    }

    static void budget(int jaar, String lijn, long bedrag, String toelichting, int verwachteVersie) {
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("bedrag", bedrag, "toelichting", toelichting))
                .put("/api/v1/managementinformatie/p-budgetten/" + jaar + "/" + lijn).then().statusCode(200)
                .body("huidig.versie", equalTo(verwachteVersie)).body("huidig.bedrag", equalTo((int) bedrag));
    }

    @Test
    void caseloadPerLijnPerMaandMetHetPBudgetPerKlant() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        doorgeleid(a, "ZELFDOENER", "2018-03-10T10:00:00+01:00");
        doorgeleid(b, "ZELFDOENER", "2018-03-10T11:00:00+01:00");
        doorgeleid(c, "KLANTONDERSTEUNING", "2018-03-11T10:00:00+01:00");
        // a line change of a client never routed is provisional: not counted
        lijnGewijzigd(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "KLANTONDERSTEUNING", "ZELFDOENER", "2018-04-01T10:00:00+02:00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> caseload("2018-03", "2018-03")
                .body(regel("2018-03", "ZELFDOENER") + ".caseload", equalTo(2))
                .body(regel("2018-03", "KLANTONDERSTEUNING") + ".caseload", equalTo(1)));
        lijnGewijzigd(UUID.randomUUID().toString(), a, "KLANTONDERSTEUNING", "ZELFDOENER", "2018-04-05T10:00:00+02:00");
        lijnGewijzigd(UUID.randomUUID().toString(), b, null, "ZELFDOENER", "2018-04-06T10:00:00+02:00");
        beeindigd(c, "2018-04-20T10:00:00+02:00");
        budget(2018, "KLANTONDERSTEUNING", 300_000, "Begroting 2018", 1);
        budget(2018, "KLANTONDERSTEUNING", 450_000, "Bijgesteld 2018", 2);
        budget(2018, "KLANTONDERSTEUNING", 450_000, "Bijgesteld 2018", 2); // the same again: no new version

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> caseload("2018-03", "2018-04")
                .body("van", equalTo("2018-03")).body("tot", equalTo("2018-04")).body("regels.size()", equalTo(6))
                .body(regel("2018-03", "ZELFDOENER") + ".instroom", equalTo(2))
                .body(regel("2018-03", "ZELFDOENER") + ".pBudget", nullValue())
                .body(regel("2018-03", "KLANTONDERSTEUNING") + ".budgetPerKlant", equalTo(450_000))
                .body(regel("2018-04", "ZELFDOENER") + ".uitstroom", equalTo(2))
                .body(regel("2018-04", "ZELFDOENER") + ".caseload", equalTo(0))
                .body(regel("2018-04", "KLANTONDERSTEUNING") + ".instroom", equalTo(1))
                .body(regel("2018-04", "KLANTONDERSTEUNING") + ".uitstroom", equalTo(1))
                .body(regel("2018-04", "KLANTONDERSTEUNING") + ".caseload", equalTo(1))
                .body(regel("2018-04", "KLANTONDERSTEUNING") + ".pBudget", equalTo(450_000))
                .body(regel("2018-04", "MAATSCHAPPELIJKE_PARTICIPATIE") + ".caseload", equalTo(0)));

        String csv = given().auth().oauth2(Tokens.voor("beheer")).accept("text/csv")
                .queryParam("van", "2018-04").queryParam("tot", "2018-04").queryParam("lijn", "KLANTONDERSTEUNING")
                .get(CASELOAD).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals("maand;lijn;instroom;uitstroom;caseload;pBudget;budgetPerKlant\n2018-04;KLANTONDERSTEUNING;1;1;1;450000;450000\n",
                csv.replace("\uFEFF", "").replace("\r\n", "\n"));

        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/managementinformatie/p-budgetten/2018/KLANTONDERSTEUNING").then().statusCode(200)
                .body("huidig.versie", equalTo(2)).body("versies.size()", equalTo(2))
                .body("versies[1].bedrag", equalTo(300_000)).body("versies[1].toelichting", equalTo("Begroting 2018"));

        // end a's benefit too: nothing carries into other tests' months
        beeindigd(a, "2018-05-02T10:00:00+02:00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> caseload("2018-05", "2018-05")
                .body(regel("2018-05", "KLANTONDERSTEUNING") + ".caseload", equalTo(0)));
    }

    @Test
    void eenHerbezorgdeGebeurtenisTeltEenmaalEnEenHerbouwGeeftDezelfdeCijfers() {
        String k = UUID.randomUUID().toString();
        String doorgeleidId = UUID.randomUUID().toString();
        String doorgeleid = event(doorgeleidId, "screening-service", "nl.werkplein.screening.klant-doorgeleid", k, "2019-05-02T10:00:00+02:00",
                "{\"klantId\":\"%s\",\"lijn\":\"ZELFDOENER\"}".formatted(k));
        KafkaTestClient.send(INDELINGEN, k, doorgeleid);
        lijnGewijzigd(UUID.randomUUID().toString(), k, "MAATSCHAPPELIJKE_PARTICIPATIE", "ZELFDOENER", "2019-05-03T10:00:00+02:00");
        KafkaTestClient.send(INDELINGEN, k, doorgeleid); // redelivered: counted again it would move the client back
        // same key and partition: once the marker after the redelivery counted, the redelivery was handled
        lijnGewijzigd(UUID.randomUUID().toString(), k, "KLANTONDERSTEUNING", "MAATSCHAPPELIJKE_PARTICIPATIE", "2019-05-04T10:00:00+02:00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> caseload("2019-05", "2019-05")
                .body(regel("2019-05", "KLANTONDERSTEUNING") + ".instroom", equalTo(1)));
        beeindigd(k, "2019-05-20T10:00:00+02:00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> caseload("2019-05", "2019-05")
                .body(regel("2019-05", "KLANTONDERSTEUNING") + ".uitstroom", equalTo(1)));
        String voor = caseload("2019-05", "2019-05")
                .body(regel("2019-05", "ZELFDOENER") + ".instroom", equalTo(1))
                .body(regel("2019-05", "ZELFDOENER") + ".uitstroom", equalTo(1))
                .body(regel("2019-05", "MAATSCHAPPELIJKE_PARTICIPATIE") + ".instroom", equalTo(1))
                .body(regel("2019-05", "MAATSCHAPPELIJKE_PARTICIPATIE") + ".uitstroom", equalTo(1))
                .body(regel("2019-05", "KLANTONDERSTEUNING") + ".caseload", equalTo(0))
                .extract().asString();

        given().auth().oauth2(Tokens.voor("beheer")).post("/api/v1/managementinformatie/herbouw").then().statusCode(200);
        assertEquals(voor, caseload("2019-05", "2019-05").extract().asString());
    }

    @Test
    void alleenBeheer() {
        given().get(CASELOAD).then().statusCode(401);
        given().auth().oauth2(Tokens.voor("consulent")).get(CASELOAD).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("bedrag", 1))
                .put("/api/v1/managementinformatie/p-budgetten/2026/ZELFDOENER").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("klant", UUID.randomUUID())).get("/api/v1/managementinformatie/p-budgetten/2026/ZELFDOENER").then().statusCode(403);
    }

    @Test
    void ongeldigeInvoerIs400DieHetVeldNoemt() {
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("van", "2026-13").get(CASELOAD).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("invalidParams[0].name", equalTo("van"));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("lijn", "ONBEKEND").get(CASELOAD).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("lijn"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("bedrag", 1))
                .put("/api/v1/managementinformatie/p-budgetten/20x6/ZELFDOENER").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("jaar"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("bedrag", -1))
                .put("/api/v1/managementinformatie/p-budgetten/2026/ZELFDOENER").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("bedrag"));
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/managementinformatie/p-budgetten/2031/ZELFDOENER").then().statusCode(404);
    }
}
