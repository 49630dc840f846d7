package nl.werkplein.ecoach.managementinformatie;

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

/** issue 18 point 5: the caseload per e-coach per month from ecoach's own trajectory events; coaches of this test only. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ManagementinformatieTest {

    static final String TOPIC = "werkplein.ecoach.trajecten.v1";
    static final String PAD = "/api/v1/managementinformatie/caseload-per-ecoach";

    static String event(String id, String type, String klantId, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:ecoach-service",
                 "type":"nl.werkplein.ecoach.%s","time":"%s","subject":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(id, type, time, klantId, data);
    }

    static String gestart(String id, String klantId, String trajectId, String coach, String time) {
        String e = event(id, "traject-gestart", klantId, time, "{\"klantId\":\"%s\",\"trajectId\":\"%s\",\"ecoachId\":\"%s\"}".formatted(klantId, trajectId, coach));
        KafkaTestClient.send(TOPIC, klantId, e);
        return e;
    }

    static void afgesloten(String klantId, String trajectId, String time) {
        KafkaTestClient.send(TOPIC, klantId, event(UUID.randomUUID().toString(), "traject-afgesloten", klantId, time,
                "{\"klantId\":\"%s\",\"trajectId\":\"%s\",\"reden\":\"WERK\"}".formatted(klantId, trajectId)));
    }

    static ValidatableResponse maanden(String van, String tot) {
        return given().auth().oauth2(Tokens.voor("beheer")).accept("application/json")
                .queryParam("van", van).queryParam("tot", tot).get(PAD).then().statusCode(200);
    }

    @Test
    void caseloadPerEcoachPerMaandAlsJsonEnCsvEenmaalGeteldEnHerbouwd() {
        String coach = "mi-" + UUID.randomUUID().toString().substring(0, 8);
        String k1 = UUID.randomUUID().toString();
        String k2 = UUID.randomUUID().toString();
        String t1 = UUID.randomUUID().toString();
        String t2 = UUID.randomUUID().toString();
        String e1 = gestart(UUID.randomUUID().toString(), k1, t1, coach, "2018-03-05T10:00:00+01:00");
        gestart(UUID.randomUUID().toString(), k2, t2, coach, "2018-03-06T10:00:00+01:00");
        afgesloten(k1, t1, "2018-04-10T10:00:00+02:00");
        KafkaTestClient.send(TOPIC, k1, e1); // redelivered after the close: counted again it would reopen the trajectory
        afgesloten(k1, UUID.randomUUID().toString(), "2018-04-11T10:00:00+02:00"); // marker on the same partition; unknown trajectory: nothing
        String maart = "regels.find { it.maand == '2018-03' && it.ecoachId == '" + coach + "' }";
        String april = "regels.find { it.maand == '2018-04' && it.ecoachId == '" + coach + "' }";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> maanden("2018-03", "2018-04")
                .body(april + ".uitstroom", equalTo(1)));
        String voor = maanden("2018-03", "2018-04")
                .body(maart + ".instroom", equalTo(2)).body(maart + ".caseload", equalTo(2))
                .body(april + ".instroom", equalTo(0)).body(april + ".caseload", equalTo(1))
                .extract().asString();
        String csv = given().auth().oauth2(Tokens.voor("beheer")).accept("text/csv").queryParam("van", "2018-04").queryParam("tot", "2018-04")
                .get(PAD).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString().replace("\uFEFF", "").replace("\r\n", "\n");
        assertEquals("maand;ecoachId;instroom;uitstroom;caseload", csv.lines().findFirst().orElseThrow());
        assertEquals(true, csv.contains("\n2018-04;" + coach + ";0;1;1\n"), csv);

        given().auth().oauth2(Tokens.voor("beheer")).post("/api/v1/managementinformatie/herbouw").then().statusCode(200);
        assertEquals(voor, maanden("2018-03", "2018-04").extract().asString());
        afgesloten(k2, t2, "2018-05-01T10:00:00+02:00"); // nothing carries into other months
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> maanden("2018-05", "2018-05")
                .body("regels.find { it.ecoachId == '" + coach + "' }.caseload", equalTo(0)));
    }

    @Test
    void rollenEnOngeldigeMaand() {
        given().get(PAD).then().statusCode(401);
        given().auth().oauth2(Tokens.voor("ecoach", "ecoach-1")).get(PAD).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("van", "2026-13").get(PAD).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("invalidParams[0].name", equalTo("van"));
    }
}
