package nl.werkplein.employer.werkvoorraad;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.employer.Gebeurtenissen.aangeboden;
import static nl.werkplein.employer.Gebeurtenissen.ingetrokken;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The matcher's worklist: paged, newest first, filtered by bron; withdrawn and handled vacancies leave it. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class WerkvoorraadTest {

    static String versePool() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static io.restassured.response.ValidatableResponse werkvoorraad(String pool, String query) {
        return given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/pools/" + pool + "/werkvoorraad" + query).then();
    }

    @Test
    void werkvoorraadIsGepagineerdNieuwsteEerstEnFiltertOpBron() {
        String pool = versePool();
        OffsetDateTime t0 = OffsetDateTime.parse("2026-03-02T09:00:00+01:00");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            aangeboden("BEMIDDELBAAR", id, pool, i % 2 == 0 ? "PARTNER" : "SOCIAL_RETURN", "REF-" + i, "Vacature " + i, "BAAN",
                    "5223", "9712", 24, t0.plusMinutes(i));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> werkvoorraad(pool, "").statusCode(200).body("totaal", equalTo(5)));
        werkvoorraad(pool, "?page=1&size=2").body("page", equalTo(1)).body("size", equalTo(2)).body("totaal", equalTo(5))
                .body("items.referentie", contains("REF-4", "REF-3"))
                .body("items[0].vacatureId", equalTo(ids.get(4).toString()))
                .body("items[0].bron", equalTo("PARTNER")).body("items[0].titel", equalTo("Vacature 4"))
                .body("items[0].kandidaten", org.hamcrest.Matchers.notNullValue());
        werkvoorraad(pool, "?page=3&size=2").body("items.referentie", contains("REF-0"));
        werkvoorraad(pool, "?bron=PARTNER").body("totaal", equalTo(3)).body("items.referentie", contains("REF-4", "REF-2", "REF-0"));
        werkvoorraad(pool, "?bron=SOCIAL_RETURN").body("items.referentie", contains("REF-3", "REF-1"));

        // an update of vacancy 4 changes it in place: still five, same position, new title
        aangeboden("BEMIDDELBAAR", ids.get(4), pool, "PARTNER", "REF-4", "Vacature 4 (bijgewerkt)", "BAAN", "5223", "9712", 24, t0.plusHours(3));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                werkvoorraad(pool, "?size=1").body("items[0].titel", equalTo("Vacature 4 (bijgewerkt)")).body("totaal", equalTo(5)));

        // withdrawn: leaves the worklist
        ingetrokken("BEMIDDELBAAR", ids.get(3), pool, "REF-3");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                werkvoorraad(pool, "").body("totaal", equalTo(4)).body("items.referentie", contains("REF-4", "REF-2", "REF-1", "REF-0")));

        // handled by the matcher: leaves the worklist by default, visible on request
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body("{\"toelichting\":\"vervuld\"}")
                .post("/api/v1/vacatures/" + ids.get(2) + "/afhandeling").then().statusCode(200).body("status", equalTo("AFGEHANDELD"));
        werkvoorraad(pool, "").body("items.referentie", contains("REF-4", "REF-1", "REF-0"));
        werkvoorraad(pool, "?afgehandeld=true").body("items.referentie", contains("REF-4", "REF-2", "REF-1", "REF-0"));
        given().auth().oauth2(Tokens.voor("matcher")).post("/api/v1/vacatures/" + ids.get(3) + "/afhandeling").then().statusCode(409);

        // the new pool is listed
        given().auth().oauth2(Tokens.voor("accountmanager")).get("/api/v1/pools").then().statusCode(200)
                .body("code", hasItem(pool)).body("code", hasItem("BEMIDDELBAAR")).body("code", hasItem("KLANTONDERSTEUNING")).body("code", hasItem("SW"));
    }

    @Test
    void alleenDeMatcherZietDeWerkvoorraad() {
        for (String rol : List.of("accountmanager", "beheer", "klant", "socialreturn", "consulent")) {
            given().auth().oauth2(Tokens.voor(rol)).get("/api/v1/pools/BEMIDDELBAAR/werkvoorraad").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/pools/BEMIDDELBAAR/werkvoorraad").then().statusCode(401);
        given().auth().oauth2(Tokens.voor("klant")).get("/api/v1/pools").then().statusCode(403);
        werkvoorraad("BESTAAT_NIET", "").statusCode(404);
    }

    @Test
    void ongeldigeParametersNoemenHetVeld() {
        werkvoorraad("BEMIDDELBAAR", "?bron=RANDSTAD&size=5000&page=0").statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("bron"));
        werkvoorraad("BEMIDDELBAAR", "?size=5000&page=0").statusCode(400)
                .body("invalidParams.name", hasItem("size")).body("invalidParams.name", hasItem("page"));
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body("{\"code\":\"kleine letters\"}")
                .post("/api/v1/pools").then().statusCode(400)
                .body("invalidParams.name", hasItem("code")).body("invalidParams.name", hasItem("omschrijving"));
    }
}
