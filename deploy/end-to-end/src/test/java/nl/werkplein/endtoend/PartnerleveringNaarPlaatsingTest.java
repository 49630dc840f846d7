package nl.werkplein.endtoend;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * All five services over real Kafka: a client routed as zelfdoener with a Werkmap profile becomes a
 * candidate; Randstad's weekly delivery (one bad row) is routed by socialreturn to the BEMIDDELBAAR
 * pool; the matcher sees the vacancy with the candidate on the shortlist and records a placement;
 * socialreturn credits Randstad's contract with the bouwblokken value, once.
 */
class PartnerleveringNaarPlaatsingTest {

    static ServiceProcess intake;
    static ServiceProcess screening;
    static ServiceProcess ecoach;
    static ServiceProcess employer;
    static ServiceProcess socialreturn;

    @BeforeAll
    static void start() throws Exception {
        Suite suite = Suite.get();
        intake = suite.intake;
        screening = suite.screening;
        ecoach = suite.ecoach;
        employer = suite.employer;
        socialreturn = suite.socialreturn;
    }

    /** A client of 56 routed as zelfdoener (aanvraag → questionnaire → benefit granted), with a profile. */
    static UUID kandidaat() {
        Klantreis.Aanvraag aanvraag = Klantreis.aanvraagMetGesprek(intake, TestBsn.volgende(), "1970-03-03",
                "kandidaat-" + UUID.randomUUID() + "@example.nl");
        UUID klantId = aanvraag.klantId();
        Klantreis.alsZelfdoenerIngedeeld(screening, klantId);
        Klantreis.toegekend(intake, aanvraag.id());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(ecoach.url()).auth().oauth2(Tokens.klant(klantId))
                .get("/api/v1/trajecten/" + klantId).then().statusCode(200));
        given().baseUri(ecoach.url()).auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON)
                .body(Map.of("wensen", "magazijnwerk", "beroepscodes", List.of("4321"), "urenPerWeek", 32, "werkregio", List.of("97"),
                        "opleidingsniveau", "MBO2", "vaardigheden", List.of("heftruck"), "beschikbaarPer", LocalDate.now().toString()))
                .put("/api/v1/werkmappen/" + klantId + "/profiel").then().statusCode(200);
        return klantId;
    }

    @Test
    void vanLeveringViaWerkvoorraadNaarPlaatsingDieHetContractCrediteert() {
        UUID klantId = kandidaat();

        String contractId = given().baseUri(socialreturn.url()).auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body(Map.of("opdrachtnemer", "Randstad Nederland", "opdrachtwaarde", 100_000_000, "percentage", 5, "partnerId", "randstad"))
                .post("/api/v1/contracten").then().statusCode(201).extract().path("id");

        LocalDate vandaag = LocalDate.now();
        String week = "%d-W%02d".formatted(vandaag.get(IsoFields.WEEK_BASED_YEAR), vandaag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String referentie = "RS-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> goed = Map.of("referentie", referentie, "titel", "Orderpicker", "omschrijving", "Orders verzamelen in het magazijn",
                "beroepscode", "4321", "postcode", "9731AB", "urenPerWeek", 32, "opleidingsniveau", "MBO2",
                "sluitingsdatum", vandaag.plusWeeks(4).toString());
        Map<String, Object> fout = Map.of("referentie", referentie + "-X", "titel", "", "beroepscode", "12", "postcode", "9731AB",
                "urenPerWeek", 32, "opleidingsniveau", "MBO2", "sluitingsdatum", vandaag.plusWeeks(4).toString());
        given().baseUri(socialreturn.url()).auth().oauth2(Tokens.voor("partner", "randstad")).contentType(ContentType.JSON)
                .body(Map.of("vacatures", List.of(goed, fout)))
                .put("/api/v1/partners/randstad/leveringen/" + week).then().statusCode(200)
                .body("geaccepteerd", equalTo(1)).body("afgewezen.referentie", hasItem(referentie + "-X"));

        // the matcher of BEMIDDELBAAR sees the vacancy with the candidate on its shortlist
        String matcher = Tokens.voor("matcher");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath werkvoorraad = given().baseUri(employer.url()).auth().oauth2(matcher).queryParam("bron", "PARTNER").queryParam("size", 100)
                    .get("/api/v1/pools/BEMIDDELBAAR/werkvoorraad").then().statusCode(200).extract().jsonPath();
            List<String> kandidaten = werkvoorraad.getList("items.find { it.referentie == '" + referentie + "' }.kandidaten.klantId");
            assertTrue(kandidaten != null && kandidaten.contains(klantId.toString()), "candidate on the shortlist: " + werkvoorraad.prettify());
        });
        JsonPath werkvoorraad = given().baseUri(employer.url()).auth().oauth2(matcher).queryParam("bron", "PARTNER").queryParam("size", 100)
                .get("/api/v1/pools/BEMIDDELBAAR/werkvoorraad").then().extract().jsonPath();
        String vacatureId = werkvoorraad.getString("items.find { it.referentie == '" + referentie + "' }.vacatureId");
        assertTrue(werkvoorraad.getString("items.find { it.referentie == '" + referentie + "' }.kandidaten[0].redenen").length() > 2);

        Map<String, Object> plaatsing = Map.of("vacatureId", vacatureId, "klantId", klantId.toString(), "soort", "BAAN",
                "startdatum", vandaag.toString(), "urenPerWeek", 24, "duurMaanden", 6, "uitstroom", "VOLLEDIG");
        given().baseUri(employer.url()).auth().oauth2(Tokens.voor("accountmanager")).contentType(ContentType.JSON).body(plaatsing)
                .post("/api/v1/plaatsingen").then().statusCode(403);
        given().baseUri(employer.url()).auth().oauth2(matcher).contentType(ContentType.JSON).body(plaatsing)
                .post("/api/v1/plaatsingen").then().statusCode(201);
        given().baseUri(employer.url()).auth().oauth2(matcher).contentType(ContentType.JSON).body(plaatsing)
                .post("/api/v1/plaatsingen").then().statusCode(200);

        // bouwblokken: PARTICIPATIEWET €40,000 + €10,000 (50 or older) × 24/36 × 6/12 = €16,666.67, credited once
        String socialreturnToken = Tokens.voor("socialreturn");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(socialreturn.url()).auth().oauth2(socialreturnToken)
                .get("/api/v1/contracten/" + contractId).then().statusCode(200)
                .body("verplichting", equalTo(5_000_000)).body("gerealiseerd", equalTo(1_666_667)));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().baseUri(socialreturn.url())
                .auth().oauth2(socialreturnToken).get("/api/v1/contracten/" + contractId).then().body("gerealiseerd", equalTo(1_666_667)));
        given().baseUri(socialreturn.url()).auth().oauth2(socialreturnToken).get("/api/v1/contracten/" + contractId).then()
                .body("realisatiePercentage", notNullValue());

        // the same delivery again changes nothing
        given().baseUri(socialreturn.url()).auth().oauth2(Tokens.voor("partner", "randstad")).contentType(ContentType.JSON)
                .body(Map.of("vacatures", List.of(goed, fout)))
                .put("/api/v1/partners/randstad/leveringen/" + week).then().statusCode(200).body("geaccepteerd", equalTo(1));
        long keer = given().baseUri(employer.url()).auth().oauth2(matcher).queryParam("bron", "PARTNER").queryParam("size", 100)
                .get("/api/v1/pools/BEMIDDELBAAR/werkvoorraad").then().extract().jsonPath()
                .getList("items.referentie").stream().filter(referentie::equals).count();
        assertTrue(keer <= 1, "the vacancy is in the worklist at most once");
    }
}
