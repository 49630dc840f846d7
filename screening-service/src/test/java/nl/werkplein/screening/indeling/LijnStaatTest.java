package nl.werkplein.screening.indeling;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.screening.support.Buren.awaitKlant;
import static nl.werkplein.screening.support.Buren.beslis;
import static nl.werkplein.screening.support.Buren.events;
import static nl.werkplein.screening.support.Buren.indeling;
import static nl.werkplein.screening.support.Buren.intake;
import static nl.werkplein.screening.support.Buren.typen;
import static nl.werkplein.screening.support.Buren.vragenlijst;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 points 1 and 2: a line decided by a person stands; every line change reaches every service. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class LijnStaatTest {

    @Test
    void eenLijnDieEenConsulentBepaaldeBlijftBijEenLatereVragenlijst() {
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", aanvraagId, null);
        awaitKlant(klantId, "laatsteAanvraagId", aanvraagId.toString());
        beslis(klantId, "KLANTONDERSTEUNING", "schulden eerst, dan werk met steun").statusCode(200)
                .body("vastgesteldDoor", equalTo("CONSULENT")).body("doorgeleid", equalTo(false));

        String beoordelingId = vragenlijst(klantId, 5).body("uitkomst", equalTo("ZELFDOENER"))
                .body("toelichting", containsString("verandert niet")).extract().path("beoordelingId");
        indeling(klantId).body("lijn", equalTo("KLANTONDERSTEUNING")).body("vastgesteldDoor", equalTo("CONSULENT"))
                .body("historie.size()", equalTo(2))
                .body("historie[1].lijn", equalTo("KLANTONDERSTEUNING")).body("historie[1].uitkomst", equalTo("ZELFDOENER"))
                .body("historie[1].regelset.naam", equalTo("entreevragenlijst-beleid-2014"))
                .body("historie[1].reden", containsString("blijft KLANTONDERSTEUNING"))
                .body("historie[1].aanvraagId", equalTo(aanvraagId.toString()));

        assertEquals(List.of("indeling-vastgesteld", "entreevragenlijst-ingediend"), typen(klantId, 2));
        JsonPath vastgesteld = events(klantId, "indeling-vastgesteld", 1).get(0);
        assertEquals("CONSULENT", vastgesteld.getString("data.door"));
        assertEquals("KLANTONDERSTEUNING", vastgesteld.getString("data.lijn"));
        assertEquals(aanvraagId.toString(), vastgesteld.getString("data.aanvraagId"));
        assertNull(vastgesteld.get("data.uitkomst"), "a consulent's decision has no questionnaire outcome");
        JsonPath ingediend = events(klantId, "entreevragenlijst-ingediend", 1).get(0);
        assertFalse(ingediend.getBoolean("data.lijnGewijzigd"));
        assertEquals(beoordelingId, ingediend.getString("data.beoordelingId"));
        assertEquals("ZELFDOENER", ingediend.getString("data.uitkomst"));
        assertEquals(5.0f, ingediend.getFloat("data.scores.KUNNEN"));
        assertEquals("entreevragenlijst-beleid-2014", ingediend.getString("data.regelset.naam"));

        // routed with the consulent's line, after the grant
        intake(klantId, "aanvraag-toegekend", aanvraagId, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> indeling(klantId).body("doorgeleid", equalTo(true)));
        JsonPath doorgeleid = events(klantId, "klant-doorgeleid", 1).get(0);
        assertEquals("KLANTONDERSTEUNING", doorgeleid.getString("data.lijn"));
        assertEquals(aanvraagId.toString(), doorgeleid.getString("data.aanvraagId"));
    }

    @Test
    void eenVragenlijstDieDeLijnWijzigtSluitKlantondersteuningEnMeldtHetNaDeDoorgeleiding() {
        UUID klantId = UUID.randomUUID();
        // a Wsw client of the existing caseload whose answers say they can work: Klantondersteuning by the rules, routed at once
        intake(klantId, "bestandsklant-geregistreerd", null, ",\"regeling\":\"WSW\"");
        awaitKlant(klantId, "bestandsklant", true);
        vragenlijst(klantId, 5);
        indeling(klantId).body("lijn", equalTo("KLANTONDERSTEUNING")).body("doorgeleid", equalTo(true))
                .body("vastgesteldDoor", equalTo("REGELS"));
        given().auth().oauth2(Tokens.voor("klantondersteuner")).contentType(ContentType.JSON).body(Map.of("urenPerWeek", 18))
                .post("/api/v1/klanten/" + klantId + "/klantondersteuning").then().statusCode(201);

        vragenlijst(klantId, 2).body("uitkomst", equalTo("GESPREK_NODIG"));
        indeling(klantId).body("lijn", nullValue()).body("doorgeleid", equalTo(true));
        given().auth().oauth2(Tokens.voor("klantondersteuner")).get("/api/v1/klanten/" + klantId + "/klantondersteuning").then()
                .statusCode(200).body("fase", equalTo("AFGESLOTEN")).body("afsluitreden", containsString("geen lijn"));

        JsonPath gewijzigd = events(klantId, "lijn-gewijzigd", 1).get(0);
        assertEquals("REGELS", gewijzigd.getString("data.door"));
        assertEquals("KLANTONDERSTEUNING", gewijzigd.getString("data.vorigeLijn"));
        assertNull(gewijzigd.get("data.lijn"));
        List<JsonPath> ingediend = events(klantId, "entreevragenlijst-ingediend", 2);
        assertEquals(2, ingediend.size(), "every questionnaire is published");
        assertTrue(ingediend.get(1).getBoolean("data.lijnGewijzigd"));
        assertTrue(events(klantId, "ko-fase-gewijzigd", 2).stream().anyMatch(e -> "AFGESLOTEN".equals(e.getString("data.fase"))
                && e.getString("data.reden").contains("geen lijn")));

        // the consulent's decision after routing: lijn-gewijzigd; the same line again changes nothing downstream
        beslis(klantId, "ZELFDOENER", "kan het zelf").statusCode(200).body("vastgesteldDoor", equalTo("CONSULENT"));
        beslis(klantId, "ZELFDOENER", "nogmaals bevestigd").statusCode(200);
        List<JsonPath> alle = events(klantId, "lijn-gewijzigd", 2);
        assertEquals(2, alle.size(), alle.toString());
        assertEquals("CONSULENT", alle.get(1).getString("data.door"));
        assertEquals("ZELFDOENER", alle.get(1).getString("data.lijn"));
        assertEquals(1, events(klantId, "indeling-vastgesteld", 1).size(), "only the first questionnaire, before routing");
        assertEquals(1, events(klantId, "klant-doorgeleid", 1).size());
    }
}
