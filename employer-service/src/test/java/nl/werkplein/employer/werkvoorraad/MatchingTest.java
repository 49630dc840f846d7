package nl.werkplein.employer.werkvoorraad;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.employer.Gebeurtenissen.aangeboden;
import static nl.werkplein.employer.Gebeurtenissen.doorgeleid;
import static nl.werkplein.employer.Gebeurtenissen.koFase;
import static nl.werkplein.employer.Gebeurtenissen.loonwaarde;
import static nl.werkplein.employer.Gebeurtenissen.profiel;
import static nl.werkplein.employer.Gebeurtenissen.trajectAfgesloten;
import static nl.werkplein.employer.Gebeurtenissen.uitgestroomd;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The candidate read model from real events of screening, ecoach and intake, and shortlists from it. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class MatchingTest {

    static String uniekeVaardigheid() {
        return "vh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static JsonPath kandidaten(UUID vacatureId) {
        return given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + vacatureId + "/kandidaten")
                .then().statusCode(200).extract().jsonPath();
    }

    static void awaitKandidaat(UUID klantId, String veld, Object waarde) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + klantId)
                        .then().statusCode(200).body(veld, equalTo(waarde)));
    }

    /** Two fitting zelfdoeners, and others who must not appear: another pool, one who left, one who found work. */
    @Test
    void eenVacatureKrijgtEenUitgelegdeKandidatenlijstUitEchteGebeurtenissen() {
        String vaardigheid = uniekeVaardigheid();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID ko = UUID.randomUUID();
        UUID weg = UUID.randomUUID();
        UUID werk = UUID.randomUUID();
        for (UUID k : List.of(a, b, weg, werk)) {
            doorgeleid(k, "ZELFDOENER", 35, "9711", "WWB");
        }
        doorgeleid(ko, "KLANTONDERSTEUNING", 41, "9712", "WWB");
        profiel(a, "[\"5223\"]", "[\"" + vaardigheid + "\",\"kassa\"]", "MBO2", 24, "[\"97\"]", "2026-01-01");
        profiel(b, "[\"5223\"]", "[\"" + vaardigheid + "\"]", "MBO2", 32, "[\"97\",\"93\"]", "2026-01-01");
        for (UUID k : List.of(ko, weg, werk)) {
            profiel(k, "[\"5223\"]", "[\"" + vaardigheid + "\",\"kassa\"]", "MBO2", 24, "[\"97\"]", "2026-01-01");
        }
        koFase(ko, "CENTRUM_VOOR_WERK", "MET_BEPERKTE_STEUN");
        loonwaarde(ko, 80);
        nl.werkplein.employer.Gebeurtenissen.doelgroepregister(ko, true);
        uitgestroomd(weg);
        trajectAfgesloten(werk, "WERK");

        UUID vacature = UUID.randomUUID();
        aangeboden("BEMIDDELBAAR", vacature, "BEMIDDELBAAR", "PARTNER", "RS-" + vaardigheid, "Verkoper " + vaardigheid, "BAAN",
                "5223", "9712", 24, OffsetDateTime.now());

        awaitKandidaat(ko, "doelgroep", "DOELGROEPREGISTER");
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + ko).then()
                .body("pool", equalTo("KLANTONDERSTEUNING")).body("situatie", equalTo("KO_BEPERKTE_STEUN"))
                .body("koFase", equalTo("CENTRUM_VOOR_WERK")).body("onderWml", equalTo(true)).body("loonkostensubsidie", equalTo(true));
        awaitKandidaat(weg, "beschikbaar", false);
        awaitKandidaat(werk, "beschikbaar", false);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath lijst = kandidaten(vacature);
            assertEquals(List.of(a.toString(), b.toString()), lijst.getList("kandidaten.klantId").subList(0, 2));
        });
        JsonPath lijst = kandidaten(vacature);
        List<String> ids = lijst.getList("kandidaten.klantId");
        assertFalse(ids.contains(ko.toString()), "another pool");
        assertFalse(ids.contains(weg.toString()), "left");
        assertFalse(ids.contains(werk.toString()), "found work");
        assertEquals(100, lijst.getInt("kandidaten[0].score"));
        assertEquals(95, lijst.getInt("kandidaten[1].score"));
        assertEquals("BEROEP 30/30: zelfde beroep 5223 (wens)", lijst.getString("kandidaten[0].redenen[0]"));
        assertEquals("VAARDIGHEDEN 15/15: 1 van 1 gevraagde vaardigheden: " + vaardigheid, lijst.getString("kandidaten[0].redenen[1]"));
        assertEquals("UREN 5/10: 32 uur gewenst bij 24 uur per week", lijst.getString("kandidaten[1].redenen[3]"));
        assertEquals(7, lijst.getList("kandidaten[0].criteria").size());

        // the same vacancy offered again (an update, not a duplicate) with other hours: the shortlist follows
        aangeboden("BEMIDDELBAAR", vacature, "BEMIDDELBAAR", "PARTNER", "RS-" + vaardigheid, "Verkoper " + vaardigheid, "BAAN",
                "5223", "9712", 32, OffsetDateTime.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(List.of(b.toString(), a.toString()), kandidaten(vacature).getList("kandidaten.klantId").subList(0, 2)));
        given().auth().oauth2(Tokens.voor("matcher")).queryParam("size", 1000).get("/api/v1/vacatures?pool=BEMIDDELBAAR")
                .then().statusCode(200);
        long exemplaren = given().auth().oauth2(Tokens.voor("matcher")).queryParam("size", 1000).get("/api/v1/pools/BEMIDDELBAAR/werkvoorraad")
                .then().statusCode(200).extract().jsonPath().getList("items.vacatureId").stream().filter(vacature.toString()::equals).count();
        assertEquals(1, exemplaren);

        // a profile change moves the candidate: A now wants another occupation far away
        profiel(a, "[\"7112\"]", "[]", "MBO2", 24, "[\"10\"]", "2026-01-01");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertFalse(kandidaten(vacature).getList("kandidaten.klantId").subList(0, 1).contains(a.toString())));
    }

    @Test
    void eenLijnwijzigingNaarParticipatieHaaltDeKandidaatUitDePool() {
        UUID k = UUID.randomUUID();
        doorgeleid(k, "ZELFDOENER", 30, "9711", "WWB");
        awaitKandidaat(k, "pool", "BEMIDDELBAAR");
        nl.werkplein.employer.Gebeurtenissen.lijnGewijzigd(k, "MAATSCHAPPELIJKE_PARTICIPATIE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k)
                        .then().statusCode(200).body("pool", equalTo(null)).body("poolReden", equalTo("maatschappelijke participatie: geen bemiddeling naar werk")));
        // an SW'er lands in the SW pool with the SW doelgroep
        UUID sw = UUID.randomUUID();
        doorgeleid(sw, "KLANTONDERSTEUNING", 45, "9713", "WSW");
        awaitKandidaat(sw, "pool", "SW");
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + sw).then().body("doelgroep", equalTo("SW"));
    }

    @Test
    void kandidatenbeeldIsAlleenVoorMatcherEnBeheerEnWordtGeaudit() {
        UUID k = UUID.randomUUID();
        doorgeleid(k, "ZELFDOENER", 30, "9711", "WWB");
        awaitKandidaat(k, "pool", "BEMIDDELBAAR");
        given().auth().oauth2(Tokens.voor("accountmanager")).get("/api/v1/kandidaten/" + k).then().statusCode(403);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", k.toString()).get("/api/v1/audit")
                .then().statusCode(200).body("items.resource", hasItem("kandidaat"));
    }
}
