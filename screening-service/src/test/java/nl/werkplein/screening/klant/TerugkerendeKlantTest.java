package nl.werkplein.screening.klant;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.screening.support.Buren.awaitHandled;
import static nl.werkplein.screening.support.Buren.awaitKlant;
import static nl.werkplein.screening.support.Buren.beslis;
import static nl.werkplein.screening.support.Buren.events;
import static nl.werkplein.screening.support.Buren.indeling;
import static nl.werkplein.screening.support.Buren.intake;
import static nl.werkplein.screening.support.Buren.klant;
import static nl.werkplein.screening.support.Buren.typen;
import static nl.werkplein.screening.support.Buren.vragenlijst;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 points 5 and 6: a benefit ends and screening follows; a client who comes back is screened and routed again. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class TerugkerendeKlantTest {

    @Inject
    EntityManager em;

    static io.restassured.specification.RequestSpecification ko() {
        return given().auth().oauth2(Tokens.voor("klantondersteuner")).contentType(ContentType.JSON);
    }

    /** Filed, a consulent put them in Klantondersteuning, granted, and phase 1 started. */
    static UUID inKlantondersteuning(UUID klantId, UUID aanvraagId) {
        intake(klantId, "aanvraag-ingediend", aanvraagId, null);
        awaitKlant(klantId, "laatsteAanvraagId", aanvraagId.toString());
        beslis(klantId, "KLANTONDERSTEUNING", "werk is bereikbaar met steun").statusCode(200);
        intake(klantId, "aanvraag-toegekend", aanvraagId, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> indeling(klantId).body("doorgeleid", equalTo(true)));
        ko().body(Map.of("urenPerWeek", 18)).post("/api/v1/klanten/" + klantId + "/klantondersteuning").then().statusCode(201);
        return klantId;
    }

    @Test
    void eenBeeindigdeUitkeringSluitKlantondersteuningEnDeCyclus() {
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        inKlantondersteuning(klantId, aanvraagId);
        intake(klantId, "uitkering-beeindigd", aanvraagId, ",\"status\":\"BEEINDIGD\",\"beeindigingReden\":\"WERK\",\"beeindigdOp\":\"2026-11-30\"");
        awaitKlant(klantId, "cyclusEinde", "UITKERING_BEEINDIGD");
        ko().get("/api/v1/klanten/" + klantId + "/klantondersteuning").then().statusCode(200)
                .body("fase", equalTo("AFGESLOTEN")).body("afsluitreden", equalTo("uitkering beëindigd"));
        assertTrue(events(klantId, "ko-fase-gewijzigd", 2).stream().anyMatch(e -> "AFGESLOTEN".equals(e.getString("data.fase"))
                && "uitkering beëindigd".equals(e.getString("data.reden"))));

        // nothing of the ended cycle moves any more: the questionnaire is scored only, a decision is a conflict
        vragenlijst(klantId, 5);
        indeling(klantId).body("lijn", equalTo("KLANTONDERSTEUNING"));
        beslis(klantId, "ZELFDOENER", "x").statusCode(409).body("detail", containsString("UITKERING_BEEINDIGD"));
        List<String> typen = typen(klantId, 5);
        assertEquals(List.of("indeling-vastgesteld", "klant-doorgeleid", "ko-fase-gewijzigd", "ko-fase-gewijzigd",
                "entreevragenlijst-ingediend"), typen, "the questionnaire of an ended cycle moves no line");
        assertFalse(events(klantId, "entreevragenlijst-ingediend", 1).get(0).getBoolean("data.lijnGewijzigd"));
    }

    @Test
    void eenKlantDieTerugkomtWordtOpnieuwGescreendEnPasNaDeNieuweToekenningDoorgeleid() {
        UUID klantId = UUID.randomUUID();
        UUID eerste = UUID.randomUUID();
        inKlantondersteuning(klantId, eerste);
        intake(klantId, "uitkering-beeindigd", eerste, ",\"beeindigingReden\":\"VERHUIZING\",\"beeindigdOp\":\"2026-11-30\"");
        awaitKlant(klantId, "cyclusEinde", "UITKERING_BEEINDIGD");

        UUID tweede = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", tweede, null);
        awaitKlant(klantId, "laatsteAanvraagId", tweede.toString());
        klant(klantId).body("aantalAanvragen", equalTo(2)).body("cyclusEinde", nullValue()).body("uitkeringToegekend", equalTo(false));
        indeling(klantId).body("lijn", nullValue()).body("doorgeleid", equalTo(false)).body("vastgesteldDoor", nullValue())
                .body("aanvraagId", equalTo(tweede.toString()))
                .body("historie[0].lijn", equalTo("KLANTONDERSTEUNING")).body("historie[0].aanvraagId", equalTo(eerste.toString()))
                .body("historie[-1].reden", containsString("nieuwe cyclus"));

        // the person's line of the first cycle does not bind the second: the questionnaire sets it
        vragenlijst(klantId, 5);
        indeling(klantId).body("lijn", equalTo("ZELFDOENER")).body("vastgesteldDoor", equalTo("REGELS")).body("doorgeleid", equalTo(false));
        List<JsonPath> vastgesteld = events(klantId, "indeling-vastgesteld", 2);
        assertEquals(2, vastgesteld.size());
        assertEquals(tweede.toString(), vastgesteld.get(1).getString("data.aanvraagId"));
        assertEquals("REGELS", vastgesteld.get(1).getString("data.door"));
        assertEquals("ZELFDOENER", vastgesteld.get(1).getString("data.lijn"));

        // a grant of the older aanvraag, or the new aanvraag again, changes nothing
        awaitHandled(em, intake(klantId, "aanvraag-toegekend", eerste, null));
        indeling(klantId).body("doorgeleid", equalTo(false));
        awaitHandled(em, intake(klantId, "aanvraag-ingediend", tweede, ",\"postcode4\":\"9999\""));
        klant(klantId).body("aantalAanvragen", equalTo(2)).body("uitkeringToegekend", equalTo(false))
                .body("laatsteAanvraagId", equalTo(tweede.toString())).body("postcode4", equalTo("9736"));
        indeling(klantId).body("doorgeleid", equalTo(false)).body("lijn", equalTo("ZELFDOENER"));

        // routed only after this aanvraag's own grant
        intake(klantId, "aanvraag-toegekend", tweede, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> indeling(klantId).body("doorgeleid", equalTo(true)));
        List<JsonPath> doorgeleid = events(klantId, "klant-doorgeleid", 2);
        assertEquals(2, doorgeleid.size(), "once per cycle");
        assertEquals(eerste.toString(), doorgeleid.get(0).getString("data.aanvraagId"));
        assertEquals(tweede.toString(), doorgeleid.get(1).getString("data.aanvraagId"));
        assertEquals("ZELFDOENER", doorgeleid.get(1).getString("data.lijn"));
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/klanten/" + klantId + "/indeling").then()
                .body("historie.aanvraagId", hasItem(eerste.toString())).body("historie.aanvraagId", hasItem(tweede.toString()));
    }

    @Test
    void naEenAfwijzingOfUitstroomBegintEenNieuweAanvraagEenNieuweCyclus() {
        UUID klantId = UUID.randomUUID();
        UUID eerste = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", eerste, null);
        awaitKlant(klantId, "laatsteAanvraagId", eerste.toString());
        vragenlijst(klantId, 5);
        intake(klantId, "aanvraag-afgewezen", eerste, ",\"verplichtingenNagekomen\":false");
        awaitKlant(klantId, "cyclusEinde", "AFGEWEZEN");
        intake(klantId, "aanvraag-toegekend", eerste, null); // cannot follow a refusal
        UUID tweede = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", tweede, null);
        awaitKlant(klantId, "laatsteAanvraagId", tweede.toString());
        indeling(klantId).body("doorgeleid", equalTo(false)).body("lijn", nullValue());
        intake(klantId, "klant-uitgestroomd", tweede, ",\"uitstroomReden\":\"WERK\"");
        awaitKlant(klantId, "cyclusEinde", "UITGESTROOMD");
        vragenlijst(klantId, 5);
        intake(klantId, "aanvraag-toegekend", tweede, null);
        UUID derde = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", derde, null);
        awaitKlant(klantId, "laatsteAanvraagId", derde.toString());
        vragenlijst(klantId, 5); // a marker after everything above
        List<String> typen = typen(klantId, 5);
        assertEquals(List.of("entreevragenlijst-ingediend", "indeling-vastgesteld", "entreevragenlijst-ingediend",
                "entreevragenlijst-ingediend", "indeling-vastgesteld"), typen, "a refused or departed cycle is never routed");
    }
}
