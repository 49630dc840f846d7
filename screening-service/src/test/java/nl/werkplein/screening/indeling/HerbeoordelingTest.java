package nl.werkplein.screening.indeling;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Rechtsgelijkheid: a stored decision replays identically under its own rule set, and differently under another. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class HerbeoordelingTest {

    @Test
    void eenV1BesluitGeeftOnderV1HetzelfdeEnOnderV2IetsAnders() {
        UUID klantId = IndelingResourceTest.bekendeKlant();
        ExtractableResponse<Response> besluit = given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", IndelingResourceTest.antwoorden(3)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst")
                .then().statusCode(201).body("uitkomst", equalTo("GESPREK_NODIG")).extract();
        String id = besluit.path("beoordelingId");
        String naam = besluit.path("regelset.naam");
        String versie = besluit.path("regelset.versie");
        String toelichting = besluit.path("toelichting");

        // the same rule set: the same outcome and the same words
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("regelsetNaam", naam).queryParam("regelsetVersie", versie)
                .get("/api/v1/beoordelingen/" + id + "/herbeoordeling")
                .then().statusCode(200).body("uitkomst", equalTo("GESPREK_NODIG")).body("toelichting", equalTo(toelichting));

        // beheer publishes a v2 with a lower threshold; published versions are immutable
        String v2 = "2-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> regelset = Map.of("naam", naam, "versie", v2, "modus", "BELEID_2014",
                "zelfdoenerDrempel", 3.0, "participatieDrempel", 2.0, "klantondersteuningWillenDrempel", 3.5);
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(regelset)
                .post("/api/v1/regelsets").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(regelset)
                .post("/api/v1/regelsets").then().statusCode(201);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(regelset)
                .post("/api/v1/regelsets").then().statusCode(409);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(Map.of("naam", "X", "versie", "", "modus", "OOIT", "zelfdoenerDrempel", 9))
                .post("/api/v1/regelsets").then().statusCode(400)
                .body("invalidParams.name", hasItem("modus"));

        String anders = given().auth().oauth2(Tokens.voor("beheer")).queryParam("regelsetNaam", naam).queryParam("regelsetVersie", v2)
                .get("/api/v1/beoordelingen/" + id + "/herbeoordeling")
                .then().statusCode(200).body("uitkomst", equalTo("ZELFDOENER")).body("regelset.versie", equalTo(v2))
                .extract().path("toelichting");
        assertNotEquals(toelichting, anders);

        // the stored decision is unchanged
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/beoordelingen/" + id)
                .then().statusCode(200).body("uitkomst", equalTo("GESPREK_NODIG")).body("toelichting", equalTo(toelichting))
                .body("regelset.versie", equalTo(versie));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("regelsetNaam", naam).queryParam("regelsetVersie", "bestaat-niet")
                .get("/api/v1/beoordelingen/" + id + "/herbeoordeling").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/beoordelingen/" + id + "/herbeoordeling")
                .then().statusCode(400).body("invalidParams.name", hasItem("regelsetNaam"));
        assertEquals(versie, "1");
    }
}
