package nl.werkplein.screening.doelgroepregister;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.screening.support.Buren.awaitKlant;
import static nl.werkplein.screening.support.Buren.events;
import static nl.werkplein.screening.support.Buren.intake;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 point 8: UWV's doelgroepregister indication is recorded as a fact and published. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class DoelgroepregisterTest {

    static String pad(UUID klantId) {
        return "/api/v1/klanten/" + klantId + "/doelgroepregister";
    }

    static io.restassured.response.ValidatableResponse leg(String rol, UUID klantId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body(body).put(pad(klantId)).then();
    }

    static UUID bekend() {
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        intake(klantId, "aanvraag-ingediend", aanvraagId, null);
        awaitKlant(klantId, "laatsteAanvraagId", aanvraagId.toString());
        return klantId;
    }

    @Test
    void eenConsulentLegtDeIndicatieVanUwvVast() {
        UUID klantId = bekend();
        given().auth().oauth2(Tokens.voor("consulent")).get(pad(klantId)).then().statusCode(404);
        Map<String, Object> body = Map.of("indicatie", true, "datum", "2026-10-01", "bron", "UWV Suwinet");
        leg("consulent", klantId, body).statusCode(200)
                .body("indicatie", equalTo(true)).body("datum", equalTo("2026-10-01")).body("bron", equalTo("UWV Suwinet"))
                .body("vastgelegdDoor", equalTo("consulent-test"));
        leg("consulent", klantId, body).statusCode(200); // the same fact again: no second event
        for (String rol : List.of("consulent", "klantondersteuner", "beheer")) {
            given().auth().oauth2(Tokens.voor(rol)).get(pad(klantId)).then().statusCode(200).body("indicatie", equalTo(true));
        }
        List<JsonPath> vastgelegd = events(klantId, "doelgroepregister-vastgelegd", 1);
        assertEquals(1, vastgelegd.size());
        assertEquals(klantId.toString(), vastgelegd.get(0).getString("data.klantId"));
        assertTrue(vastgelegd.get(0).getBoolean("data.indicatie"));
        assertEquals("2026-10-01", vastgelegd.get(0).getString("data.datum"));
        assertEquals("UWV Suwinet", vastgelegd.get(0).getString("data.bron"));

        // UWV withdrew the indication: a new fact, published again
        leg("consulent", klantId, Map.of("indicatie", false, "datum", "2026-11-15", "bron", "UWV Suwinet")).statusCode(200);
        List<JsonPath> beide = events(klantId, "doelgroepregister-vastgelegd", 2);
        assertEquals(2, beide.size());
        assertFalse(beide.get(1).getBoolean("data.indicatie"));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klantId).get("/api/v1/audit").then().statusCode(200)
                .body("items.resource", hasItem("doelgroepregister")).body("items.actie", hasItem("RAADPLEGEN"));
    }

    @Test
    void onjuisteInvoerRollenEnOnbekendeKlanten() {
        UUID klantId = bekend();
        leg("consulent", klantId, Map.of()).statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("indicatie", "datum", "bron"));
        String morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        leg("consulent", klantId, Map.of("indicatie", true, "datum", morgen, "bron", "x".repeat(201))).statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("datum", "bron"));
        leg("consulent", klantId, Map.of("indicatie", "misschien", "datum", "2026-10-01", "bron", "UWV")).statusCode(400)
                .body("invalidParams.name", hasItem("indicatie"));
        Map<String, Object> zonderBron = new HashMap<>(Map.of("indicatie", true, "datum", "2026-10-01"));
        zonderBron.put("bron", "  ");
        leg("consulent", klantId, zonderBron).statusCode(400).body("invalidParams.name", hasItem("bron"));
        given().auth().oauth2(Tokens.voor("consulent")).get(pad(klantId)).then().statusCode(404);

        Map<String, Object> goed = Map.of("indicatie", true, "datum", "2026-10-01", "bron", "UWV Suwinet");
        leg("klantondersteuner", klantId, goed).statusCode(403);
        leg("matcher", klantId, goed).statusCode(403);
        given().auth().oauth2(Tokens.klant(klantId)).get(pad(klantId)).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("matcher")).get(pad(klantId)).then().statusCode(403);
        leg("consulent", UUID.randomUUID(), goed).statusCode(404);
        leg("consulent", klantId, goed).statusCode(200);
        assertEquals(1, events(klantId, "doelgroepregister-vastgelegd", 1).size(), "only the accepted one is published");
    }
}
