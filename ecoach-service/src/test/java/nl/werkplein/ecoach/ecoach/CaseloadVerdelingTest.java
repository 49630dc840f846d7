package nl.werkplein.ecoach.ecoach;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.werkplein.ecoach.EcoachesAlleen;
import nl.werkplein.ecoach.Neighbours;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fair caseload rule over the real consumer and database: fewest active clients, ties by id. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class CaseloadVerdelingTest {

    @Inject
    AgroalDataSource db;

    @Test
    void dertigKlantenOverDrieNieuweEcoachesGevenTienElk() {
        List<String> nieuw = new ArrayList<>();
        List<UUID> klanten = new ArrayList<>();
        // only three fresh e-coaches take clients during this test
        try (EcoachesAlleen alleen = new EcoachesAlleen(List.of("Verdeling 1", "Verdeling 2", "Verdeling 3"), nieuw)) {
            verdeel(nieuw, klanten);
        }
    }

    private void verdeel(List<String> nieuw, List<UUID> klanten) {
        for (int i = 0; i < 30; i++) {
            UUID klantId = UUID.randomUUID();
            klanten.add(klantId);
            Neighbours.doorgeleid(klantId, "ZELFDOENER");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> klanten.stream().allMatch(k ->
                Neighbours.tel(db, "SELECT count(*) FROM traject WHERE klant_id = ?", k) == 1));
        for (String id : nieuw) {
            given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/ecoaches/" + id).then().statusCode(200)
                    .body("actieveKlanten", equalTo(10));
        }
        // the very first client went to the lowest id: with equal caseloads the tie is broken the same way every time
        List<String> opVolgorde = nieuw.stream().sorted().toList();
        long bijEerste = Neighbours.tel(db, "SELECT count(*) FROM traject t WHERE t.ecoach_id = ?::uuid AND t.gestart_op = "
                + "(SELECT min(gestart_op) FROM traject WHERE ecoach_id IN (?::uuid, ?::uuid, ?::uuid))",
                opVolgorde.get(0), opVolgorde.get(0), opVolgorde.get(1), opVolgorde.get(2));
        assertEquals(1, bijEerste);
    }

    @Test
    void beheerOnderhoudtEcoachesMetGeldigeInvoer() {
        given().auth().oauth2(Tokens.voor("beheer")).contentType("application/json").body(Map.of("capaciteit", 0))
                .post("/api/v1/ecoaches").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("naam")).body("invalidParams.name", hasItem("capaciteit"));
        given().auth().oauth2(Tokens.voor("ecoach", UUID.randomUUID())).contentType("application/json").body(Map.of("naam", "X"))
                .post("/api/v1/ecoaches").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("klant", UUID.randomUUID())).get("/api/v1/ecoaches").then().statusCode(403);
        UUID eigen = UUID.randomUUID();
        given().auth().oauth2(Tokens.voor("beheer")).contentType("application/json").body(Map.of("ecoachId", eigen, "naam", "Eigen id", "actief", false))
                .post("/api/v1/ecoaches").then().statusCode(201).body("ecoachId", equalTo(eigen.toString()));
        given().auth().oauth2(Tokens.voor("beheer")).contentType("application/json").body(Map.of("ecoachId", eigen, "naam", "Eigen id"))
                .post("/api/v1/ecoaches").then().statusCode(409);
        // an e-coach sees themselves, not another
        given().auth().oauth2(Tokens.voor("ecoach", eigen)).get("/api/v1/ecoaches/" + eigen).then().statusCode(200);
        given().auth().oauth2(Tokens.voor("ecoach", UUID.randomUUID())).get("/api/v1/ecoaches/" + eigen).then().statusCode(404);
        // the seeded e-coaches of a fresh suite
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/ecoaches/e0000000-0000-4000-8000-000000000001").then().statusCode(200)
                .body("naam", equalTo("E-coach Noord"));
    }
}
