package nl.werkplein.screening.klantondersteuning;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.werkplein.screening.indeling.IndelingEvents;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.MovableClock;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domain.md §4: Centrum voor Werk (6 weeks), werkintake, loonwaarde, werkleerplek (1 year), with the clock moved. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class KlantondersteuningTest {

    static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";

    @Inject
    MovableClock clock;
    @Inject
    LimietBewaking bewaking;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    /** A client of the existing caseload whom a consulent put in Klantondersteuning: routed at once. */
    static UUID doorgeleidInKlantondersteuning(String regeling) {
        UUID klantId = UUID.randomUUID();
        KafkaTestClient.send(AANVRAGEN, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.bestandsklant-geregistreerd","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","leeftijd":44,"postcode4":"9741","regeling":"%s"}}"""
                .formatted(UUID.randomUUID(), klantId, klantId, regeling));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId).then().statusCode(200));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("lijn", "KLANTONDERSTEUNING", "reden", "werk is bereikbaar met steun"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200).body("doorgeleid", equalTo(true));
        return klantId;
    }

    static io.restassured.specification.RequestSpecification ko() {
        return given().auth().oauth2(Tokens.voor("klantondersteuner")).contentType(ContentType.JSON);
    }

    static String pad(UUID klantId) {
        return "/api/v1/klanten/" + klantId + "/klantondersteuning";
    }

    @Test
    void centrumVoorWerkWerkintakeLoonwaardeEnWerkleerplek() {
        UUID klantId = doorgeleidInKlantondersteuning("WWB");
        LocalDate vandaag = LocalDate.now(clock);
        ko().body(Map.of("urenPerWeek", 18)).post(pad(klantId)).then().statusCode(201)
                .body("fase", equalTo("CENTRUM_VOOR_WERK"))
                .body("centrumVoorWerk.begindatum", equalTo(vandaag.toString()))
                .body("centrumVoorWerk.uiterlijkTot", equalTo(vandaag.plusWeeks(6).minusDays(1).toString()))
                .body("werkintake", nullValue());
        ko().body(Map.of("urenPerWeek", 18)).post(pad(klantId)).then().statusCode(409);

        // a suspected loonwaarde below 100% WML always means a further diagnosis
        ko().body(Map.of("resultaat", "MET_BEPERKTE_STEUN", "loonwaardeOnderWmlVermoed", true)).put(pad(klantId) + "/werkintake")
                .then().statusCode(400).body("invalidParams.name", hasItem("resultaat"));
        ko().body(Map.of("resultaat", "NADERE_DIAGNOSE", "loonwaardeOnderWmlVermoed", true, "toelichting", "tempo laag"))
                .put(pad(klantId) + "/werkintake").then().statusCode(200).body("werkintake.resultaat", equalTo("NADERE_DIAGNOSE"));
        // phase 2 without the mandatory loonwaarde → 409
        ko().body(Map.of("branche", "Groen")).post(pad(klantId) + "/werkleerplek").then().statusCode(409);
        ko().body(Map.of("percentage", 70)).put(pad(klantId) + "/loonwaarde").then().statusCode(200)
                .body("loonwaarde.percentage", equalTo(70)).body("loonwaarde.onderWml", equalTo(true));
        ko().body(Map.of("branche", "Groen", "organisatie", "Stadsbeheer")).post(pad(klantId) + "/werkleerplek").then().statusCode(200)
                .body("fase", equalTo("WERKLEERPLEK"))
                .body("werkleerplek.uiterlijkTot", equalTo(vandaag.plusYears(1).minusDays(1).toString()));

        List<String> events = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.key().equals(klantId.toString())
                && (r.value().contains("ko-fase-gewijzigd") || r.value().contains("loonwaarde-vastgesteld")), 4, Duration.ofSeconds(20))
                .stream().map(r -> r.value()).toList();
        assertEquals(4, events.size(), events.toString());
        assertTrue(events.get(0).contains("\"fase\":\"CENTRUM_VOOR_WERK\"") && events.get(0).contains("\"urenPerWeek\":18"), events.get(0));
        assertTrue(events.get(1).contains("\"werkintake\":\"NADERE_DIAGNOSE\""), events.get(1));
        assertTrue(events.get(2).contains("\"percentage\":70") && events.get(2).contains("\"onderWml\":true"), events.get(2));
        assertTrue(events.get(3).contains("\"fase\":\"WERKLEERPLEK\"") && events.get(3).contains("\"branche\":\"Groen\""), events.get(3));

        given().auth().oauth2(Tokens.klant(klantId)).get(pad(klantId)).then().statusCode(200).body("fase", equalTo("WERKLEERPLEK"));
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).get(pad(klantId)).then().statusCode(404);
    }

    @Test
    void zonderVermoedenVolgtFaseTweeZonderLoonwaarde() {
        UUID klantId = doorgeleidInKlantondersteuning("WSW");
        ko().body(Map.of("urenPerWeek", 16)).post(pad(klantId)).then().statusCode(201);
        ko().body(Map.of("branche", "Zorg")).post(pad(klantId) + "/werkleerplek").then().statusCode(409); // werkintake first
        ko().body(Map.of("resultaat", "MET_BEPERKTE_STEUN", "loonwaardeOnderWmlVermoed", false)).put(pad(klantId) + "/werkintake")
                .then().statusCode(200);
        ko().body(Map.of("branche", "Zorg")).post(pad(klantId) + "/werkleerplek").then().statusCode(200).body("fase", equalTo("WERKLEERPLEK"));
        ko().body(Map.of("reden", "uitgestroomd naar werk")).post(pad(klantId) + "/afsluiting").then().statusCode(200)
                .body("fase", equalTo("AFGESLOTEN")).body("afsluitreden", equalTo("uitgestroomd naar werk"));
        ko().body(Map.of("reden", "nogmaals")).post(pad(klantId) + "/afsluiting").then().statusCode(404);
    }

    @Test
    void deBewakingSignaleertZesWekenEnEenJaarMetDeKlokVerzet() {
        UUID klantId = doorgeleidInKlantondersteuning("WWB");
        ko().body(Map.of("urenPerWeek", 20)).post(pad(klantId)).then().statusCode(201);

        clock.advance(Duration.ofDays(41));
        bewaking.bewaak();
        ko().get(pad(klantId)).then().body("limietOverschredenDatum", nullValue());

        clock.advance(Duration.ofDays(2)); // 43 days after the start
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            bewaking.bewaak();
            ko().get(pad(klantId)).then().body("limietOverschredenDatum", equalTo(LocalDate.now(clock).toString()));
        });
        ko().queryParam("limietOverschreden", true).queryParam("size", 1000).get("/api/v1/ko-trajecten").then().statusCode(200)
                .body("items.klantId", hasItem(klantId.toString()));
        bewaking.bewaak(); // flagged once per phase
        var signalen = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.key().equals(klantId.toString())
                && r.value().contains("ko-limiet-overschreden"), 2, Duration.ofSeconds(10));
        assertEquals(1, signalen.size());
        assertTrue(signalen.get(0).value().contains("\"fase\":\"CENTRUM_VOOR_WERK\""));

        // phase 2 clears the flag; a year and a day later it is flagged again
        ko().body(Map.of("resultaat", "MET_BEPERKTE_STEUN", "loonwaardeOnderWmlVermoed", false)).put(pad(klantId) + "/werkintake")
                .then().statusCode(200);
        ko().body(Map.of("branche", "Techniek")).post(pad(klantId) + "/werkleerplek").then().statusCode(200)
                .body("limietOverschredenDatum", nullValue());
        clock.advance(Duration.ofDays(366));
        bewaking.bewaak();
        ko().get(pad(klantId)).then().body("limietOverschredenDatum", equalTo(LocalDate.now(clock).toString()));
    }

    @Test
    void onjuisteInvoerRollenEnVolgorde() {
        UUID klantId = doorgeleidInKlantondersteuning("WWB");
        ko().body(Map.of("urenPerWeek", 24)).post(pad(klantId)).then().statusCode(400).body("invalidParams.name", hasItem("urenPerWeek"));
        ko().body(Map.of()).post(pad(klantId)).then().statusCode(400).body("invalidParams.name", hasItem("urenPerWeek"));
        ko().body(Map.of("urenPerWeek", 18, "begindatum", "2026-13-01")).post(pad(klantId)).then().statusCode(400);
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("urenPerWeek", 18))
                .post(pad(klantId)).then().statusCode(403);
        ko().body(Map.of("urenPerWeek", 18)).post(pad(UUID.randomUUID())).then().statusCode(404);
        ko().get(pad(klantId)).then().statusCode(404); // no trajectory yet
        ko().body(Map.of("percentage", 70)).put(pad(klantId) + "/loonwaarde").then().statusCode(404);
        ko().body(Map.of("urenPerWeek", 18)).post(pad(klantId)).then().statusCode(201);
        Map<String, Object> fout = new HashMap<>();
        fout.put("percentage", 140);
        ko().body(fout).put(pad(klantId) + "/loonwaarde").then().statusCode(400).body("invalidParams.name", hasItem("percentage"));
        ko().body(Map.of("resultaat", "WEET_NIET")).put(pad(klantId) + "/werkintake").then().statusCode(400);
        ko().queryParam("size", 0).get("/api/v1/ko-trajecten").then().statusCode(400).body("invalidParams.name", hasItem("size"));

        // not routed to Klantondersteuning: 409
        UUID zelfdoener = UUID.randomUUID();
        KafkaTestClient.send(AANVRAGEN, zelfdoener.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.aanvraag-ingediend","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","aanvraagId":"%s","leeftijd":30,"postcode4":"9741"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), zelfdoener, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + zelfdoener).then().statusCode(200));
        ko().body(Map.of("urenPerWeek", 18)).post(pad(zelfdoener)).then().statusCode(409);
    }

    @Test
    void eenAndereLijnSluitHetTrajectAf() {
        UUID klantId = doorgeleidInKlantondersteuning("WWB");
        ko().body(Map.of("urenPerWeek", 18)).post(pad(klantId)).then().statusCode(201);
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("lijn", "MAATSCHAPPELIJKE_PARTICIPATIE", "reden", "eerst dagbesteding"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200);
        ko().get(pad(klantId)).then().statusCode(200).body("fase", equalTo("AFGESLOTEN"));
    }
}
