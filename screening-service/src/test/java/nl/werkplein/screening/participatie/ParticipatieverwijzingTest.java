package nl.werkplein.screening.participatie;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.screening.support.Buren;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Issue 18 point 4, domain.md 5: participation referrals reach iederz, a wijk organisation or a consulent's worklist, and are acknowledged. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ParticipatieverwijzingTest {

    private static final String LIJST = "/api/v1/participatieverwijzingen";
    /** Never put in a wijk by any test: the referral has no wijk. */
    private static final String ONBEKENDE_POSTCODE = "9999";

    private static String consulent() {
        return Tokens.voor("consulent");
    }

    /** A client with this postcode-4 whom a consulent placed in Maatschappelijke participatie. */
    private static UUID klantInParticipatie(String postcode4) {
        UUID klantId = UUID.randomUUID();
        KafkaTestClient.send(Buren.AANVRAGEN, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.aanvraag-ingediend","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","aanvraagId":"%s","leeftijd":50,"postcode4":"%s"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), klantId, UUID.randomUUID(), postcode4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(consulent()).get("/api/v1/klanten/" + klantId).then().statusCode(200));
        Buren.beslis(klantId, "MAATSCHAPPELIJKE_PARTICIPATIE", "participatie past het best").statusCode(200);
        return klantId;
    }

    /** Submits the aanvullende vragenlijst with low scores (no work within reach) and this vorm. */
    private static JsonPath aanvullend(UUID klantId, String vorm) {
        JsonPath lijst = given().auth().oauth2(consulent()).get("/api/v1/vragenlijsten/aanvullend").then().statusCode(200).extract().jsonPath();
        Map<String, Object> antwoorden = new HashMap<>();
        for (Map<String, Object> v : lijst.<Map<String, Object>>getList("vragen")) {
            antwoorden.put((String) v.get("id"), "KEUZE".equals(v.get("type")) ? vorm : 2);
        }
        return given().auth().oauth2(consulent()).contentType(ContentType.JSON)
                .body(Map.of("versie", lijst.getString("versie"), "antwoorden", antwoorden))
                .post("/api/v1/klanten/" + klantId + "/aanvullende-vragenlijst").then().statusCode(201)
                .body("lijn", equalTo("MAATSCHAPPELIJKE_PARTICIPATIE")).extract().jsonPath();
    }

    /** The one referral of the client, as the staff list shows it. */
    private static Map<String, Object> verwijzingVan(UUID klantId, String organisatie) {
        var req = given().auth().oauth2(consulent()).queryParam("size", 1000);
        if (organisatie != null) {
            req = req.queryParam("organisatie", organisatie);
        }
        return req.get(LIJST).then().statusCode(200).extract().jsonPath().getMap("items.find { it.klantId == '" + klantId + "' }");
    }

    private static void koppel(String wijk, String postcode4) {
        given().auth().oauth2(Tokens.voor("beheer")).put("/api/v1/wijken/" + wijk + "/postcodes/" + postcode4).then().statusCode(204);
    }

    @Test
    void beschutWerkGaatNaarIederzVoorEenIndicatie() {
        koppel("Vinkhuizen", "9743");
        UUID klantId = klantInParticipatie("9743");
        aanvullend(klantId, "BESCHUT_WERK");
        Map<String, Object> v = verwijzingVan(klantId, "iederz");
        assertEquals("iederz", v.get("organisatie"));
        assertEquals("Vinkhuizen", v.get("wijk"));
        assertEquals("VERWEZEN", v.get("status"));
        // not to Saaksumborg, the organisation of Vinkhuizen
        assertNull(verwijzingVan(klantId, "saaksumborg"));
        JsonPath event = Buren.events(klantId, "participatie-verwezen", 1).get(0);
        assertEquals("iederz", event.getString("data.organisatieCode"));
        assertEquals("BESCHUT_WERK", event.getString("data.vorm"));
        assertEquals(v.get("id"), event.getString("data.verwijzingId"));
        given().auth().oauth2(consulent()).get("/api/v1/klanten/" + klantId + "/indeling").then()
                .body("historie[-1].reden", containsString("indicatie beschut werk"));
    }

    @Test
    void eenVerwijzingZonderWijkGaatNaarDeWerklijstEnDeConsulentVerwijst() {
        UUID klantId = klantInParticipatie(ONBEKENDE_POSTCODE);
        JsonPath uitkomst = aanvullend(klantId, "DAGBESTEDING");
        assertNull(uitkomst.getString("organisatie"));
        String werklijst = given().auth().oauth2(consulent()).queryParam("size", 1000).get(LIJST + "/werklijst").then().statusCode(200)
                .body("items.klantId", hasItem(klantId.toString())).extract().asString();
        String id = JsonPath.from(werklijst).getString("items.find { it.klantId == '" + klantId + "' }.id");
        JsonPath eerste = Buren.events(klantId, "participatie-verwezen", 1).get(0);
        assertEquals("WERKLIJST", eerste.getString("data.status"));
        assertFalse(eerste.getMap("data").containsKey("organisatie"), "absent while no wijk is known (docs/events.md)");
        // no organisation yet: nobody can acknowledge it
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of())
                .post(LIJST + "/" + id + "/ontvangstbevestiging").then().statusCode(409).body("detail", containsString("WERKLIJST"));
        // bad input names the field; only a consulent refers
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of())
                .put(LIJST + "/" + id + "/organisatie").then().statusCode(400).body("invalidParams.name", hasItem("organisatie"));
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of("organisatie", "de-buurman"))
                .put(LIJST + "/" + id + "/organisatie").then().statusCode(400).body("invalidParams.name", hasItem("organisatie"));
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of("organisatie", "radar", "wijk", "Atlantis"))
                .put(LIJST + "/" + id + "/organisatie").then().statusCode(400).body("invalidParams.name", hasItem("wijk"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("organisatie", "radar"))
                .put(LIJST + "/" + id + "/organisatie").then().statusCode(403);
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of("organisatie", "radar"))
                .put(LIJST + "/" + UUID.randomUUID() + "/organisatie").then().statusCode(404);
        // the consulent refers it by hand
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of("organisatie", "radar", "wijk", "Helpman"))
                .put(LIJST + "/" + id + "/organisatie").then().statusCode(200)
                .body("status", equalTo("VERWEZEN")).body("organisatie", equalTo("radar")).body("wijk", equalTo("Helpman"))
                .body("verwezenOp", notNullValue());
        given().auth().oauth2(consulent()).queryParam("size", 1000).get(LIJST + "/werklijst").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        JsonPath tweede = Buren.events(klantId, "participatie-verwezen", 2).get(1);
        assertEquals("radar", tweede.getString("data.organisatieCode"));
        assertEquals("CONSULENT", tweede.getString("data.door"));
        assertEquals(id, tweede.getString("data.verwijzingId"));
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of("organisatie", "iederz"))
                .put(LIJST + "/" + id + "/organisatie").then().statusCode(409).body("detail", containsString("VERWEZEN"));
    }

    @Test
    void deOrganisatieZietHaarVerwijzingenEnBevestigtDeOntvangst() {
        given().auth().oauth2(Tokens.voor("beheer")).contentType("text/csv").body("wijk;postcode4\nde Wijert;9744\n")
                .post("/api/v1/wijken/postcodes").then().statusCode(200).body("geaccepteerd", equalTo(1));
        UUID klantId = klantInParticipatie("9744");
        aanvullend(klantId, "VRIJWILLIGERSWERK");
        Map<String, Object> v = verwijzingVan(klantId, "radar");
        String id = (String) v.get("id");
        assertEquals("VERWEZEN", v.get("status"));
        assertEquals("de Wijert", v.get("wijk"));
        assertEquals("Radar", v.get("organisatieNaam"));
        given().auth().oauth2(consulent()).queryParam("organisatie", "radar").queryParam("status", "ONTVANGEN").queryParam("size", 1000)
                .get(LIJST).then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(consulent()).queryParam("organisatie", "leger-des-heils").queryParam("size", 1000)
                .get(LIJST).then().statusCode(200).body("items.id", not(hasItem(id)));

        String ontvangenOp = given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of("opmerking", "kennismaking op 3 december"))
                .post(LIJST + "/" + id + "/ontvangstbevestiging").then().statusCode(200)
                .body("status", equalTo("ONTVANGEN")).body("ontvangstOpmerking", equalTo("kennismaking op 3 december"))
                .extract().path("ontvangenOp");
        // again: nothing changes
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of())
                .post(LIJST + "/" + id + "/ontvangstbevestiging").then().statusCode(200)
                .body("status", equalTo("ONTVANGEN")).body("ontvangenOp", equalTo(ontvangenOp));
        given().auth().oauth2(consulent()).queryParam("organisatie", "radar").queryParam("status", "ONTVANGEN").queryParam("size", 1000)
                .get(LIJST).then().statusCode(200).body("items.id", hasItem(id));
        List<JsonPath> ontvangen = Buren.events(klantId, "participatie-ontvangen", 1);
        assertEquals(1, ontvangen.size());
        assertEquals("radar", ontvangen.get(0).getString("data.organisatieCode"));
        assertEquals(id, ontvangen.get(0).getString("data.verwijzingId"));
        given().auth().oauth2(consulent()).get(LIJST + "/" + id).then().statusCode(200).body("status", equalTo("ONTVANGEN"));

        // bad filters, roles, unknown ids
        given().auth().oauth2(consulent()).queryParam("organisatie", "atlantis").queryParam("status", "KWIJT").get(LIJST).then().statusCode(400)
                .body("invalidParams.name", hasItems("organisatie", "status"));
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of("opmerking", "x".repeat(2001)))
                .post(LIJST + "/" + id + "/ontvangstbevestiging").then().statusCode(400).body("invalidParams.name", hasItem("opmerking"));
        given().auth().oauth2(Tokens.voor("klantondersteuner")).get(LIJST).then().statusCode(403);
        given().auth().oauth2(Tokens.klant(klantId)).get(LIJST + "/werklijst").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of())
                .post(LIJST + "/" + id + "/ontvangstbevestiging").then().statusCode(403);
        given().auth().oauth2(consulent()).contentType(ContentType.JSON).body(Map.of())
                .post(LIJST + "/" + UUID.randomUUID() + "/ontvangstbevestiging").then().statusCode(404);
        given().get(LIJST).then().statusCode(401);
        // the reads are audited against the client
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klantId).queryParam("size", 1000).get("/api/v1/audit").then()
                .statusCode(200).body("items.findAll { it.resource == 'verwijzing' }.actie", hasItems("RAADPLEGEN", "WIJZIGEN"));
    }

    @Test
    void deOrganisatiesVanSeed002EnHetSwBedrijf() {
        given().auth().oauth2(consulent()).get(LIJST + "/organisaties").then().statusCode(200)
                .body("code", hasItems("wijkwerken", "saaksumborg", "radar", "leger-des-heils", "iederz"))
                .body("find { it.code == 'radar' }.wijken", hasItems("Helpman", "de Wijert"))
                .body("find { it.code == 'iederz' }.soort", equalTo("SW"))
                .body("find { it.code == 'leger-des-heils' }.wijken", hasItem("Lewenborg"));
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).get(LIJST + "/organisaties").then().statusCode(403);
    }

    @Test
    void beheerImporteertPostcodegebiedenUitEenCsv() {
        String csv = """
                wijk;postcode4
                Lewenborg;9745
                Atlantis;9746
                Beijum;097
                "Hoogkerk";9747
                Oosterpark;9745
                """;
        given().auth().oauth2(Tokens.voor("beheer")).contentType("text/csv").body(csv).post("/api/v1/wijken/postcodes").then().statusCode(200)
                .body("geaccepteerd", equalTo(2))
                .body("afgewezen.rij", equalTo(List.of(2, 3, 5)))
                .body("afgewezen[0].reden", containsString("Atlantis"))
                .body("afgewezen[1].reden", containsString("postcode4"))
                .body("afgewezen[2].reden", containsString("rij 1"));
        given().auth().oauth2(consulent()).get("/api/v1/wijken").then().statusCode(200)
                .body("find { it.naam == 'Lewenborg' }.postcodes", hasItem("9745"))
                .body("find { it.naam == 'Hoogkerk' }.postcodes", hasItem("9747"))
                .body("find { it.naam == 'Oosterpark' }.postcodes", not(hasItem("9745")));
        // a later import moves an area
        given().auth().oauth2(Tokens.voor("beheer")).contentType("text/csv").body("postcode4,wijk\n9747,Beijum\n")
                .post("/api/v1/wijken/postcodes").then().statusCode(200).body("geaccepteerd", equalTo(1)).body("afgewezen", equalTo(List.of()));
        given().auth().oauth2(consulent()).get("/api/v1/wijken").then()
                .body("find { it.naam == 'Beijum' }.postcodes", hasItem("9747"))
                .body("find { it.naam == 'Hoogkerk' }.postcodes", not(hasItem("9747")));
        // no header: 400 naming the body; only beheer
        given().auth().oauth2(Tokens.voor("beheer")).contentType("text/csv").body("Beijum;9748\n")
                .post("/api/v1/wijken/postcodes").then().statusCode(400).body("invalidParams.name", hasItem("body"));
        given().auth().oauth2(consulent()).contentType("text/csv").body(csv).post("/api/v1/wijken/postcodes").then().statusCode(403);
        // the one with no wijk stays unknown
        given().auth().oauth2(consulent()).get("/api/v1/wijken").then()
                .body("postcodes.flatten()", not(hasItem(ONBEKENDE_POSTCODE)));
    }
}
