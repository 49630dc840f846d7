package nl.werkplein.ecoach.caseload;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.werkplein.ecoach.EcoachesAlleen;
import nl.werkplein.ecoach.Neighbours;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.MovableClock;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Domain.md 3.2: the e-coach monitors effort remotely: activities of the last 4 weeks against 2 a week. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class CaseloadMonitoringTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    static void activiteiten(UUID klantId, int aantal, LocalDate vandaag) {
        for (int i = 0; i < aantal; i++) {
            given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json")
                    .body(Map.of("datum", vandaag.minusDays(1 + i).toString(), "werkgever", "Werkgever " + i, "functie", "Magazijnmedewerker",
                            "kanaal", "UITZENDBUREAU", "resultaat", "GEEN_REACTIE"))
                    .post("/api/v1/werkmappen/" + klantId + "/activiteiten").then().statusCode(201);
        }
    }

    @Test
    void wieAchterlooptStaatGemarkeerd() {
        List<String> ids = new ArrayList<>();
        UUID ijverig = UUID.randomUUID();
        UUID traag = UUID.randomUUID();
        // one fresh e-coach takes both clients
        try (EcoachesAlleen alleen = new EcoachesAlleen(List.of("Monitoring"), ids)) {
            Neighbours.zelfdoener(ijverig);
            Neighbours.zelfdoener(traag);
        }
        String ecoachId = ids.get(0);
        // four weeks on: the norm is 2 a week over 4 weeks = 8
        LocalDate vandaag = LocalDate.now(clock).plusWeeks(4);
        clock.setToday(vandaag);
        activiteiten(ijverig, 8, vandaag);
        activiteiten(traag, 3, vandaag);
        String pad = "/api/v1/ecoaches/" + ecoachId + "/caseload";
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).get(pad).then().statusCode(200)
                .body("totaal", equalTo(2))
                // who falls behind comes first
                .body("items[0].klantId", equalTo(traag.toString()))
                .body("items[0].activiteiten", equalTo(3))
                .body("items[0].norm", equalTo(8))
                .body("items[0].achterstand", equalTo(true))
                .body("items[1].klantId", equalTo(ijverig.toString()))
                .body("items[1].activiteiten", equalTo(8))
                .body("items[1].achterstand", equalTo(false));
        // activities older than the window no longer count
        clock.setToday(vandaag.plusWeeks(4));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).queryParam("achterstand", "true").get(pad).then().statusCode(200)
                .body("totaal", equalTo(2));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).queryParam("achterstand", "false").get(pad).then().statusCode(200)
                .body("totaal", equalTo(0));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("size", 1).get(pad).then().statusCode(200)
                .body("size", equalTo(1)).body("items.size()", equalTo(1)).body("totaal", equalTo(2));
        // another e-coach's caseload is not theirs to see; other roles may not at all
        given().auth().oauth2(Tokens.voor("ecoach", UUID.randomUUID())).get(pad).then().statusCode(404);
        given().auth().oauth2(Tokens.klant(traag)).get(pad).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).queryParam("achterstand", "soms").queryParam("page", 0).get(pad)
                .then().statusCode(400).body("invalidParams.name", hasItems("achterstand", "page"));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", traag).get("/api/v1/audit").then()
                .body("items.resource", hasItem("caseload"));
    }

    @Test
    void eenNieuwTrajectWordtAanDeVolleWekenGemeten() {
        UUID klantId = UUID.randomUUID();
        String ecoachId = Neighbours.zelfdoener(klantId).getString("ecoachId");
        clock.setToday(LocalDate.now(clock).plusDays(10));
        activiteiten(klantId, 1, LocalDate.now(clock));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).queryParam("size", 1000).get("/api/v1/ecoaches/" + ecoachId + "/caseload")
                .then().statusCode(200)
                .body("items.find { it.klantId == '" + klantId + "' }.norm", equalTo(2))
                .body("items.find { it.klantId == '" + klantId + "' }.achterstand", equalTo(true));
    }
}
