package nl.werkplein.ecoach.voorlichting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.werkplein.ecoach.Neighbours;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.MovableClock;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domain.md 3.1: sessions with capacity; a full one pushes clients to the next; attendance is recorded. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class VoorlichtingTest {

    static final String ECOACH = "e0000000-0000-4000-8000-000000000002";

    @Inject
    MovableClock clock;
    @Inject
    VoorlichtingPlanner planner;
    @Inject
    AgroalDataSource db;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    static String plan(LocalDate datum, int capaciteit) {
        return given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).contentType("application/json")
                .body(Map.of("datum", datum.toString(), "begintijd", "13:30", "eindtijd", "15:00", "locatie", "Werkplein, zaal 2",
                        "capaciteit", capaciteit, "uitzendbureaus", List.of("Randstad", "Tempo-Team")))
                .post("/api/v1/voorlichtingen").then().statusCode(201)
                .body("capaciteit", equalTo(capaciteit)).body("uitzendbureaus", hasItems("Randstad", "Tempo-Team"))
                .body("ecoachId", equalTo(ECOACH)).body("automatisch", equalTo(false))
                .extract().path("voorlichtingId");
    }

    /** A year past every planned session, where only this test's sessions lie; a first big session takes whoever still waited. */
    LocalDate naarEenLegeToekomst() {
        long laatste = Neighbours.tel(db, "SELECT coalesce(max(datum), current_date) - DATE '2000-01-01' FROM voorlichting");
        LocalDate vandaag = LocalDate.of(2000, 1, 1).plusDays(laatste).plusYears(1);
        clock.setToday(vandaag);
        plan(vandaag.plusDays(1), 1000);
        clock.setToday(vandaag.plusDays(2));
        return vandaag.plusDays(2);
    }

    @Test
    void eenVolleVoorlichtingSchuiftKlantenDoorNaarDeVolgendeMetPlaats() {
        LocalDate vandaag = naarEenLegeToekomst();
        String vol = plan(vandaag.plusDays(7), 2);
        String volgende = plan(vandaag.plusDays(14), 10);
        List<UUID> klanten = new ArrayList<>();
        Map<String, Integer> perDatum = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            UUID klantId = UUID.randomUUID();
            klanten.add(klantId);
            JsonPath traject = Neighbours.zelfdoener(klantId);
            perDatum.merge(traject.getString("voorlichting.datum"), 1, Integer::sum);
        }
        assertEquals(Map.of(vandaag.plusDays(7).toString(), 2, vandaag.plusDays(14).toString(), 1), perDatum);
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).get("/api/v1/voorlichtingen/" + vol).then().statusCode(200)
                .body("deelnemers", equalTo(2)).body("capaciteit", equalTo(2));
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).get("/api/v1/voorlichtingen/" + volgende).then()
                .body("deelnemers", equalTo(1));
        // the e-coach who planned it sees the participants
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).get("/api/v1/voorlichtingen/" + vol + "/deelnemers").then().statusCode(200)
                .body("totaal", equalTo(2)).body("items.aanwezig", everyNull());
        // every invitation is a mail request with the session's date, time and place
        for (UUID klantId : klanten) {
            String tekst = Neighbours.gepubliceerd(klantId, "mail-verzocht", 1).get(0).getString("data.tekst");
            assertTrue(tekst.contains("13:30") && tekst.contains("Werkplein, zaal 2") && tekst.contains("Tempo-Team"), tekst);
        }
    }

    static org.hamcrest.Matcher<Iterable<? extends Object>> everyNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    @Test
    void zonderPlaatsBlijftDeVoorlichtingLeegTotEenNieuweSessieIsGepland() {
        LocalDate vandaag = naarEenLegeToekomst();
        UUID klantId = UUID.randomUUID();
        JsonPath traject = Neighbours.zelfdoener(klantId);
        assertNull(traject.get("voorlichting"));
        assertTrue(Neighbours.gepubliceerd(klantId, "traject-gestart", 1).get(0).getString("data.voorlichtingDatum") == null);
        String sessie = plan(vandaag.plusDays(3), 5);
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then().statusCode(200)
                .body("voorlichting.datum", equalTo(vandaag.plusDays(3).toString()))
                .body("voorlichting.voorlichtingId", equalTo(sessie))
                .body("voorlichting.locatie", equalTo("Werkplein, zaal 2"));
        assertEquals(1, Neighbours.gepubliceerd(klantId, "voorlichting-uitgenodigd", 1).size());
    }

    @Test
    void deWekelijkseVoorlichtingenPlaatsenWieWacht() {
        LocalDate vandaag = naarEenLegeToekomst();
        UUID klantId = UUID.randomUUID();
        assertNull(Neighbours.zelfdoener(klantId).get("voorlichting"));
        assertTrue(planner.planSessies() >= 4);
        assertEquals(0, planner.planSessies(), "weekly sessions are planned once");
        assertTrue(planner.plaatsWachtenden() >= 1);
        String datum = given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then().statusCode(200)
                .extract().path("voorlichting.datum");
        LocalDate sessie = LocalDate.parse(datum);
        assertTrue(sessie.isAfter(vandaag) && !sessie.isAfter(vandaag.plusWeeks(1)), datum);
        assertEquals("TUESDAY", sessie.getDayOfWeek().name());
        // the weekly sessions are at the Werkplein on the Harm Buiterplein (domain.md 1.4), and the mailed invitation says so
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then()
                .body("voorlichting.locatie", equalTo("Werkplein, Harm Buiterplein, Groningen"));
        String uitnodiging = Neighbours.gepubliceerd(klantId, "mail-verzocht", 1).stream()
                .filter(m -> m.getString("data.onderwerp").contains("voorlichting")).findFirst().orElseThrow().getString("data.tekst");
        assertTrue(uitnodiging.contains("Plaats: Werkplein, Harm Buiterplein, Groningen"), uitnodiging);
    }

    @Test
    void eenAfgeslotenTrajectGeeftZijnPlaatsInEenKomendeVoorlichtingVrij() {
        LocalDate vandaag = naarEenLegeToekomst();
        String sessie = plan(vandaag.plusDays(5), 1);
        UUID klantId = UUID.randomUUID();
        JsonPath traject = Neighbours.zelfdoener(klantId);
        assertEquals(sessie, traject.getString("voorlichting.voorlichtingId"));
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).get("/api/v1/voorlichtingen/" + sessie).then().body("deelnemers", equalTo(1));
        given().auth().oauth2(Tokens.voor("ecoach", traject.getString("ecoachId"))).contentType("application/json").body("{\"reden\":\"WERK\"}")
                .post("/api/v1/trajecten/" + klantId + "/afsluiting").then().statusCode(200);
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).get("/api/v1/voorlichtingen/" + sessie).then().body("deelnemers", equalTo(0));
        // the freed seat takes the next client
        UUID volgende = UUID.randomUUID();
        assertEquals(sessie, Neighbours.zelfdoener(volgende).getString("voorlichting.voorlichtingId"));
    }

    @Test
    void aanwezigheidNaAfloopEnWieNietKwamGaatNaarDeVolgende() {
        LocalDate vandaag = naarEenLegeToekomst();
        String eerste = plan(vandaag.plusDays(1), 5);
        String tweede = plan(vandaag.plusDays(8), 5);
        UUID kwam = UUID.randomUUID();
        UUID kwamNiet = UUID.randomUUID();
        Neighbours.zelfdoener(kwam);
        Neighbours.zelfdoener(kwamNiet);
        String pad = "/api/v1/voorlichtingen/" + eerste + "/deelnemers/";
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).contentType("application/json").body(Map.of("aanwezig", true))
                .put(pad + kwam).then().statusCode(409);
        clock.setToday(vandaag.plusDays(2));
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).contentType("application/json").body(Map.of())
                .put(pad + kwam).then().statusCode(400).body("invalidParams[0].name", equalTo("aanwezig"));
        given().auth().oauth2(Tokens.voor("klant", kwam)).contentType("application/json").body(Map.of("aanwezig", true))
                .put(pad + kwam).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).contentType("application/json").body(Map.of("aanwezig", true))
                .put(pad + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).contentType("application/json").body(Map.of("aanwezig", true))
                .put(pad + kwam).then().statusCode(200).body("aanwezig", equalTo(true));
        given().auth().oauth2(Tokens.voor("beheer")).contentType("application/json").body(Map.of("aanwezig", false))
                .put(pad + kwamNiet).then().statusCode(200).body("aanwezig", equalTo(false));
        given().auth().oauth2(Tokens.klant(kwam)).get("/api/v1/trajecten/" + kwam).then()
                .body("voorlichting.voorlichtingId", equalTo(eerste)).body("voorlichting.aanwezig", equalTo(true));
        given().auth().oauth2(Tokens.klant(kwamNiet)).get("/api/v1/trajecten/" + kwamNiet).then()
                .body("voorlichting.voorlichtingId", equalTo(tweede)).body("voorlichting.aanwezig", nullValue());
        assertEquals(1, Neighbours.gepubliceerd(kwam, "aanwezigheid-geregistreerd", 1).size());
    }

    @Test
    void plannenMetOngeldigeInvoerNoemtElkVeld() {
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).contentType("application/json").body(Map.of("capaciteit", 0,
                        "onlineLink", "ftp://x", "uitzendbureaus", List.of("", "a,b")))
                .post("/api/v1/voorlichtingen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItems("datum", "begintijd", "eindtijd", "capaciteit", "onlineLink",
                        "uitzendbureaus[0]", "uitzendbureaus[1]"));
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).contentType("application/json").body(Map.of("datum", "2001-01-01",
                        "begintijd", "12:00", "eindtijd", "11:00", "capaciteit", 5))
                .post("/api/v1/voorlichtingen").then().statusCode(400)
                .body("invalidParams.name", hasItems("datum", "eindtijd", "locatie"));
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).contentType("application/json").body(Map.of("datum", "morgen"))
                .post("/api/v1/voorlichtingen").then().statusCode(400).body("invalidParams[0].name", equalTo("datum"));
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).contentType("application/json").body(Map.of())
                .post("/api/v1/voorlichtingen").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).queryParam("vanaf", "gisteren").get("/api/v1/voorlichtingen")
                .then().statusCode(400).body("invalidParams.name", hasItem("vanaf"));
        given().auth().oauth2(Tokens.voor("ecoach", ECOACH)).get("/api/v1/voorlichtingen").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(20));
    }
}
