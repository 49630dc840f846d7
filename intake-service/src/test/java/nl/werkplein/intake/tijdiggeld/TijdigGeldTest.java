package nl.werkplein.intake.tijdiggeld;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.aanvraag.Stappen;
import nl.werkplein.intake.gesprek.GesprekPlanner;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.MovableClock;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Point 9 of issue 13: timely money (domain.md 1.9) — the term watch as due work, the worklist, the advance. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class TijdigGeldTest {

    @Inject
    MovableClock clock;
    @Inject
    TermijnBewaking bewaking;
    @Inject
    GesprekPlanner planner;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    static List<String> werklijst(String signaal) {
        var request = given().auth().oauth2(Tokens.voor("consulent")).queryParam("size", 1000);
        if (signaal != null) {
            request = request.queryParam("signaal", signaal);
        }
        return request.get("/api/v1/aanvragen/termijnbewaking").then().statusCode(200).extract().path("items.aanvraagId");
    }

    void bewaakOp(LocalDate dag) throws Exception {
        clock.setToday(dag);
        // two replicas' schedulers at the same moment: each aanvraag is assessed by one of them
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> bewaking.bepaalBatch(10_000));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> bewaking.bepaalBatch(10_000));
        a.get();
        b.get();
        assertEquals(0, bewaking.bepaalBatch(10_000), "everything was assessed today");
    }

    @Test
    void deTermijnbewakingSignaleertVoorschotEnBeslistermijnEnHetVoorschotWordtVastgelegd() throws Exception {
        LocalDate vandaag = Stappen.vandaag();
        String id = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        String klantId = Stappen.klantId(id);
        Stappen.bevestigen(id); // complete today
        assertEquals(List.of(), werklijst(null).stream().filter(id::equals).toList(), "nothing near yet");

        bewaakOp(vandaag.plusDays(20));
        assertEquals(List.of(), werklijst(null).stream().filter(id::equals).toList(), "a day before the warning");
        bewaakOp(vandaag.plusDays(21));
        org.hamcrest.MatcherAssert.assertThat(werklijst("VOORSCHOT_NADERT"), hasItem(id));
        org.hamcrest.MatcherAssert.assertThat(werklijst("BESLISTERMIJN_NADERT"), not(hasItem(id)));

        bewaakOp(vandaag.plusDays(28));
        org.hamcrest.MatcherAssert.assertThat(werklijst("VOORSCHOT_MOGELIJK"), hasItem(id));
        given().auth().oauth2(Tokens.voor("rechtmatigheid")).queryParam("signaal", "VOORSCHOT_MOGELIJK").queryParam("size", 1000)
                .get("/api/v1/aanvragen/termijnbewaking").then().statusCode(200)
                .body("items.find { it.aanvraagId == '" + id + "' }.klantId", equalTo(klantId))
                .body("items.find { it.aanvraagId == '" + id + "' }.compleetOp", equalTo(vandaag.toString()))
                .body("items.find { it.aanvraagId == '" + id + "' }.voorschotMogelijkVanaf", equalTo(vandaag.plusDays(28).toString()))
                .body("items.find { it.aanvraagId == '" + id + "' }.beslistermijn", equalTo(vandaag.plusDays(56).toString()))
                .body("items.find { it.aanvraagId == '" + id + "' }.signalen", equalTo(List.of("VOORSCHOT_MOGELIJK")));

        String datum = vandaag.plusDays(28).toString();
        given().auth().oauth2(Tokens.voor("consulent", "consulent-9")).contentType(ContentType.JSON)
                .body(Map.of("bedrag", 45000, "datum", datum))
                .post("/api/v1/aanvragen/" + id + "/voorschotten").then().statusCode(201)
                .body("voorschotten[0].bedrag", equalTo(45000))
                .body("voorschotten[0].datum", equalTo(datum));
        given().auth().oauth2(Tokens.klant(UUID.fromString(klantId))).get("/api/v1/aanvragen/" + id).then().statusCode(200)
                .body("voorschotten.bedrag", equalTo(List.of(45000)));
        org.hamcrest.MatcherAssert.assertThat("an advance was recorded: no longer due", werklijst("VOORSCHOT_MOGELIJK"), not(hasItem(id)));
        List<JsonPath> events = Stappen.events(id, AanvraagEvents.VOORSCHOT_VASTGELEGD, 3);
        assertEquals(1, events.size());
        assertEquals(45000, events.get(0).getInt("data.voorschot.bedrag"));
        assertEquals(datum, events.get(0).getString("data.voorschot.datum"));

        bewaakOp(vandaag.plusDays(49));
        org.hamcrest.MatcherAssert.assertThat(werklijst("BESLISTERMIJN_NADERT"), hasItem(id));
        bewaakOp(vandaag.plusDays(57));
        org.hamcrest.MatcherAssert.assertThat(werklijst("BESLISTERMIJN_VERSTREKEN"), hasItem(id));
        org.hamcrest.MatcherAssert.assertThat(werklijst("BESLISTERMIJN_NADERT"), not(hasItem(id)));

        // decided: off the list
        planner.planBatch(10_000);
        given().auth().oauth2(Tokens.voor("rechtmatigheid")).contentType(ContentType.JSON)
                .body(Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", false))
                .post("/api/v1/aanvragen/" + id + "/besluit").then().statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(werklijst(null), not(hasItem(id)));
        bewaakOp(vandaag.plusDays(58));
        org.hamcrest.MatcherAssert.assertThat(werklijst(null), not(hasItem(id)));

        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klantId).queryParam("size", 1000).get("/api/v1/audit").then()
                .statusCode(200).body("items.reden", hasItem("termijnbewaking tijdig geld"));
    }

    @Test
    void eenVoorschotMetFouteInvoerOfInDeVerkeerdeStatus() {
        String ingediend = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("bedrag", 1000, "datum", Stappen.vandaag().toString()))
                .post("/api/v1/aanvragen/" + ingediend + "/voorschotten").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("INGEDIEND"));
        Stappen.bevestigen(ingediend);
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("bedrag", 0))
                .post("/api/v1/aanvragen/" + ingediend + "/voorschotten").then().statusCode(400)
                .body("invalidParams.name", hasItem("bedrag")).body("invalidParams.name", hasItem("datum"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("bedrag", -5, "datum", Stappen.vandaag().plusDays(1).toString()))
                .post("/api/v1/aanvragen/" + ingediend + "/voorschotten").then().statusCode(400)
                .body("invalidParams.name", hasItem("bedrag"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("bedrag", 100, "datum", Stappen.vandaag().plusDays(1).toString()))
                .post("/api/v1/aanvragen/" + ingediend + "/voorschotten").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("datum")));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body("{\"bedrag\":\"veel\",\"datum\":\"" + Stappen.vandaag() + "\"}")
                .post("/api/v1/aanvragen/" + ingediend + "/voorschotten").then().statusCode(400)
                .body("invalidParams.name", hasItem("bedrag"));
        for (String rol : new String[]{"kcc", "beheer", "portaal"}) {
            given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body(Map.of("bedrag", 100, "datum", Stappen.vandaag().toString()))
                    .post("/api/v1/aanvragen/" + ingediend + "/voorschotten").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.klant(UUID.fromString(Stappen.klantId(ingediend)))).contentType(ContentType.JSON)
                .body(Map.of("bedrag", 100, "datum", Stappen.vandaag().toString()))
                .post("/api/v1/aanvragen/" + ingediend + "/voorschotten").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("rechtmatigheid")).contentType(ContentType.JSON).body(Map.of("bedrag", 100, "datum", Stappen.vandaag().toString()))
                .post("/api/v1/aanvragen/" + UUID.randomUUID() + "/voorschotten").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + ingediend).then().body("voorschotten", equalTo(List.of()));
    }

    @Test
    void deWerklijstRollenEnFilters() {
        for (String rol : new String[]{"consulent", "rechtmatigheid", "beheer"}) {
            given().auth().oauth2(Tokens.voor(rol)).get("/api/v1/aanvragen/termijnbewaking").then().statusCode(200)
                    .body("page", equalTo(1)).body("size", equalTo(20));
        }
        for (String rol : new String[]{"kcc", "portaal", "matcher"}) {
            given().auth().oauth2(Tokens.voor(rol)).get("/api/v1/aanvragen/termijnbewaking").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).get("/api/v1/aanvragen/termijnbewaking").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("consulent")).queryParam("signaal", "BIJNA").queryParam("size", 0)
                .get("/api/v1/aanvragen/termijnbewaking").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("signaal"));
    }
}
