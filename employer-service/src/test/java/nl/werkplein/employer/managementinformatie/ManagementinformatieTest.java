package nl.werkplein.employer.managementinformatie;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.employer.Gebeurtenissen.aangeboden;
import static nl.werkplein.employer.Gebeurtenissen.doorgeleid;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Per pool and ISO week: vacancies in, proposals, placements and their outflow. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ManagementinformatieTest {

    @Test
    void tellingenPerPoolEnWeek() {
        String pool = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        OffsetDateTime vorigeWeek = OffsetDateTime.now().minusWeeks(1);
        UUID oud = UUID.randomUUID();
        UUID v1 = UUID.randomUUID();
        UUID v2 = UUID.randomUUID();
        aangeboden("BEMIDDELBAAR", oud, pool, "PARTNER", "OUD", "Oud", "BAAN", "5223", "9712", 24, vorigeWeek);
        aangeboden("BEMIDDELBAAR", v1, pool, "PARTNER", "V1", "Een", "BAAN", "5223", "9712", 24, OffsetDateTime.now());
        aangeboden("BEMIDDELBAAR", v2, pool, "SOCIAL_RETURN", "V2", "Twee", "WERKLEERPLEK", "5223", "9712", 24, OffsetDateTime.now());
        UUID k1 = UUID.randomUUID();
        UUID k2 = UUID.randomUUID();
        doorgeleid(k1, "ZELFDOENER", 30, "9711", "WWB");
        doorgeleid(k2, "KLANTONDERSTEUNING", 30, "9711", "WWB");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/pools/" + pool + "/werkvoorraad").then().body("totaal", equalTo(3));
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k2).then().statusCode(200);
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k1).then().statusCode(200);
        });
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(Map.of("klantId", k1.toString()))
                .post("/api/v1/vacatures/" + v1 + "/voorstellen").then().statusCode(201).body("uitkomst", equalTo("VOORGESTELD"));
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(Map.of("klantId", k2.toString()))
                .post("/api/v1/vacatures/" + v1 + "/afwijzingen").then().statusCode(400).body("invalidParams.name", hasItem("reden"));
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(Map.of("klantId", k2.toString(), "reden", "te ver weg"))
                .post("/api/v1/vacatures/" + v1 + "/afwijzingen").then().statusCode(201).body("uitkomst", equalTo("AFGEWEZEN"));
        // a Social Return place is placed as the soort it was registered with
        for (Object[] p : new Object[][]{{v1, k1, "VOLLEDIG", "BAAN"}, {v2, k2, "GEDEELTELIJK", "WERKLEERPLEK"}}) {
            given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON)
                    .body(Map.of("vacatureId", p[0].toString(), "klantId", p[1].toString(), "soort", p[3], "startdatum", "2026-04-01",
                            "urenPerWeek", 20, "duurMaanden", 12, "uitstroom", p[2]))
                    .post("/api/v1/plaatsingen").then().statusCode(201);
        }
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String week = "%d-W%02d".formatted(vandaag.get(IsoFields.WEEK_BASED_YEAR), vandaag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        LocalDate vorige = vorigeWeek.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        String vorigeIsoWeek = "%d-W%02d".formatted(vorige.get(IsoFields.WEEK_BASED_YEAR), vorige.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("pool", pool)
                .queryParam("van", vandaag.minusWeeks(3).toString()).queryParam("tot", vandaag.toString())
                .get("/api/v1/managementinformatie").then().statusCode(200)
                .body("regels.size()", equalTo(2))
                .body("regels[0].week", equalTo(vorigeIsoWeek)).body("regels[0].vacaturesIn", equalTo(1)).body("regels[0].plaatsingen", equalTo(0))
                .body("regels[1].pool", equalTo(pool)).body("regels[1].week", equalTo(week))
                .body("regels[1].vacaturesIn", equalTo(2)).body("regels[1].voorstellen", equalTo(1))
                .body("regels[1].plaatsingen", equalTo(2)).body("regels[1].uitstroomVolledig", equalTo(1))
                .body("regels[1].uitstroomGedeeltelijk", equalTo(1));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("van", "2026-03-10").queryParam("tot", "2026-03-01")
                .get("/api/v1/managementinformatie").then().statusCode(400).body("invalidParams.name", hasItem("tot"));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("van", "maandag").get("/api/v1/managementinformatie")
                .then().statusCode(400).body("invalidParams.name", hasItem("van"));
        given().auth().oauth2(Tokens.voor("klant")).get("/api/v1/managementinformatie").then().statusCode(403);
    }
}
