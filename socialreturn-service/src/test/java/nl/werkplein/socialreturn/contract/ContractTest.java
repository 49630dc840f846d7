package nl.werkplein.socialreturn.contract;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.socialreturn.TestData;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ContractTest {

    @Test
    void eenContractKrijgtZijnVerplichtingOpDeCentAfgerond() {
        String id = given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body("{\"opdrachtnemer\":\"Schoonmaak Stad BV\",\"kvkNummer\":\"12345678\",\"opdrachtwaarde\":1234567,\"percentage\":2.5}")
                .post("/api/v1/contracten").then().statusCode(201)
                .header("Location", notNullValue())
                .body("opdrachtgever", equalTo("Gemeente Groningen"))
                .body("begindatum", equalTo(TestData.vandaag().toString()))
                .extract().path("id");
        // 12,345.67 × 2.5% = 308.64175 → 30,864 cents (half-up)
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/contracten/" + id).then().statusCode(200)
                .body("verplichting", equalTo(30864))
                .body("gerealiseerd", equalTo(0))
                .body("realisatiePercentage", equalTo(0.0f))
                .body("percentage", equalTo(2.5f))
                .body("kvkNummer", equalTo("12345678"))
                .body("opdrachtwaarde", equalTo(1234567));
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body("{\"opdrachtnemer\":\"Groenbeheer\",\"opdrachtgever\":\"Gemeente Assen\",\"opdrachtwaarde\":10,\"percentage\":5,"
                        + "\"partnerId\":\"randstad\",\"begindatum\":\"2026-01-01\",\"einddatum\":\"2026-12-31\"}")
                .post("/api/v1/contracten").then().statusCode(201)
                .body("verplichting", equalTo(1))
                .body("opdrachtgever", equalTo("Gemeente Assen"))
                .body("partnerId", equalTo("randstad"));
    }

    @Test
    void foutieveInvoerNoemtElkVeldTegelijk() {
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body("{\"opdrachtnemer\":\" \",\"kvkNummer\":\"1234\",\"opdrachtwaarde\":0,\"percentage\":0,"
                        + "\"partnerId\":\"bestaat-niet\",\"begindatum\":\"2026-06-01\",\"einddatum\":\"2026-05-01\"}")
                .post("/api/v1/contracten").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("opdrachtnemer", "kvkNummer", "opdrachtwaarde", "percentage",
                        "partnerId", "einddatum"));
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body("{\"percentage\":100.5}")
                .post("/api/v1/contracten").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("opdrachtnemer", "opdrachtwaarde", "percentage"));
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body("{\"opdrachtnemer\":\"A\",\"opdrachtwaarde\":100,\"percentage\":2.12345}")
                .post("/api/v1/contracten").then().statusCode(400).body("invalidParams.name", equalTo(List.of("percentage")));
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body("{\"opdrachtnemer\":\"A\",\"opdrachtwaarde\":\"veel\",\"percentage\":5}")
                .post("/api/v1/contracten").then().statusCode(400).body("invalidParams.name", hasItem("opdrachtwaarde"));
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON)
                .body("{\"opdrachtnemer\":\"A\",\"opdrachtwaarde\":100,\"percentage\":5,\"begindatum\":\"gisteren\"}")
                .post("/api/v1/contracten").then().statusCode(400).body("invalidParams.name", hasItem("begindatum"));
        given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON).body("")
                .post("/api/v1/contracten").then().statusCode(400);
    }

    @Test
    void alleenBureauSocialReturnRegistreert() {
        Map<String, Object> body = Map.of("opdrachtnemer", "A", "opdrachtwaarde", 100, "percentage", 5);
        for (String rol : List.of("beheer", "matcher", "partner", "klant")) {
            given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/contracten").then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/contracten").then().statusCode(401);
        String id = TestData.contract(Map.of());
        given().auth().oauth2(Tokens.voor("partner", "randstad")).get("/api/v1/contracten/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/contracten").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void zoekenFiltertEnPagineert() {
        String naam = "Zoekbaar " + UUID.randomUUID();
        String id = TestData.contract(Map.of("opdrachtnemer", naam));
        TestData.contract(Map.of("opdrachtnemer", naam, "begindatum", TestData.vandaag().plusDays(30).toString()));
        given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("opdrachtnemer", naam.toLowerCase()).queryParam("size", 1)
                .get("/api/v1/contracten").then().statusCode(200)
                .body("totaal", equalTo(2)).body("size", equalTo(1)).body("page", equalTo(1));
        given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("opdrachtnemer", naam)
                .queryParam("actiefOp", TestData.vandaag().toString())
                .get("/api/v1/contracten").then().statusCode(200)
                .body("totaal", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("size", 5000).queryParam("actiefOp", "morgen")
                .queryParam("achterOpSchema", "misschien")
                .get("/api/v1/contracten").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("size", "actiefOp", "achterOpSchema"));
    }

    @Test
    void eenContractZonderRealisatieHalverwegeLooptAchter() {
        Map<String, Object> achter = new HashMap<>(Map.of("opdrachtnemer", "Achterblijver " + UUID.randomUUID(),
                "begindatum", TestData.vandaag().minusDays(100).toString(), "einddatum", TestData.vandaag().plusDays(100).toString()));
        String id = TestData.contract(achter);
        String later = TestData.contract(Map.of("begindatum", TestData.vandaag().plusDays(1).toString()));
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/contracten/" + id).then()
                .body("achterOpSchema", equalTo(true))
                .body("verstrekenPercentage", equalTo(50.0f))
                .body("verwachtGerealiseerd", equalTo(2_500_000))
                .body("achterstand", equalTo(2_500_000));
        given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("size", 1000).get("/api/v1/contracten/achterstand").then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.id", not(hasItem(later)));
        given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("achterOpSchema", "true").queryParam("size", 1000)
                .get("/api/v1/contracten").then().statusCode(200).body("items.id", hasItem(id));
    }
}
