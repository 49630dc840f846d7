package nl.werkplein.employer.werkgever;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Employers, account managers, contact moments, staffing needs and WERKGEVER vacancies. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class WerkgeverTest {

    static String kvk() {
        return "%08d".formatted(new Random().nextInt(100_000_000));
    }

    static String werkgever(String kvk, String branche, String accountmanagerId) {
        return given().auth().oauth2(Tokens.voor("accountmanager", "am-1")).contentType(ContentType.JSON)
                .body(Map.of("naam", "Bouwbedrijf " + kvk, "kvkNummer", kvk, "branche", branche, "accountmanagerId", accountmanagerId,
                        "adres", Map.of("straat", "Zernikelaan", "huisnummer", "17", "postcode", "9747AA", "plaats", "Groningen"),
                        "contactpersonen", List.of(Map.of("naam", "Anna de Vries", "functie", "HR", "email", "anna@bouw.example.nl"))))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().jsonPath().getString("id");
    }

    @Test
    void werkgeverMetContactmomentenBehoeftenEnEenVacature() {
        String branche = "BOUW" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String am = given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(Map.of("naam", "Piet Bakker", "email", "piet@gemeente.example.nl", "branches", List.of(branche, "logistiek")))
                .post("/api/v1/accountmanagers").then().statusCode(201).extract().jsonPath().getString("id");
        given().auth().oauth2(Tokens.voor("matcher")).queryParam("branche", branche).get("/api/v1/accountmanagers")
                .then().statusCode(200).body("totaal", equalTo(1)).body("items[0].branches", hasItem("LOGISTIEK"));

        String kvk = kvk();
        String id = werkgever(kvk, branche, am);
        werkgever(kvk(), branche, am);
        given().auth().oauth2(Tokens.voor("accountmanager")).contentType(ContentType.JSON)
                .body(Map.of("naam", "Dubbel", "kvkNummer", kvk, "branche", branche)).post("/api/v1/werkgevers").then().statusCode(409);
        given().auth().oauth2(Tokens.voor("matcher")).queryParam("branche", branche).queryParam("size", 1).get("/api/v1/werkgevers")
                .then().statusCode(200).body("totaal", equalTo(2)).body("items.size()", equalTo(1));
        given().auth().oauth2(Tokens.voor("matcher")).queryParam("kvkNummer", kvk).get("/api/v1/werkgevers")
                .then().body("totaal", equalTo(1)).body("items[0].contactpersonen[0].naam", equalTo("Anna de Vries"))
                .body("items[0].adres.postcode", equalTo("9747AA"));
        given().auth().oauth2(Tokens.voor("beheer", "beheer-wg")).get("/api/v1/werkgevers/" + id).then().statusCode(200)
                .body("kvkNummer", equalTo(kvk));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("size", 50).get("/api/v1/audit").then()
                .body("items.actor", hasItem("beheer-wg"));

        given().auth().oauth2(Tokens.voor("accountmanager", "am-1")).contentType(ContentType.JSON)
                .body(Map.of("datum", "2026-01-15", "kanaal", "BEZOEK", "verslag", "Kennismaking; interesse in werkleerplekken"))
                .post("/api/v1/werkgevers/" + id + "/contactmomenten").then().statusCode(201).body("door", equalTo("am-1"));
        given().auth().oauth2(Tokens.voor("accountmanager")).contentType(ContentType.JSON)
                .body(Map.of("datum", "2999-01-15", "kanaal", "BEZOEK", "verslag", "toekomst"))
                .post("/api/v1/werkgevers/" + id + "/contactmomenten").then().statusCode(400).body("invalidParams.name", hasItem("datum"));
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/werkgevers/" + id + "/contactmomenten")
                .then().statusCode(200).body("totaal", equalTo(1)).body("items[0].kanaal", equalTo("BEZOEK"));

        given().auth().oauth2(Tokens.voor("accountmanager")).contentType(ContentType.JSON)
                .body(Map.of("omschrijving", "Groep van 8 orderpickers met opleidingstraject heftruck", "soort", "OPLEIDINGSPLAATS",
                        "beroepscode", "9321", "aantal", 8, "vanaf", "2026-09-01", "opleidingstraject", true))
                .post("/api/v1/werkgevers/" + id + "/personeelsbehoeften").then().statusCode(201).body("opleidingstraject", equalTo(true));
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/werkgevers/" + id + "/personeelsbehoeften")
                .then().statusCode(200).body("items[0].aantal", equalTo(8));

        // a WERKGEVER vacancy: registered, published, in the worklist of its pool
        String vacature = given().auth().oauth2(Tokens.voor("accountmanager")).contentType(ContentType.JSON)
                .body(Map.of("werkgeverId", id, "titel", "Timmerman", "soort", "BAAN", "beroepscode", "7115", "postcode", "9747 AA",
                        "urenPerWeek", 36, "opleidingsniveau", "MBO2", "vaardigheden", List.of("Zagen")))
                .post("/api/v1/vacatures").then().statusCode(201).body("bron", equalTo("WERKGEVER")).body("pool", equalTo("BEMIDDELBAAR"))
                .body("postcode4", equalTo("9747")).body("werkgever", equalTo("Bouwbedrijf " + kvk)).body("vaardigheden", hasItem("zagen"))
                .extract().jsonPath().getString("vacatureId");
        var records = KafkaTestClient.collect("werkplein.employer.vacatures.v1", r -> r.key().equals(vacature), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        assertTrue(records.get(0).value().contains("\"type\":\"nl.werkplein.employer.vacature-geregistreerd\""));
        assertTrue(records.get(0).value().contains("\"werkgeverId\":\"" + id + "\"") && records.get(0).value().contains("\"pool\":\"BEMIDDELBAAR\""));
        given().auth().oauth2(Tokens.voor("matcher")).queryParam("bron", "WERKGEVER").queryParam("size", 1000)
                .get("/api/v1/pools/BEMIDDELBAAR/werkvoorraad").then().statusCode(200).body("items.vacatureId", hasItem(vacature));
        given().auth().oauth2(Tokens.voor("accountmanager")).post("/api/v1/vacatures/" + vacature + "/intrekking").then().statusCode(200)
                .body("status", equalTo("INGETROKKEN"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("matcher")).queryParam("bron", "WERKGEVER").queryParam("size", 1000)
                        .get("/api/v1/pools/BEMIDDELBAAR/werkvoorraad").then().body("items.vacatureId", org.hamcrest.Matchers.not(hasItem(vacature))));
    }

    @Test
    void ongeldigeWerkgeverNoemtElkVeldEnAlleenDeAccountmanagerSchrijft() {
        given().auth().oauth2(Tokens.voor("accountmanager")).contentType(ContentType.JSON)
                .body(Map.of("kvkNummer", "1234", "branche", "", "adres", Map.of("postcode", "0000XX"),
                        "contactpersonen", List.of(Map.of("naam", "X", "email", "geen-mail"))))
                .post("/api/v1/werkgevers").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("naam", "kvkNummer", "branche", "adres.postcode", "contactpersonen[0].email"));
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON)
                .body(Map.of("naam", "X", "kvkNummer", kvk(), "branche", "BOUW")).post("/api/v1/werkgevers").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("klant")).get("/api/v1/werkgevers").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/werkgevers/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.voor("matcher")).queryParam("kvkNummer", "12").get("/api/v1/werkgevers").then().statusCode(400)
                .body("invalidParams.name", hasItem("kvkNummer"));
        given().auth().oauth2(Tokens.voor("accountmanager")).contentType(ContentType.JSON)
                .body(Map.of("werkgeverId", UUID.randomUUID().toString(), "titel", "T", "soort", "BAAN", "beroepscode", "12",
                        "postcode", "9747AA", "urenPerWeek", 36))
                .post("/api/v1/vacatures").then().statusCode(400).body("invalidParams.name", hasItem("beroepscode"));
        given().auth().oauth2(Tokens.voor("accountmanager")).contentType(ContentType.JSON)
                .body(Map.of("werkgeverId", UUID.randomUUID().toString(), "titel", "T", "soort", "BAAN", "beroepscode", "1234",
                        "postcode", "9747AA", "urenPerWeek", 36, "pool", "ONBEKEND"))
                .post("/api/v1/vacatures").then().statusCode(400).body("invalidParams.name", containsInAnyOrder("werkgeverId", "pool"));
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body("{}").post("/api/v1/vacatures").then().statusCode(403);
    }
}
