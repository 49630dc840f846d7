package nl.werkplein.ecoach.traject;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domain.md 3.4-3.5: after 3 months on a benefit the e-coach evaluates: continue, workshop or escalate. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class EvaluatieTest {

    @Inject
    MovableClock clock;
    @Inject
    EvaluatiePlanner planner;
    @Inject
    AgroalDataSource db;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    static void evalueer(String ecoachId, UUID klantId, Map<String, Object> body, int status) {
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body(body)
                .post("/api/v1/trajecten/" + klantId + "/evaluaties").then().statusCode(status);
    }

    @Test
    void naDrieMaandenOpEenUitkeringIsDeEvaluatieAanDeBeurt() {
        UUID klantId = UUID.randomUUID();
        JsonPath traject = Neighbours.zelfdoener(klantId);
        String ecoachId = traject.getString("ecoachId");
        LocalDate gepland = LocalDate.parse(traject.getString("evaluatieGeplandOp"));

        clock.setToday(gepland.minusDays(1));
        planner.markeerBatch(1000);
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then().body("evaluatieStatus", equalTo("GEPLAND"));

        clock.setToday(gepland);
        while (planner.markeerBatch(1000) > 0) {
            // other tests' trajectories may be due as well
        }
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then().body("evaluatieStatus", equalTo("NODIG"));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).queryParam("size", 1000).get("/api/v1/ecoaches/" + ecoachId + "/caseload")
                .then().statusCode(200)
                .body("items.find { it.klantId == '" + klantId + "' }.evaluatieNodig", equalTo(true));
        assertEquals(1, Neighbours.gepubliceerd(klantId, "evaluatie-nodig", 1).size());
        assertTrue(Neighbours.gepubliceerd(klantId, "mail-verzocht", 2).stream()
                .anyMatch(m -> m.getString("data.onderwerp").contains("Evaluatiegesprek")));

        // WORKSHOP needs the workshop; then e-coaching goes on, the next evaluation after another 3 months
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body(Map.of("uitkomst", "WORKSHOP"))
                .post("/api/v1/trajecten/" + klantId + "/evaluaties").then().statusCode(400).body("invalidParams[0].name", equalTo("workshop"));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body(Map.of("uitkomst", "LATER"))
                .post("/api/v1/trajecten/" + klantId + "/evaluaties").then().statusCode(400).body("invalidParams[0].name", equalTo("uitkomst"));
        evalueer(UUID.randomUUID().toString(), klantId, Map.of("uitkomst", "VOORTZETTEN"), 404);
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body(Map.of("uitkomst", "VOORTZETTEN"))
                .post("/api/v1/trajecten/" + klantId + "/evaluaties").then().statusCode(403);
        evalueer(ecoachId, klantId, Map.of("uitkomst", "WORKSHOP", "workshop", "CV", "toelichting", "cv kan beter"), 201);
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then()
                .body("status", equalTo("ACTIEF")).body("evaluatieStatus", equalTo("GEPLAND"))
                .body("evaluatieGeplandOp", equalTo(gepland.plusMonths(3).toString()));
        JsonPath uitgevoerd = Neighbours.gepubliceerd(klantId, "evaluatie-uitgevoerd", 1).get(0);
        assertEquals("WORKSHOP", uitgevoerd.getString("data.uitkomst"));
        assertEquals("CV", uitgevoerd.getString("data.workshop"));
        assertEquals(traject.getString("trajectId"), uitgevoerd.getString("data.trajectId"));
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId + "/evaluaties").then().statusCode(200)
                .body("[0].workshop", equalTo("CV"));

        // at the next evaluation the e-coach escalates: screening is asked for a new decision
        evalueer(ecoachId, klantId, Map.of("uitkomst", "ESCALEREN", "toelichting", "zoekt niet actief"), 201);
        JsonPath escalatie = Neighbours.gepubliceerd(klantId, "klant-geescaleerd", 1).get(0);
        assertEquals(klantId.toString(), escalatie.getString("data.klantId"));
        assertEquals("zoekt niet actief", escalatie.getString("data.reden"));
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then()
                .body("status", equalTo("AFGESLOTEN")).body("afsluitreden", equalTo("ESCALATIE"));
        assertEquals("ESCALATIE", Neighbours.gepubliceerd(klantId, "traject-afgesloten", 1).get(0).getString("data.reden"));
        evalueer(ecoachId, klantId, Map.of("uitkomst", "VOORTZETTEN"), 409);
    }

    @Test
    void wieNietMeerOpEenUitkeringIsKrijgtGeenEvaluatie() {
        UUID klantId = UUID.randomUUID();
        LocalDate gepland = LocalDate.parse(Neighbours.zelfdoener(klantId).getString("evaluatieGeplandOp"));
        // the client left; intake's event closes the trajectory, so the due work passes it by
        UUID uit = Neighbours.intake(klantId, "klant-uitgestroomd", OffsetDateTime.now());
        Neighbours.awaitVerwerkt(db, uit);
        clock.setToday(gepland);
        while (planner.markeerBatch(1000) > 0) {
            // drain
        }
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then()
                .body("status", equalTo("AFGESLOTEN")).body("evaluatieStatus", equalTo("VERVALLEN"));
        assertEquals(0, Neighbours.gepubliceerd(klantId, "evaluatie-nodig", 0).size());
    }

    @Test
    void naHetEindeVanDeUitkeringIsErGeenEvaluatie() {
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        Neighbours.stuur(Neighbours.INDELINGEN, klantId, Neighbours.doorgeleid(klantId, "ZELFDOENER", aanvraagId, OffsetDateTime.now()));
        LocalDate gepland = LocalDate.parse(Neighbours.awaitTraject(klantId).getString("evaluatieGeplandOp"));
        Neighbours.awaitVerwerkt(db, Neighbours.uitkeringBeeindigd(klantId, aanvraagId, OffsetDateTime.now()));
        // three months on, and a day past: the due work passes the closed trajectory by
        clock.setToday(gepland.plusDays(1));
        while (planner.markeerBatch(1000) > 0) {
            // drain
        }
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then()
                .body("status", equalTo("AFGESLOTEN")).body("afsluitreden", equalTo("UITKERING_BEEINDIGD"))
                .body("evaluatieStatus", equalTo("VERVALLEN"));
        assertEquals(0, Neighbours.gepubliceerd(klantId, "evaluatie-nodig", 0).size());
        assertTrue(Neighbours.gepubliceerd(klantId, "mail-verzocht", 1).stream()
                .noneMatch(m -> m.getString("data.onderwerp").contains("Evaluatiegesprek")));
    }

    @Test
    void deEcoachKanAltijdEscalerenMetReden() {
        UUID klantId = UUID.randomUUID();
        String ecoachId = Neighbours.zelfdoener(klantId).getString("ecoachId");
        String pad = "/api/v1/trajecten/" + klantId + "/escalaties";
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body(Map.of("reden", " "))
                .post(pad).then().statusCode(400).body("invalidParams.name", hasItem("reden"));
        given().auth().oauth2(Tokens.voor("ecoach", UUID.randomUUID())).contentType("application/json").body(Map.of("reden", "x"))
                .post(pad).then().statusCode(404);
        given().auth().oauth2(Tokens.voor("beheer")).contentType("application/json").body(Map.of("reden", "x"))
                .post(pad).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body(Map.of("reden", "schulden, meer steun nodig"))
                .post(pad).then().statusCode(200).body("status", equalTo("AFGESLOTEN")).body("afsluitreden", equalTo("ESCALATIE"));
        List<JsonPath> escalaties = Neighbours.gepubliceerd(klantId, "klant-geescaleerd", 1);
        assertEquals(1, escalaties.size());
        assertEquals("schulden, meer steun nodig", escalaties.get(0).getString("data.reden"));
        assertEquals(klantId.toString(), escalaties.get(0).getString("subject"));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body(Map.of("reden", "nogmaals"))
                .post(pad).then().statusCode(409);
    }
}
