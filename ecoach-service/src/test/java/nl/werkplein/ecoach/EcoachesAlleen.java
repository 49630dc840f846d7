package nl.werkplein.ecoach;

import nl.werkplein.testsupport.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * For a test that needs to know who gets the next clients: makes the given fresh e-coaches the only
 * active ones, and afterwards restores what was active before.
 */
public final class EcoachesAlleen implements AutoCloseable {

    private final List<Map<String, Object>> herstel = new ArrayList<>();

    public EcoachesAlleen(List<String> namen, List<String> ids) {
        List<Map<String, Object>> bestaand = given().auth().oauth2(Tokens.voor("beheer")).queryParam("size", 1000)
                .get("/api/v1/ecoaches").then().statusCode(200).extract().path("items");
        for (Map<String, Object> ecoach : bestaand) {
            if (Boolean.TRUE.equals(ecoach.get("actief"))) {
                zet(ecoach.get("ecoachId"), ecoach.get("naam"), false);
                herstel.add(Map.of("ecoachId", ecoach.get("ecoachId"), "naam", ecoach.get("naam"), "actief", true));
            }
        }
        for (String naam : namen) {
            String id = given().auth().oauth2(Tokens.voor("beheer")).contentType("application/json").body(Map.of("naam", naam))
                    .post("/api/v1/ecoaches").then().statusCode(201).body("actieveKlanten", equalTo(0))
                    .extract().path("ecoachId");
            ids.add(id);
            herstel.add(Map.of("ecoachId", id, "naam", naam, "actief", false));
        }
    }

    private static void zet(Object id, Object naam, boolean actief) {
        given().auth().oauth2(Tokens.voor("beheer")).contentType("application/json").body(Map.of("naam", naam, "actief", actief))
                .put("/api/v1/ecoaches/" + id).then().statusCode(200).body("actief", equalTo(actief));
    }

    @Override
    public void close() {
        for (Map<String, Object> e : herstel) {
            zet(e.get("ecoachId"), e.get("naam"), (Boolean) e.get("actief"));
        }
    }
}
