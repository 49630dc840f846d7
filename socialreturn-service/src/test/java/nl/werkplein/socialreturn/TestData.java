package nl.werkplein.socialreturn;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.werkplein.socialreturn.levering.IsoWeek;
import nl.werkplein.testsupport.Tokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Partners, vacancies and deliveries for the tests; each test makes its own partner so tests never share a week. */
public final class TestData {

    private TestData() {
    }

    public static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    public static IsoWeek dezeWeek() {
        return IsoWeek.van(vandaag());
    }

    /** A new partner, created by beheer, with the default pool. */
    public static String nieuwePartner() {
        String id = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(Map.of("partnerId", id, "naam", "Uitzendbureau " + id))
                .post("/api/v1/partners").then().statusCode(201);
        return id;
    }

    public static Map<String, Object> vacature(String referentie) {
        Map<String, Object> v = new HashMap<>();
        v.put("referentie", referentie);
        v.put("titel", "Orderpicker " + referentie);
        v.put("omschrijving", "Orderpicken in het distributiecentrum");
        v.put("beroepscode", "9333");
        v.put("postcode", "9731AB");
        v.put("urenPerWeek", 32);
        v.put("opleidingsniveau", "MBO2");
        v.put("sluitingsdatum", vandaag().plusDays(60).toString());
        return v;
    }

    public static Map<String, Object> vacature(String referentie, String veld, Object waarde) {
        Map<String, Object> v = vacature(referentie);
        v.put(veld, waarde);
        return v;
    }

    public static ValidatableResponse leveren(String partnerId, IsoWeek week, List<Map<String, Object>> vacatures) {
        return given().auth().oauth2(Tokens.voor("partner", partnerId)).contentType(ContentType.JSON)
                .body(Map.of("vacatures", vacatures))
                .put("/api/v1/partners/" + partnerId + "/leveringen/" + week).then();
    }

    /** referentie → vacatureId of a partner's vacancies. */
    public static Map<String, String> vacatureIds(String partnerId) {
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.voor("socialreturn")).queryParam("size", 1000)
                .get("/api/v1/partners/" + partnerId + "/vacatures").then().statusCode(200).extract().path("items");
        Map<String, String> ids = new HashMap<>();
        for (Map<String, Object> item : items) {
            ids.put((String) item.get("referentie"), (String) item.get("vacatureId"));
        }
        return ids;
    }

    public static String contract(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("opdrachtnemer", "Bouwbedrijf Noord BV", "opdrachtwaarde", 100_000_000L,
                "percentage", 5));
        body.putAll(extra);
        return given().auth().oauth2(Tokens.voor("socialreturn")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracten").then().statusCode(201).extract().path("id");
    }
}
