package nl.werkplein.intake.managementinformatie;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * issue 18 point 5: intake's management information from its own events, as JSON and CSV; each test
 * uses months of 2019 of its own, which no other test's events reach.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ManagementinformatieTest {

    static final String PAD = "/api/v1/managementinformatie/aanvragen";

    static String event(String id, String type, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.%s","time":"%s","subject":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(id, type, time, UUID.randomUUID(), data);
    }

    static void stuur(String klantId, String type, String time, String data) {
        KafkaTestClient.send(AanvraagEvents.TOPIC, klantId, event(UUID.randomUUID().toString(), type, time, data));
    }

    static ValidatableResponse maand(String maand) {
        return given().auth().oauth2(Tokens.voor("beheer")).accept("application/json")
                .queryParam("van", maand).queryParam("tot", maand).get(PAD).then().statusCode(200);
    }

    @Test
    void instroomUitstroomEnDoorlooptijdPerMaandAlsJsonEnCsv() {
        String k = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            stuur(k, "aanvraag-ingediend", "2019-03-05T09:00:00+01:00", "{\"aanvraagdatum\":\"2019-03-05\",\"status\":\"INGEDIEND\"}");
        }
        stuur(k, "klant-uitgestroomd", "2019-03-20T10:00:00+01:00", "{\"aanvraagdatum\":\"2019-03-05\",\"uitstroomReden\":\"WERK\"}");
        stuur(k, "klant-uitgestroomd", "2019-03-21T10:00:00+01:00", "{\"aanvraagdatum\":\"2019-03-05\",\"uitstroomReden\":\"OPLEIDING\"}");
        // the benefit's month is that of beeindigdOp, not of the event
        stuur(k, "uitkering-beeindigd", "2019-04-02T10:00:00+02:00", "{\"beeindigingReden\":\"VERHUIZING\",\"beeindigdOp\":\"2019-03-31\"}");
        // decisions: 50 days (within 8 weeks), 62 days (over), 37 days (within); 23:30 UTC on 28 Feb is 1 March in Amsterdam
        stuur(k, "aanvraag-toegekend", "2019-02-28T23:30:00Z", "{\"aanvraagdatum\":\"2019-01-10\"}");
        stuur(k, "aanvraag-afgewezen", "2019-03-04T10:00:00+01:00", "{\"aanvraagdatum\":\"2019-01-01\"}");
        stuur(k, "aanvraag-toegekend", "2019-03-10T10:00:00+01:00", "{\"aanvraagdatum\":\"2019-02-01\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> maand("2019-03")
                .body("van", equalTo("2019-03")).body("tot", equalTo("2019-03")).body("beslistermijn", equalTo("P56D"))
                .body("regels.size()", equalTo(1))
                .body("regels[0].maand", equalTo("2019-03"))
                .body("regels[0].ingediend", equalTo(3))
                .body("regels[0].zoekperiodeWerk", equalTo(1))
                .body("regels[0].zoekperiodeOpleiding", equalTo(1))
                .body("regels[0].zoekperiodeIngetrokken", equalTo(0))
                .body("regels[0].beeindigdVerhuizing", equalTo(1))
                .body("regels[0].besluiten", equalTo(3))
                .body("regels[0].binnenTermijn", equalTo(2))
                .body("regels[0].overTermijn", equalTo(1))
                .body("regels[0].mediaanDoorlooptijdDagen", equalTo(50.0f)));
        maand("2019-04").body("regels[0].beeindigdVerhuizing", equalTo(0)).body("regels[0].mediaanDoorlooptijdDagen", nullValue());

        String csv = given().auth().oauth2(Tokens.voor("beheer")).accept("text/csv")
                .queryParam("van", "2019-02").queryParam("tot", "2019-03").get(PAD).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertEquals("""
                maand;ingediend;zoekperiodeWerk;zoekperiodeOpleiding;zoekperiodeIngetrokken;beeindigdWerk;beeindigdOpleiding;beeindigdVerhuizing;beeindigdOverig;besluiten;binnenTermijn;overTermijn;mediaanDoorlooptijdDagen
                2019-02;0;0;0;0;0;0;0;0;0;0;0;
                2019-03;3;1;1;0;0;0;1;0;3;2;1;50.0
                """, csv.replace("\uFEFF", "").replace("\r\n", "\n"));
    }

    @Test
    void dezelfdeGebeurtenisTweemaalTeltEenmaal() {
        String k = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        String ingediend = event(id, "aanvraag-ingediend", "2019-05-05T09:00:00+02:00", "{\"aanvraagdatum\":\"2019-05-05\"}");
        KafkaTestClient.send(AanvraagEvents.TOPIC, k, ingediend);
        KafkaTestClient.send(AanvraagEvents.TOPIC, k, ingediend);
        // same key, same partition: once the later marker counted, both copies were handled
        stuur(k, "klant-uitgestroomd", "2019-05-20T10:00:00+02:00", "{\"uitstroomReden\":\"INGETROKKEN\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> maand("2019-05").body("regels[0].zoekperiodeIngetrokken", equalTo(1)));
        maand("2019-05").body("regels[0].ingediend", equalTo(1));
    }

    @Test
    void herbouwVanafOffsetNulGeeftDezelfdeCijfers() {
        String k = UUID.randomUUID().toString();
        stuur(k, "aanvraag-ingediend", "2019-07-01T09:00:00+02:00", "{\"aanvraagdatum\":\"2019-07-01\"}");
        stuur(k, "aanvraag-toegekend", "2019-07-29T09:00:00+02:00", "{\"aanvraagdatum\":\"2019-07-01\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> maand("2019-07").body("regels[0].besluiten", equalTo(1)));
        given().auth().oauth2(Tokens.voor("beheer")).post("/api/v1/managementinformatie/herbouw").then().statusCode(200)
                .body("gelezen", greaterThanOrEqualTo(2));
        maand("2019-07").body("regels[0].ingediend", equalTo(1)).body("regels[0].besluiten", equalTo(1))
                .body("regels[0].binnenTermijn", equalTo(1)).body("regels[0].mediaanDoorlooptijdDagen", equalTo(28.0f));
    }

    @Test
    void alleenBeheer() {
        given().get(PAD).then().statusCode(401);
        given().auth().oauth2(Tokens.voor("consulent")).get(PAD).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("consulent")).post("/api/v1/managementinformatie/herbouw").then().statusCode(403);
    }

    @Test
    void eenOngeldigeMaandIs400DieDeParameterNoemt() {
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("van", "2026-13").get(PAD).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("invalidParams[0].name", equalTo("van"));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("van", "2026-03").queryParam("tot", "2026-01").get(PAD).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("tot"));
    }
}
