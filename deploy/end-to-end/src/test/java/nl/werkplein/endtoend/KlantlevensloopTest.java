package nl.werkplein.endtoend;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One client, one story (domain.md 1.10–1.11, 2.5, 6.5, 7.4): the five services as processes over real
 * Kafka and PostgreSQL, driven only through their public APIs. Each test follows its own client.
 */
class KlantlevensloopTest {

    static ServiceProcess intake;
    static ServiceProcess screening;
    static ServiceProcess ecoach;
    static ServiceProcess employer;
    static ServiceProcess socialreturn;

    static final Duration EVENTUEEL = Duration.ofSeconds(30);

    @BeforeAll
    static void start() throws Exception {
        Suite suite = Suite.get();
        intake = suite.intake;
        screening = suite.screening;
        ecoach = suite.ecoach;
        employer = suite.employer;
        socialreturn = suite.socialreturn;
    }

    // ---- point 1: a line decided by a person stands; only a submitted questionnaire meets the obligation ----

    @Test
    void eenLijnDoorEenPersoonBlijftStaanBijEenLatereVragenlijst() {
        Klantreis.Aanvraag aanvraag = Klantreis.aanvraagMetGesprek(intake, TestBsn.volgende(), "1985-05-05",
                "persoon-" + UUID.randomUUID() + "@example.nl");
        UUID klantId = aanvraag.klantId();
        Klantreis.bekendBijScreening(screening, klantId);

        // the face-to-face decision
        given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("lijn", "KLANTONDERSTEUNING", "reden", "in het gesprek: wil met begeleiding aan het werk"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200).body("lijn", equalTo("KLANTONDERSTEUNING"));
        // a decision is not a questionnaire: the obligation stays open
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertEquals(false, Klantreis.verplichting(intake, aanvraag.id(), "ENTREEVRAGENLIJST")));

        // a later questionnaire is stored and scored (201) but the line stays
        Klantreis.vragenlijstMetVijven(screening, klantId).statusCode(201).body("uitkomst", equalTo("ZELFDOENER"));
        JsonPath indeling = given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent"))
                .get("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200).extract().jsonPath();
        assertEquals("KLANTONDERSTEUNING", indeling.getString("lijn"));
        assertTrue(indeling.getList("historie.uitkomst").contains("ZELFDOENER"), "the scored questionnaire is in the history: " + indeling.prettify());
        assertEquals("KLANTONDERSTEUNING", indeling.getString("historie[-1].lijn"), "the history says the line stayed: " + indeling.prettify());
        // the questionnaire does meet the obligation
        await().atMost(EVENTUEEL).untilAsserted(() -> assertEquals(true, Klantreis.verplichting(intake, aanvraag.id(), "ENTREEVRAGENLIJST")));

        Klantreis.toegekend(intake, aanvraag.id());
        // routed on the person's line: a Klantondersteuning candidate, no e-coach
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200)
                .body("lijn", equalTo("KLANTONDERSTEUNING")).body("pool", equalTo("KLANTONDERSTEUNING")));
        given().baseUri(ecoach.url()).auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId).then().statusCode(404);

        // a running Klantondersteuning trajectory is not touched by yet another questionnaire
        given().baseUri(screening.url()).auth().oauth2(Tokens.voor("klantondersteuner")).contentType(ContentType.JSON)
                .body(Map.of("urenPerWeek", 18)).post("/api/v1/klanten/" + klantId + "/klantondersteuning").then().statusCode(201);
        Klantreis.vragenlijstMetVijven(screening, klantId).statusCode(201);
        given().baseUri(screening.url()).auth().oauth2(Tokens.voor("klantondersteuner"))
                .get("/api/v1/klanten/" + klantId + "/klantondersteuning").then().statusCode(200)
                .body("fase", equalTo("CENTRUM_VOOR_WERK"));
        given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent"))
                .get("/api/v1/klanten/" + klantId + "/indeling").then().body("lijn", equalTo("KLANTONDERSTEUNING"));

        // point 5 for Klantondersteuning: the benefit ends, the phase closes and the candidate leaves the pool
        Klantreis.beeindigd(intake, aanvraag.id(), "VERHUIZING");
        await().atMost(EVENTUEEL).untilAsserted(() -> given().baseUri(screening.url()).auth().oauth2(Tokens.voor("klantondersteuner"))
                .get("/api/v1/klanten/" + klantId + "/klantondersteuning").then().statusCode(200).body("fase", equalTo("AFGESLOTEN")));
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200).body("pool", nullValue()).body("beschikbaar", equalTo(false)));
    }

    // ---- point 2: after an escalation the consulent's new line reaches every service ----

    @Test
    void eenNieuweLijnNaEscalatieBereiktElkeDienstEnDeMatching() {
        Klantreis.Aanvraag aanvraag = Klantreis.aanvraagMetGesprek(intake, TestBsn.volgende(), "1988-08-08",
                "escalatie-" + UUID.randomUUID() + "@example.nl");
        UUID klantId = aanvraag.klantId();
        String ecoachId = zelfdoenerMetProfiel(aanvraag);
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200).body("pool", equalTo("BEMIDDELBAAR")));

        given().baseUri(ecoach.url()).auth().oauth2(Tokens.voor("ecoach", UUID.fromString(ecoachId))).contentType(ContentType.JSON)
                .body(Map.of("reden", "heeft meer begeleiding nodig")).post("/api/v1/trajecten/" + klantId + "/escalaties").then().statusCode(200);
        await().atMost(EVENTUEEL).untilAsserted(() -> given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent"))
                .get("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200).body("lijn", nullValue()));
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200).body("pool", nullValue()));
        traject(klantId).body("status", equalTo("AFGESLOTEN"));

        // the consulent's new face-to-face decision
        given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("lijn", "KLANTONDERSTEUNING", "reden", "na escalatie: Centrum voor Werk"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200);
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200)
                .body("lijn", equalTo("KLANTONDERSTEUNING")).body("pool", equalTo("KLANTONDERSTEUNING")));
        traject(klantId).body("status", equalTo("AFGESLOTEN"));

        // matching sees the client in the new pool, and no longer in the old one
        String contractId = contract();
        String vacatureId = plaats(contractId, "WERKLEERPLEK", "KLANTONDERSTEUNING");
        await().atMost(EVENTUEEL).untilAsserted(() -> assertTrue(shortlist("KLANTONDERSTEUNING", vacatureId).contains(klantId.toString()),
                "on the KLANTONDERSTEUNING shortlist"));
        String bemiddelbaar = plaats(contractId, "WERKLEERPLEK", "BEMIDDELBAAR");
        await().atMost(EVENTUEEL).untilAsserted(() -> assertTrue(werkvoorraad("BEMIDDELBAAR").getList("items.vacatureId").contains(bemiddelbaar)));
        assertTrue(!shortlist("BEMIDDELBAAR", bemiddelbaar).contains(klantId.toString()), "not on the BEMIDDELBAAR shortlist any more");
    }

    // ---- points 5 and 6: the benefit ends, everything follows; the client comes back and is served again ----

    @Test
    void eenBeeindigdeUitkeringSluitAllesEnEenTerugkerendeKlantWordtOpnieuwBediend() {
        String bsn = TestBsn.volgende();
        String email = "terug-" + UUID.randomUUID() + "@example.nl";
        Klantreis.Aanvraag eerste = Klantreis.aanvraagMetGesprek(intake, bsn, "1979-09-09", email);
        UUID klantId = eerste.klantId();
        zelfdoenerMetProfiel(eerste);
        String eersteTraject = traject(klantId).extract().path("trajectId");
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200).body("pool", equalTo("BEMIDDELBAAR")));

        // wrong role and wrong state first: nothing changes
        given().baseUri(intake.url()).auth().oauth2(Tokens.voor("kcc")).contentType(ContentType.JSON)
                .body(Map.of("reden", "WERK", "datum", LocalDate.now().toString()))
                .post("/api/v1/aanvragen/" + eerste.id() + "/beeindiging").then().statusCode(403);
        Klantreis.beeindigd(intake, eerste.id(), "WERK");
        given().baseUri(intake.url()).auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("reden", "WERK", "datum", LocalDate.now().toString()))
                .post("/api/v1/aanvragen/" + eerste.id() + "/beeindiging").then().statusCode(409);

        await().atMost(EVENTUEEL).untilAsserted(() -> traject(klantId).body("status", equalTo("AFGESLOTEN")));
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200).body("pool", nullValue()).body("beschikbaar", equalTo(false)));

        // the client applies again: same klantId, screened again, routed only after the new grant
        Klantreis.Aanvraag tweede = Klantreis.aanvraagMetGesprek(intake, bsn, "1979-09-09", email);
        assertEquals(klantId, tweede.klantId());
        assertNotEquals(eerste.id(), tweede.id());
        await().atMost(EVENTUEEL).untilAsserted(() -> given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent"))
                .get("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200)
                .body("lijn", nullValue()).body("doorgeleid", equalTo(false)).body("historie.lijn", hasItem("ZELFDOENER")));
        Klantreis.vragenlijstMetVijven(screening, klantId).statusCode(201).body("uitkomst", equalTo("ZELFDOENER"));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).untilAsserted(() -> {
            traject(klantId).body("trajectId", equalTo(eersteTraject)).body("status", equalTo("AFGESLOTEN"));
            kandidaat(klantId).body("pool", nullValue());
        });

        Klantreis.toegekend(intake, tweede.id());
        await().atMost(EVENTUEEL).untilAsserted(() -> traject(klantId).body("status", equalTo("ACTIEF"))
                .body("trajectId", not(equalTo(eersteTraject))));
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200).body("pool", equalTo("BEMIDDELBAAR"))
                .body("beschikbaar", equalTo(true)));
    }

    // ---- point 7: one running placement, its end, and Social Return credited as registered and re-valued ----

    @Test
    void eenPlaatsingWordtGecrediteerdZoalsGeregistreerdEnHergewaardeerdBijVroegtijdigEinde() {
        Klantreis.Aanvraag aanvraag = Klantreis.aanvraagMetGesprek(intake, TestBsn.volgende(), "1985-01-15",
                "plaatsing-" + UUID.randomUUID() + "@example.nl");
        UUID klantId = aanvraag.klantId();
        zelfdoenerMetProfiel(aanvraag);
        String contractId = contract();
        String baan = plaats(contractId, "BAAN", "BEMIDDELBAAR");
        String tweede = plaats(contractId, "BAAN", "BEMIDDELBAAR");
        await().atMost(EVENTUEEL).untilAsserted(() -> assertTrue(shortlist("BEMIDDELBAAR", baan).contains(klantId.toString())));
        await().atMost(EVENTUEEL).untilAsserted(() -> assertTrue(werkvoorraad("BEMIDDELBAAR").getList("items.vacatureId").contains(tweede)));

        LocalDate start = LocalDate.now().minusMonths(3);
        // the place was registered as a BAAN: a placement that says DETACHERING is refused, naming soort
        plaatsing(baan, klantId, "DETACHERING", start, "GEDEELTELIJK").statusCode(400).body("invalidParams.name", hasItem("soort"));
        String plaatsingId = plaatsing(baan, klantId, "BAAN", start, "GEDEELTELIJK").statusCode(201).extract().path("id");
        // one running placement per candidate
        plaatsing(tweede, klantId, "BAAN", LocalDate.now(), "GEDEELTELIJK").statusCode(409);

        // bouwblokken: PARTICIPATIEWET €40,000 × 24/36 × 6/12 = €13,333.33
        await().atMost(EVENTUEEL).untilAsserted(() -> contractGerealiseerd(contractId, 1_333_333));

        // broken off after 2 months and 10 days: re-valued on the 2 months worked, €4,444.44
        given().baseUri(employer.url()).auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON)
                .body(Map.of("einddatum", start.plusMonths(2).plusDays(9).toString(), "reden", "AFGEBROKEN_KLANT"))
                .post("/api/v1/plaatsingen/" + plaatsingId + "/beeindiging").then().statusCode(200);
        await().atMost(EVENTUEEL).untilAsserted(() -> contractGerealiseerd(contractId, 444_444));
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200)
                .body("geplaatst", equalTo(false)).body("beschikbaar", equalTo(true)).body("pool", equalTo("BEMIDDELBAAR")));

        // the next placement is full outflow: intake ends the benefit, the candidate leaves the pools
        plaatsing(tweede, klantId, "BAAN", LocalDate.now(), "VOLLEDIG").statusCode(201);
        await().atMost(EVENTUEEL).untilAsserted(() -> given().baseUri(intake.url()).auth().oauth2(Tokens.voor("consulent"))
                .get("/api/v1/aanvragen/" + aanvraag.id()).then().statusCode(200).body("status", equalTo("BEEINDIGD")));
        await().atMost(EVENTUEEL).untilAsserted(() -> traject(klantId).body("status", equalTo("AFGESLOTEN")));
        await().atMost(EVENTUEEL).untilAsserted(() -> kandidaat(klantId).statusCode(200).body("pool", nullValue()));
        // 444,444 + the new full BAAN (€13,333.33): the sum of what was realised
        await().atMost(EVENTUEEL).untilAsserted(() -> contractGerealiseerd(contractId, 444_444 + 1_333_333));
    }

    // ---- helpers over the public APIs ----

    /** Questionnaire, grant, trajectory, Werkmap profile; returns the e-coach's id. */
    private static String zelfdoenerMetProfiel(Klantreis.Aanvraag aanvraag) {
        UUID klantId = aanvraag.klantId();
        Klantreis.bekendBijScreening(screening, klantId);
        Klantreis.vragenlijstMetVijven(screening, klantId).statusCode(201).body("uitkomst", equalTo("ZELFDOENER"));
        Klantreis.toegekend(intake, aanvraag.id());
        await().atMost(EVENTUEEL).untilAsserted(() -> traject(klantId).body("status", equalTo("ACTIEF")).body("ecoachId", notNullValue()));
        given().baseUri(ecoach.url()).auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON)
                .body(Map.of("wensen", "magazijnwerk", "beroepscodes", List.of("4321"), "urenPerWeek", 24, "werkregio", List.of("97"),
                        "opleidingsniveau", "MBO2", "vaardigheden", List.of("heftruck"), "beschikbaarPer", LocalDate.now().toString()))
                .put("/api/v1/werkmappen/" + klantId + "/profiel").then().statusCode(200);
        return traject(klantId).extract().path("ecoachId");
    }

    private static io.restassured.response.ValidatableResponse traject(UUID klantId) {
        return given().baseUri(ecoach.url()).auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse kandidaat(UUID klantId) {
        return given().baseUri(employer.url()).auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + klantId).then();
    }

    private static String contract() {
        return given().baseUri(socialreturn.url()).auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body(Map.of("opdrachtnemer", "Bouwbedrijf Noord BV", "opdrachtwaarde", 100_000_000, "percentage", 5))
                .post("/api/v1/contracten").then().statusCode(201).extract().path("id");
    }

    private static String plaats(String contractId, String soort, String pool) {
        return given().baseUri(socialreturn.url()).auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body(Map.of("soort", soort, "titel", "Orderpicker", "beroepscode", "4321", "postcode", "9731AB", "urenPerWeek", 24,
                        "opleidingsniveau", "MBO2", "pool", pool))
                .post("/api/v1/contracten/" + contractId + "/plaatsen").then().statusCode(201).extract().path("vacatureId");
    }

    private static JsonPath werkvoorraad(String pool) {
        return given().baseUri(employer.url()).auth().oauth2(Tokens.voor("matcher")).queryParam("size", 1000)
                .get("/api/v1/pools/" + pool + "/werkvoorraad").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> shortlist(String pool, String vacatureId) {
        List<String> kandidaten = werkvoorraad(pool).getList("items.find { it.vacatureId == '" + vacatureId + "' }.kandidaten.klantId");
        return kandidaten == null ? List.of() : kandidaten;
    }

    private static io.restassured.response.ValidatableResponse plaatsing(String vacatureId, UUID klantId, String soort, LocalDate start,
                                                                         String uitstroom) {
        return given().baseUri(employer.url()).auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON)
                .body(Map.of("vacatureId", vacatureId, "klantId", klantId.toString(), "soort", soort, "startdatum", start.toString(),
                        "urenPerWeek", 24, "duurMaanden", 6, "uitstroom", uitstroom))
                .post("/api/v1/plaatsingen").then();
    }

    private static void contractGerealiseerd(String contractId, int centen) {
        given().baseUri(socialreturn.url()).auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + contractId)
                .then().statusCode(200).body("gerealiseerd", equalTo(centen));
    }
}
