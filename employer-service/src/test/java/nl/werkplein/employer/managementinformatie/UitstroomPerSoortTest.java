package nl.werkplein.employer.managementinformatie;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** issue 18 point 5: outflow by kind of placement per month, from employer's own placement events; months of 2018. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class UitstroomPerSoortTest {

    static final String TOPIC = "werkplein.employer.plaatsingen.v1";
    static final String PAD = "/api/v1/managementinformatie/uitstroom-per-soort";

    static String event(String id, String type, String vacatureId, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:employer-service",
                 "type":"nl.werkplein.employer.%s","time":"2026-01-05T10:00:00+01:00","subject":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(id, type, vacatureId, data);
    }

    static void gerealiseerd(String vacatureId, String soort, String start, String uitstroom) {
        KafkaTestClient.send(TOPIC, vacatureId, event(UUID.randomUUID().toString(), "plaatsing-gerealiseerd", vacatureId,
                "{\"soort\":\"%s\",\"startdatum\":\"%s\",\"uitstroom\":\"%s\",\"klantId\":\"%s\"}".formatted(soort, start, uitstroom, UUID.randomUUID())));
    }

    static void beeindigd(String vacatureId, String soort, String eind, String reden) {
        KafkaTestClient.send(TOPIC, vacatureId, event(UUID.randomUUID().toString(), "plaatsing-beeindigd", vacatureId,
                "{\"soort\":\"%s\",\"einddatum\":\"%s\",\"reden\":\"%s\"}".formatted(soort, eind, reden)));
    }

    static ValidatableResponse maand(String maand) {
        return given().auth().oauth2(Tokens.voor("beheer")).accept("application/json")
                .queryParam("van", maand).queryParam("tot", maand).get(PAD).then().statusCode(200);
    }

    @Test
    void plaatsingenEnUitstroomPerSoortAlsJsonEnCsv() {
        String v = UUID.randomUUID().toString();
        gerealiseerd(v, "BAAN", "2018-03-01", "VOLLEDIG");
        gerealiseerd(v, "BAAN", "2018-03-15", "GEDEELTELIJK");
        gerealiseerd(v, "WERKLEERPLEK", "2018-03-20", "GEDEELTELIJK");
        beeindigd(v, "BAAN", "2018-03-30", "AFGEBROKEN_KLANT");
        beeindigd(v, "WERKLEERPLEK", "2018-04-02", "AFGEROND");
        String baan = "regels.find { it.soort == 'BAAN' }";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> maand("2018-04").body("regels.find { it.soort == 'WERKLEERPLEK' }.afgerond", equalTo(1)));
        maand("2018-03").body("regels.size()", equalTo(4))
                .body(baan + ".plaatsingen", equalTo(2)).body(baan + ".uitstroomVolledig", equalTo(1))
                .body(baan + ".uitstroomGedeeltelijk", equalTo(1)).body(baan + ".afgebroken", equalTo(1))
                .body("regels.find { it.soort == 'WERKLEERPLEK' }.plaatsingen", equalTo(1));
        String csv = given().auth().oauth2(Tokens.voor("matcher")).accept("text/csv").queryParam("van", "2018-03").queryParam("tot", "2018-03")
                .get(PAD).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString().replace("\uFEFF", "").replace("\r\n", "\n");
        assertEquals("maand;soort;plaatsingen;uitstroomVolledig;uitstroomGedeeltelijk;afgerond;afgebroken", csv.lines().findFirst().orElseThrow());
        assertEquals(true, csv.contains("\n2018-03;BAAN;2;1;1;0;1\n"), csv);
    }

    @Test
    void dezelfdeGebeurtenisTweemaalTeltEenmaalEnEenHerbouwGeeftDezelfdeCijfers() {
        String v = UUID.randomUUID().toString();
        String e = event(UUID.randomUUID().toString(), "plaatsing-gerealiseerd", v, "{\"soort\":\"DETACHERING\",\"startdatum\":\"2018-06-01\",\"uitstroom\":\"VOLLEDIG\"}");
        KafkaTestClient.send(TOPIC, v, e);
        KafkaTestClient.send(TOPIC, v, e);
        beeindigd(v, "DETACHERING", "2018-06-30", "AFGEROND"); // same key: handled after both copies
        String det = "regels.find { it.soort == 'DETACHERING' }";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> maand("2018-06").body(det + ".afgerond", equalTo(1)));
        String voor = maand("2018-06").body(det + ".plaatsingen", equalTo(1)).extract().asString();
        given().auth().oauth2(Tokens.voor("beheer")).post("/api/v1/managementinformatie/herbouw").then().statusCode(200);
        assertEquals(voor, maand("2018-06").extract().asString());
    }

    @Test
    void rollenEnOngeldigeMaand() {
        given().get(PAD).then().statusCode(401);
        given().auth().oauth2(Tokens.voor("consulent")).get(PAD).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("matcher")).post("/api/v1/managementinformatie/herbouw").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("van", "2018-13").get(PAD).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("invalidParams[0].name", equalTo("van"));
    }
}
