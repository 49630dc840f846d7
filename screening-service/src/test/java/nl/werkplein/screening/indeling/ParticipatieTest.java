package nl.werkplein.screening.indeling;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Domain.md 2.4: the aanvullende vragenlijst refers to the wijk organisation, or to Klantondersteuning. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ParticipatieTest {

    /** A known client (postcode-4 9731) whom a consulent placed in Maatschappelijke participatie. */
    static UUID klantInParticipatie() {
        UUID klantId = IndelingResourceTest.bekendeKlant(); // postcode4 9731
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("lijn", "MAATSCHAPPELIJKE_PARTICIPATIE", "reden", "dagbesteding past nu het best"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200);
        return klantId;
    }

    /** Answers to the current aanvullende vragenlijst: every SCHAAL question the given value. */
    static Map<String, Object> body(int schaal, String vorm) {
        JsonPath lijst = given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/vragenlijsten/aanvullend").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> antwoorden = new HashMap<>();
        List<Map<String, Object>> vragen = lijst.getList("vragen");
        for (Map<String, Object> v : vragen) {
            if ("SCHAAL".equals(v.get("type"))) {
                antwoorden.put((String) v.get("id"), schaal);
            } else if ("KEUZE".equals(v.get("type"))) {
                antwoorden.put((String) v.get("id"), vorm);
            }
        }
        return Map.of("versie", lijst.getString("versie"), "antwoorden", antwoorden);
    }

    @Test
    void verwijzingNaarDeOrganisatieVanDeWijk() {
        given().auth().oauth2(Tokens.voor("consulent")).put("/api/v1/wijken/Beijum/postcodes/9731").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).put("/api/v1/wijken/Beijum/postcodes/0731").then().statusCode(400)
                .body("invalidParams.name", hasItem("postcode4"));
        given().auth().oauth2(Tokens.voor("beheer")).put("/api/v1/wijken/Atlantis/postcodes/9731").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("beheer")).put("/api/v1/wijken/Beijum/postcodes/9731").then().statusCode(204);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/wijken").then().statusCode(200)
                .body("find { it.naam == 'Lewenborg' }.organisatie", equalTo("Leger des Heils"))
                .body("find { it.naam == 'Beijum' }.postcodes", hasItem("9731"));

        UUID klantId = klantInParticipatie();
        given().auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON).body(body(2, "VRIJWILLIGERSWERK"))
                .post("/api/v1/klanten/" + klantId + "/aanvullende-vragenlijst")
                .then().statusCode(201)
                .body("lijn", equalTo("MAATSCHAPPELIJKE_PARTICIPATIE"))
                .body("vorm", equalTo("VRIJWILLIGERSWERK"))
                .body("wijk", equalTo("Beijum"))
                .body("organisatie", containsString("WerkPro"));
        var verwezen = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.key().equals(klantId.toString())
                && r.value().contains("participatie-verwezen"), 1, Duration.ofSeconds(20));
        assertEquals(1, verwezen.size());
    }

    @Test
    void alsWerkBereikbaarIsGaatDeKlantNaarKlantondersteuning() {
        UUID klantId = klantInParticipatie();
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(body(5, "DAGBESTEDING"))
                .post("/api/v1/klanten/" + klantId + "/aanvullende-vragenlijst")
                .then().statusCode(201).body("lijn", equalTo("KLANTONDERSTEUNING"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId + "/indeling").then()
                .body("lijn", equalTo("KLANTONDERSTEUNING")).body("historie[-1].reden", containsString("bereikbaar"));
        // no longer in MP: the aanvullende vragenlijst is not for them
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(body(2, "DAGBESTEDING"))
                .post("/api/v1/klanten/" + klantId + "/aanvullende-vragenlijst").then().statusCode(409);
    }

    @Test
    void foutieveAntwoordenEnVreemdeKlanten() {
        UUID klantId = klantInParticipatie();
        Map<String, Object> b = new HashMap<>(body(2, "KLUSSEN"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(b)
                .post("/api/v1/klanten/" + klantId + "/aanvullende-vragenlijst").then().statusCode(400)
                .body("invalidParams.name", hasItem("antwoorden.A1"));
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).contentType(ContentType.JSON).body(body(2, "DAGBESTEDING"))
                .post("/api/v1/klanten/" + klantId + "/aanvullende-vragenlijst").then().statusCode(404);
    }
}
