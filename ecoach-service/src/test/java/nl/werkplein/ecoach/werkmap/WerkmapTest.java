package nl.werkplein.ecoach.werkmap;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Domain.md 3.3: the Werkmap; a klant sees only their own, an e-coach only their own caseload. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class WerkmapTest {

    static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    static Map<String, Object> activiteit(String resultaat) {
        return new HashMap<>(Map.of("datum", vandaag().minusDays(1).toString(), "werkgever", "Bakkerij De Korrel",
                "functie", "Verkoopmedewerker", "kanaal", "VACATURESITE", "resultaat", resultaat));
    }

    static Map<String, Object> profiel() {
        Map<String, Object> p = new HashMap<>();
        p.put("wensen", "overdag, dicht bij huis");
        p.put("beroepscodes", List.of("5223", "4321"));
        p.put("urenPerWeek", 32);
        p.put("werkregio", List.of("97", "93"));
        p.put("opleidingsniveau", "MBO2");
        p.put("ervaring", List.of(Map.of("beroepscode", "5223", "jaren", 4)));
        p.put("vaardigheden", List.of("Kassa", "klantcontact"));
        p.put("beschikbaarPer", "2026-04-01");
        return p;
    }

    @Test
    void deKlantRegistreertActiviteitenEnZietZeGepagineerd() {
        UUID klantId = UUID.randomUUID();
        String ecoachId = Neighbours.zelfdoener(klantId).getString("ecoachId");
        String pad = "/api/v1/werkmappen/" + klantId + "/activiteiten";
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(activiteit("VERSTUURD"))
                    .post(pad).then().statusCode(201).body("werkgever", equalTo("Bakkerij De Korrel")).body("kanaal", equalTo("VACATURESITE"));
        }
        given().auth().oauth2(Tokens.klant(klantId)).queryParam("size", 2).get(pad).then().statusCode(200)
                .body("items", hasSize(2)).body("totaal", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2));
        given().auth().oauth2(Tokens.klant(klantId)).queryParam("page", 2).queryParam("size", 2).get(pad).then().body("items", hasSize(1));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).get(pad).then().statusCode(200).body("totaal", equalTo(3));
        given().auth().oauth2(Tokens.voor("beheer")).get(pad).then().statusCode(200).body("totaal", equalTo(3));
        given().auth().oauth2(Tokens.klant(klantId)).queryParam("size", 0).get(pad).then().statusCode(400)
                .body("invalidParams.name", hasItem("size"));
        assertEquals(3, Neighbours.gepubliceerd(klantId, "activiteit-geregistreerd", 3).size());
    }

    @Test
    void eenAnderMagDeWerkmapNietLezenOfWijzigen() {
        UUID klantA = UUID.randomUUID();
        UUID klantB = UUID.randomUUID();
        String ecoachA = Neighbours.zelfdoener(klantA).getString("ecoachId");
        Neighbours.zelfdoener(klantB);
        String basis = "/api/v1/werkmappen/" + klantA;
        // klant B, on A's Werkmap: as if it did not exist
        given().auth().oauth2(Tokens.klant(klantB)).contentType("application/json").body(activiteit("VERSTUURD"))
                .post(basis + "/activiteiten").then().statusCode(404).contentType("application/problem+json");
        for (String deel : List.of("/activiteiten", "/berichten")) {
            given().auth().oauth2(Tokens.klant(klantB)).get(basis + deel).then().statusCode(404);
        }
        given().auth().oauth2(Tokens.klant(klantA)).contentType("application/json").body(Map.of("tekst", "Mijn cv"))
                .put(basis + "/cv").then().statusCode(200);
        given().auth().oauth2(Tokens.klant(klantB)).get(basis + "/cv").then().statusCode(404);
        given().auth().oauth2(Tokens.klant(klantB)).contentType("application/json").body(Map.of("tekst", "overschreven"))
                .put(basis + "/cv").then().statusCode(404);
        given().auth().oauth2(Tokens.klant(klantB)).contentType("application/json").body(profiel())
                .put(basis + "/profiel").then().statusCode(404);
        given().auth().oauth2(Tokens.klant(klantB)).contentType("application/json").body(Map.of("tekst", "hoi"))
                .post(basis + "/berichten").then().statusCode(404);
        given().auth().oauth2(Tokens.klant(klantA)).get(basis + "/cv").then().statusCode(200).body("tekst", equalTo("Mijn cv"));
        // an e-coach of another caseload: 404; the client's own e-coach may
        String andereEcoach = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.voor("ecoach", andereEcoach)).get(basis + "/activiteiten").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("ecoach", andereEcoach)).get(basis + "/cv").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("ecoach", andereEcoach)).contentType("application/json").body(activiteit("VERSTUURD"))
                .post(basis + "/activiteiten").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("ecoach", ecoachA)).get(basis + "/cv").then().statusCode(200);
        // roles that have no business here
        given().auth().oauth2(Tokens.voor("matcher")).get(basis + "/activiteiten").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("consulent")).contentType("application/json").body(activiteit("VERSTUURD"))
                .post(basis + "/activiteiten").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).contentType("application/json").body(activiteit("VERSTUURD"))
                .post(basis + "/activiteiten").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("ecoach", ecoachA)).contentType("application/json").body(Map.of("tekst", "cv"))
                .put(basis + "/cv").then().statusCode(403);
        // no trajectory, no Werkmap
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/werkmappen/" + UUID.randomUUID() + "/activiteiten").then().statusCode(404);
        // the reads are audited
        given().auth().oauth2(Tokens.voor("beheer")).get(basis + "/activiteiten").then().statusCode(200);
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klantA).queryParam("size", 1000).get("/api/v1/audit").then()
                .body("items.resource", hasItems("cv", "activiteit"));
    }

    @Test
    void ongeldigeActiviteitenNoemenElkVeld() {
        UUID klantId = UUID.randomUUID();
        Neighbours.zelfdoener(klantId);
        String pad = "/api/v1/werkmappen/" + klantId + "/activiteiten";
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(Map.of("werkgever", " "))
                .post(pad).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("datum", "werkgever", "functie", "kanaal", "resultaat"));
        Map<String, Object> fout = activiteit("VERSTUURD");
        fout.put("kanaal", "POSTDUIF");
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(fout)
                .post(pad).then().statusCode(400).body("invalidParams[0].name", equalTo("kanaal"));
        Map<String, Object> toekomst = activiteit("VERSTUURD");
        toekomst.put("datum", vandaag().plusDays(1).toString());
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(toekomst)
                .post(pad).then().statusCode(400).body("invalidParams[0].name", equalTo("datum"));
        Map<String, Object> lang = activiteit("VERSTUURD");
        lang.put("functie", "x".repeat(201));
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(lang)
                .post(pad).then().statusCode(400).body("invalidParams[0].name", equalTo("functie"));
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body("{niet json")
                .post(pad).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aangenomenSluitHetTrajectMetRedenWerk() {
        UUID klantId = UUID.randomUUID();
        Neighbours.zelfdoener(klantId);
        String pad = "/api/v1/werkmappen/" + klantId + "/activiteiten";
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(activiteit("AANGENOMEN"))
                .post(pad).then().statusCode(201);
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then()
                .body("status", equalTo("AFGESLOTEN")).body("afsluitreden", equalTo("WERK"));
        assertEquals("WERK", Neighbours.gepubliceerd(klantId, "traject-afgesloten", 1).get(0).getString("data.reden"));
        // the Werkmap stays readable, but is closed for new activities
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(activiteit("VERSTUURD"))
                .post(pad).then().statusCode(409);
        given().auth().oauth2(Tokens.klant(klantId)).get(pad).then().statusCode(200).body("totaal", equalTo(1));
    }

    @Test
    void eenGewijzigdProfielGaatAlsEventNaarDeMatching() {
        UUID klantId = UUID.randomUUID();
        String ecoachId = Neighbours.zelfdoener(klantId).getString("ecoachId");
        String pad = "/api/v1/werkmappen/" + klantId + "/profiel";
        given().auth().oauth2(Tokens.klant(klantId)).get(pad).then().statusCode(404);
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(profiel())
                .put(pad).then().statusCode(200).body("vaardigheden", hasItems("kassa", "klantcontact"));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).get(pad).then().statusCode(200)
                .body("beroepscodes", hasItems("5223", "4321")).body("urenPerWeek", equalTo(32));
        JsonPath event = Neighbours.gepubliceerd(klantId, "profiel-gewijzigd", 1).get(0);
        assertEquals(klantId.toString(), event.getString("subject"));
        assertEquals(klantId.toString(), event.getString("data.klantId"));
        assertEquals(List.of("5223", "4321"), event.getList("data.beroepscodes"));
        assertEquals("overdag, dicht bij huis", event.getString("data.wensen"));
        assertEquals(32, event.getInt("data.urenPerWeek"));
        assertEquals(List.of("97", "93"), event.getList("data.werkregio"));
        assertEquals("MBO2", event.getString("data.opleidingsniveau"));
        assertEquals("5223", event.getString("data.ervaring[0].beroepscode"));
        assertEquals(4, event.getInt("data.ervaring[0].jaren"));
        assertEquals(List.of("kassa", "klantcontact"), event.getList("data.vaardigheden"));
        assertEquals("2026-04-01", event.getString("data.beschikbaarPer"));
        assertEquals(java.util.Set.of("klantId", "beroepscodes", "wensen", "urenPerWeek", "werkregio", "opleidingsniveau",
                "ervaring", "vaardigheden", "beschikbaarPer"), event.getMap("data").keySet());
    }

    @Test
    void eenOngeldigProfielNoemtElkVeld() {
        UUID klantId = UUID.randomUUID();
        Neighbours.zelfdoener(klantId);
        Map<String, Object> p = profiel();
        p.put("beroepscodes", List.of("52231"));
        p.put("werkregio", List.of("9", "97"));
        p.put("ervaring", List.of(Map.of("beroepscode", "5223", "jaren", -1)));
        p.put("urenPerWeek", 0);
        p.remove("opleidingsniveau");
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(p)
                .put("/api/v1/werkmappen/" + klantId + "/profiel").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("beroepscodes[0]", "werkregio[0]", "ervaring[0].jaren",
                        "urenPerWeek", "opleidingsniveau"));
        assertEquals(0, Neighbours.gepubliceerd(klantId, "profiel-gewijzigd", 0).size());
    }

    @Test
    void klantEnEcoachWisselenBerichtenInEenDraad() {
        UUID klantId = UUID.randomUUID();
        String ecoachId = Neighbours.zelfdoener(klantId).getString("ecoachId");
        String pad = "/api/v1/werkmappen/" + klantId + "/berichten";
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(Map.of("tekst", "Kunt u naar mijn cv kijken?"))
                .post(pad).then().statusCode(201).body("van", equalTo("KLANT"));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body(Map.of("tekst", "Ja, morgen."))
                .post(pad).then().statusCode(201).body("van", equalTo("ECOACH"));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body(Map.of("tekst", ""))
                .post(pad).then().statusCode(400).body("invalidParams[0].name", equalTo("tekst"));
        given().auth().oauth2(Tokens.klant(klantId)).get(pad).then().statusCode(200)
                .body("items.van", org.hamcrest.Matchers.contains("KLANT", "ECOACH")).body("totaal", equalTo(2));
        // the client hears of the e-coach's message by mail, without its content
        List<JsonPath> mails = Neighbours.gepubliceerd(klantId, "mail-verzocht", 2);
        JsonPath melding = mails.stream().filter(m -> m.getString("data.onderwerp").contains("bericht")).findFirst().orElseThrow();
        assertEquals(false, melding.getString("data.tekst").contains("morgen"));
    }
}
