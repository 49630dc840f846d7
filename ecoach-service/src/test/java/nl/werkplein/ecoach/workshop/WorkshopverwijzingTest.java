package nl.werkplein.ecoach.workshop;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.werkplein.ecoach.Neighbours;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domain.md 3.5, issue 18 point 2: a workshop referral reaches Randstad, and Randstad's attendance report reaches the e-coach. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class WorkshopverwijzingTest {

    private static final String LIJST = "/api/v1/partners/randstad/workshopverwijzingen";

    /** A zelfdoener referred to a workshop by the evaluation; returns the referral as the e-coach sees it. */
    private static JsonPath verwezen(UUID klantId, String onderwerp) {
        String ecoachId = Neighbours.zelfdoener(klantId).getString("ecoachId");
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json")
                .body(Map.of("uitkomst", "WORKSHOP", "workshop", onderwerp))
                .post("/api/v1/trajecten/" + klantId + "/evaluaties").then().statusCode(201);
        return given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).get("/api/v1/trajecten/" + klantId + "/workshops")
                .then().statusCode(200).extract().jsonPath().setRootPath("[0]");
    }

    private static String ecoach(UUID klantId) {
        return Neighbours.awaitTraject(klantId).getString("ecoachId");
    }

    private static String partner() {
        return Tokens.voor("partner", "randstad");
    }

    @Test
    void deVerwijzingBereiktDePartnerZonderPersoonsgegevens() {
        UUID klantId = UUID.randomUUID();
        JsonPath w = verwezen(klantId, "CV");
        String id = w.getString("verwijzingId");
        String referentie = w.getString("referentie");
        assertEquals("OPEN", w.getString("status"));
        assertEquals("randstad", w.getString("partnerId"));
        assertFalse(referentie.contains(klantId.toString()));

        String body = given().auth().oauth2(partner()).queryParam("status", "OPEN").queryParam("size", 1000).get(LIJST)
                .then().statusCode(200).body("items.id", hasItem(id)).extract().asString();
        JsonPath lijst = JsonPath.from(body);
        Map<String, Object> item = lijst.getMap("items.find { it.id == '" + id + "' }");
        // exactly these fields: a pseudonymous reference and the subject, no klantId, BSN, address or e-mail
        assertEquals(Set.of("id", "referentie", "onderwerp", "status", "verwezenOp", "gemeldOp"), item.keySet());
        assertEquals(referentie, item.get("referentie"));
        assertEquals("CV", item.get("onderwerp"));
        assertEquals("OPEN", item.get("status"));
        assertFalse(body.contains(klantId.toString()), "the partner never sees the klantId");
        // the reference is stable
        given().auth().oauth2(partner()).get(LIJST + "/" + id).then().statusCode(200).body("referentie", equalTo(referentie));
        // other statuses do not list it
        given().auth().oauth2(partner()).queryParam("status", "AANWEZIG").queryParam("size", 1000).get(LIJST)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        // the client's mail names the reference, so they can sign up without Randstad holding their address
        assertTrue(Neighbours.gepubliceerd(klantId, "mail-verzocht", 2).stream()
                .anyMatch(m -> m.getString("data.onderwerp").contains("workshop") && m.getString("data.tekst").contains(referentie)));
        // the partner's reads are audited against the client
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klantId).queryParam("size", 1000).get("/api/v1/audit").then()
                .statusCode(200).body("items.findAll { it.resource == 'workshopverwijzing' }.actor", hasItem("randstad"));
    }

    @Test
    void deAanwezigheidKomtTerugBijDeEcoachEnAlsEvent() {
        UUID klantId = UUID.randomUUID();
        JsonPath w = verwezen(klantId, "PRESENTATIE");
        String id = w.getString("verwijzingId");
        String ecoachId = ecoach(klantId);
        given().auth().oauth2(partner()).contentType("application/json").body(Map.of("status", "AANWEZIG"))
                .put(LIJST + "/" + id).then().statusCode(200).body("status", equalTo("AANWEZIG")).body("gemeldOp", notNullValue());
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).get("/api/v1/trajecten/" + klantId + "/workshops").then().statusCode(200)
                .body("[0].status", equalTo("AANWEZIG")).body("[0].onderwerp", equalTo("PRESENTATIE")).body("[0].gemeldOp", notNullValue());
        JsonPath event = Neighbours.gepubliceerd(klantId, "workshop-aanwezigheid-gemeld", 1).get(0);
        assertEquals(klantId.toString(), event.getString("subject"));
        assertEquals(id, event.getString("data.verwijzingId"));
        assertEquals(w.getString("trajectId"), event.getString("data.trajectId"));
        assertEquals("randstad", event.getString("data.partnerId"));
        assertEquals("PRESENTATIE", event.getString("data.onderwerp"));
        assertTrue(event.getBoolean("data.aanwezig"));

        // the same report again: 200, nothing new; a different one: 409 naming the state
        given().auth().oauth2(partner()).contentType("application/json").body(Map.of("status", "AANWEZIG"))
                .put(LIJST + "/" + id).then().statusCode(200).body("status", equalTo("AANWEZIG"));
        given().auth().oauth2(partner()).contentType("application/json").body(Map.of("status", "AFWEZIG"))
                .put(LIJST + "/" + id).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("AANWEZIG"));
        // a later event of the same client proves the relay got past the retry without a second report
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json")
                .body(Map.of("datum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(), "werkgever", "Bakkerij De Korrel",
                        "functie", "Verkoper", "kanaal", "VACATURESITE", "resultaat", "VERSTUURD"))
                .post("/api/v1/werkmappen/" + klantId + "/activiteiten").then().statusCode(201);
        Neighbours.gepubliceerd(klantId, "activiteit-geregistreerd", 1);
        assertEquals(1, Neighbours.gepubliceerd(klantId, "workshop-aanwezigheid-gemeld", 1).size());
    }

    @Test
    void afwezigIsOokEenUitkomstEnEenTweedeVerwijzingKrijgtEenEigenReferentie() {
        UUID klantId = UUID.randomUUID();
        JsonPath eerste = verwezen(klantId, "ZOEKGEDRAG");
        given().auth().oauth2(partner()).contentType("application/json").body(Map.of("status", "AFWEZIG"))
                .put(LIJST + "/" + eerste.getString("verwijzingId")).then().statusCode(200).body("status", equalTo("AFWEZIG"));
        assertFalse(Neighbours.gepubliceerd(klantId, "workshop-aanwezigheid-gemeld", 1).get(0).getBoolean("data.aanwezig"));
        // referred again at the next evaluation: a new referral, a new reference
        given().auth().oauth2(Tokens.voor("ecoach", ecoach(klantId))).contentType("application/json")
                .body(Map.of("uitkomst", "WORKSHOP", "workshop", "ZOEKGEDRAG"))
                .post("/api/v1/trajecten/" + klantId + "/evaluaties").then().statusCode(201);
        List<Map<String, Object>> alle = given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId + "/workshops")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(2, alle.size());
        assertEquals("OPEN", alle.get(0).get("status"));
        assertEquals("AFWEZIG", alle.get(1).get("status"));
        assertNotEquals(alle.get(0).get("referentie"), alle.get(1).get("referentie"));
    }

    @Test
    void eenAfgeslotenTrajectLaatDeOpenVerwijzingVervallen() {
        UUID klantId = UUID.randomUUID();
        JsonPath w = verwezen(klantId, "CV");
        String id = w.getString("verwijzingId");
        given().auth().oauth2(Tokens.voor("ecoach", ecoach(klantId))).contentType("application/json").body(Map.of("reden", "WERK"))
                .post("/api/v1/trajecten/" + klantId + "/afsluiting").then().statusCode(200);
        given().auth().oauth2(partner()).get(LIJST + "/" + id).then().statusCode(200).body("status", equalTo("VERVALLEN"));
        given().auth().oauth2(partner()).queryParam("status", "OPEN").queryParam("size", 1000).get(LIJST)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(partner()).contentType("application/json").body(Map.of("status", "AANWEZIG"))
                .put(LIJST + "/" + id).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("VERVALLEN"));
    }

    @Test
    void fouteInvoerRollenEnAnderePartners() {
        UUID klantId = UUID.randomUUID();
        String id = verwezen(klantId, "CV").getString("verwijzingId");
        String pad = LIJST + "/" + id;
        // bad input names the field
        given().auth().oauth2(partner()).contentType("application/json").body(Map.of())
                .put(pad).then().statusCode(400).body("invalidParams.name", hasItem("status"));
        given().auth().oauth2(partner()).contentType("application/json").body(Map.of("status", "OPEN"))
                .put(pad).then().statusCode(400).body("invalidParams.name", hasItem("status"));
        given().auth().oauth2(partner()).contentType("application/json").body(Map.of("status", "MISSCHIEN"))
                .put(pad).then().statusCode(400).body("invalidParams.name", hasItem("status"));
        given().auth().oauth2(partner()).queryParam("status", "MISSCHIEN").get(LIJST)
                .then().statusCode(400).body("invalidParams.name", hasItem("status"));
        given().auth().oauth2(partner()).queryParam("size", 0).get(LIJST)
                .then().statusCode(400).body("invalidParams.name", hasItem("size"));
        // another partner: 403 on Randstad's list; Randstad's referral under its own id: 404
        given().auth().oauth2(Tokens.voor("partner", "tempo-team")).get(LIJST).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("partner", "tempo-team")).contentType("application/json").body(Map.of("status", "AANWEZIG"))
                .put(pad).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("partner", "tempo-team")).get("/api/v1/partners/tempo-team/workshopverwijzingen")
                .then().statusCode(200).body("totaal", equalTo(0));
        given().auth().oauth2(Tokens.voor("partner", "tempo-team")).contentType("application/json").body(Map.of("status", "AANWEZIG"))
                .put("/api/v1/partners/tempo-team/workshopverwijzingen/" + id).then().statusCode(404);
        // unknown ids
        given().auth().oauth2(partner()).contentType("application/json").body(Map.of("status", "AANWEZIG"))
                .put(LIJST + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(partner()).get(LIJST + "/geen-uuid").then().statusCode(404);
        // staff roles and clients are not the partner API's users; no token is 401
        given().auth().oauth2(Tokens.voor("ecoach", ecoach(klantId))).get(LIJST).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).contentType("application/json").body(Map.of("status", "AANWEZIG"))
                .put(pad).then().statusCode(403);
        given().auth().oauth2(Tokens.klant(klantId)).get(LIJST).then().statusCode(403);
        given().get(LIJST).then().statusCode(401);
        // and the partner cannot read the trajectory side
        given().auth().oauth2(partner()).get("/api/v1/trajecten/" + klantId + "/workshops").then().statusCode(403);
        // none of it changed the referral
        given().auth().oauth2(partner()).get(pad).then().statusCode(200).body("status", equalTo("OPEN"));
    }
}
