package nl.werkplein.socialreturn.managementinformatie;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.werkplein.socialreturn.contract.ContractEvents;
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

/**
 * issue 18 point 5: Social Return realised against obligation per month, from socialreturn's own
 * contract events, as JSON and CSV. Months of 2018, before any other test's events.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ManagementinformatieTest {

    static final String PAD = "/api/v1/managementinformatie/social-return";

    static String event(String id, String type, String contractId, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:socialreturn-service",
                 "type":"%s","time":"%s","subject":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(id, type, time, contractId, data);
    }

    static void stuur(String contractId, String type, String time, String data) {
        KafkaTestClient.send(ContractEvents.TOPIC, contractId, event(UUID.randomUUID().toString(), type, contractId, time, data));
    }

    static ValidatableResponse maanden(String van, String tot) {
        return given().auth().oauth2(Tokens.voor("beheer")).accept("application/json")
                .queryParam("van", van).queryParam("tot", tot).get(PAD).then().statusCode(200);
    }

    @Test
    void gerealiseerdTegenVerplichtingPerMaandAlsJsonEnCsv() {
        String c = UUID.randomUUID().toString();
        stuur(c, ContractEvents.GEREGISTREERD, "2018-02-10T10:00:00+01:00", "{\"contractId\":\"%s\",\"verplichting\":1000000}".formatted(c));
        stuur(c, ContractEvents.PLAATSING_TOEGEREKEND, "2018-03-05T10:00:00+01:00", "{\"contractId\":\"%s\",\"soort\":\"BAAN\",\"waarde\":250000}".formatted(c));
        stuur(c, ContractEvents.PLAATSING_TOEGEREKEND, "2018-03-06T10:00:00+01:00", "{\"contractId\":\"%s\",\"soort\":\"WERKLEERPLEK\",\"waarde\":125000}".formatted(c));
        stuur(c, ContractEvents.PLAATSING_HERGEWAARDEERD, "2018-04-01T10:00:00+02:00", "{\"contractId\":\"%s\",\"correctie\":-50000}".formatted(c));
        String d = UUID.randomUUID().toString();
        stuur(d, ContractEvents.GEREGISTREERD, "2018-04-02T10:00:00+02:00", "{\"contractId\":\"%s\",\"verplichting\":1000000}".formatted(d));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> maanden("2018-02", "2018-04")
                .body("regels.size()", equalTo(3))
                .body("regels[0].verplichting", equalTo(1_000_000)).body("regels[0].realisatiePercentage", equalTo(0.0f))
                .body("regels[1].gerealiseerd", equalTo(375_000)).body("regels[1].plaatsingen", equalTo(2))
                .body("regels[1].realisatiePercentage", equalTo(37.5f))
                .body("regels[2].verplichting", equalTo(1_000_000)).body("regels[2].gerealiseerd", equalTo(-50_000))
                .body("regels[2].verplichtingTotaal", equalTo(2_000_000)).body("regels[2].gerealiseerdTotaal", equalTo(325_000))
                .body("regels[2].realisatiePercentage", equalTo(16.3f)));
        // the totals carry over from months before van
        maanden("2018-03", "2018-03").body("regels[0].verplichtingTotaal", equalTo(1_000_000)).body("regels[0].gerealiseerdTotaal", equalTo(375_000));

        String csv = given().auth().oauth2(Tokens.voor("socialreturn")).accept("text/csv")
                .queryParam("van", "2018-03").queryParam("tot", "2018-03").get(PAD).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertEquals("maand;verplichting;gerealiseerd;plaatsingen;verplichtingTotaal;gerealiseerdTotaal;realisatiePercentage\n"
                + "2018-03;0;375000;2;1000000;375000;37.5\n", csv.replace("\uFEFF", "").replace("\r\n", "\n"));
    }

    @Test
    void dezelfdeGebeurtenisTweemaalTeltEenmaalEnEenHerbouwGeeftDezelfdeCijfers() {
        String c = UUID.randomUUID().toString();
        String toegerekend = event(UUID.randomUUID().toString(), ContractEvents.PLAATSING_TOEGEREKEND, c, "2018-06-05T10:00:00+02:00",
                "{\"contractId\":\"%s\",\"soort\":\"BAAN\",\"waarde\":100000}".formatted(c));
        KafkaTestClient.send(ContractEvents.TOPIC, c, toegerekend);
        KafkaTestClient.send(ContractEvents.TOPIC, c, toegerekend);
        // same key and partition: once the marker counted, both copies were handled
        stuur(c, ContractEvents.GEREGISTREERD, "2018-06-06T10:00:00+02:00", "{\"contractId\":\"%s\",\"verplichting\":400000}".formatted(c));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> maanden("2018-06", "2018-06").body("regels[0].verplichting", equalTo(400_000)));
        String voor = maanden("2018-06", "2018-06").body("regels[0].gerealiseerd", equalTo(100_000)).body("regels[0].plaatsingen", equalTo(1))
                .extract().asString();
        given().auth().oauth2(Tokens.voor("beheer")).post("/api/v1/managementinformatie/herbouw").then().statusCode(200);
        assertEquals(voor, maanden("2018-06", "2018-06").extract().asString());
    }

    @Test
    void rollenEnOngeldigeMaand() {
        given().get(PAD).then().statusCode(401);
        given().auth().oauth2(Tokens.voor("consulent")).get(PAD).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("socialreturn")).post("/api/v1/managementinformatie/herbouw").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("tot", "2018-00").get(PAD).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("invalidParams[0].name", equalTo("tot"));
    }
}
