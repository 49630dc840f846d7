package nl.werkplein.employer.kandidaat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.employer.Gebeurtenissen.aangeboden;
import static nl.werkplein.employer.Gebeurtenissen.doelgroepregister;
import static nl.werkplein.employer.Gebeurtenissen.doorgeleid;
import static nl.werkplein.employer.Gebeurtenissen.koFase;
import static nl.werkplein.employer.Gebeurtenissen.lijnGewijzigd;
import static nl.werkplein.employer.Gebeurtenissen.loonwaarde;
import static nl.werkplein.employer.Gebeurtenissen.nu;
import static nl.werkplein.employer.Gebeurtenissen.profiel;
import static nl.werkplein.employer.Gebeurtenissen.trajectAfgesloten;
import static nl.werkplein.employer.Gebeurtenissen.uitkeringBeeindigd;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client's lifecycle as employer-service sees it, from the real events of screening, ecoach and
 * intake on the real broker: every line change reaches the candidate and matching (issue 13 point 2),
 * the end of the benefit takes the candidate out of every pool (5), a new cycle puts it back (6), also
 * after a rebuild, and the doelgroepregister is UWV's recorded fact (8).
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class LevensloopKandidaatTest {

    static String uniek() {
        return "vh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static JsonPath kandidaat(UUID klantId) {
        return given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + klantId).then().statusCode(200).extract().jsonPath();
    }

    /** The shortlist of one vacancy as the pool's worklist shows it. */
    static List<String> werkvoorraad(String pool, UUID vacatureId) {
        JsonPath lijst = given().auth().oauth2(Tokens.voor("matcher")).queryParam("size", 1000).get("/api/v1/pools/" + pool + "/werkvoorraad")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = lijst.getList("items");
        for (Map<String, Object> item : items) {
            if (vacatureId.toString().equals(item.get("vacatureId"))) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> kandidaten = (List<Map<String, Object>>) item.get("kandidaten");
                return kandidaten.stream().map(k -> (String) k.get("klantId")).toList();
            }
        }
        throw new AssertionError("vacature " + vacatureId + " niet in de werkvoorraad van " + pool);
    }

    /** A vacancy in each pool that fits the candidate's profile best (a unique skill and occupation). */
    static UUID[] vacatures(String vaardigheid, String beroep) {
        UUID bemiddelbaar = UUID.randomUUID();
        UUID ko = UUID.randomUUID();
        aangeboden("BEMIDDELBAAR", bemiddelbaar, "BEMIDDELBAAR", "SOCIAL_RETURN", "LL-B-" + vaardigheid, "Medewerker " + vaardigheid, "BAAN",
                beroep, "9712", 24, OffsetDateTime.now());
        aangeboden("KLANTONDERSTEUNING", ko, "KLANTONDERSTEUNING", "SOCIAL_RETURN", "LL-K-" + vaardigheid, "Medewerker " + vaardigheid, "BAAN",
                beroep, "9712", 24, OffsetDateTime.now());
        return new UUID[]{bemiddelbaar, ko};
    }

    @Test
    void naEscalatieEnEenNieuwBesluitStaatDeKandidaatInDeNieuwePoolEnZietMatchingHemDaar() {
        String vaardigheid = uniek();
        UUID k = UUID.randomUUID();
        doorgeleid(k, UUID.randomUUID(), "ZELFDOENER", 34, "9711", "WWB", nu());
        profiel(k, "[\"2656\"]", "[\"" + vaardigheid + "\"]", "MBO3", 24, "[\"97\"]", "2026-01-01");
        UUID[] v = vacatures(vaardigheid, "2656");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertTrue(werkvoorraad("BEMIDDELBAAR", v[0]).contains(k.toString()));
            assertFalse(werkvoorraad("KLANTONDERSTEUNING", v[1]).contains(k.toString()));
        });

        // the e-coach escalates: screening's line is none until a consulent decides again
        lijnGewijzigd(k, null, "ZELFDOENER", "ESCALATIE", "e-coach: meer ondersteuning nodig");
        trajectAfgesloten(k, "ESCALATIE", nu());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath kd = kandidaat(k);
            assertEquals(null, kd.getString("lijn"));
            assertEquals(null, kd.getString("pool"));
            assertEquals("geen dienstverleningslijn: een nieuw besluit volgt", kd.getString("poolReden"));
            assertFalse(werkvoorraad("BEMIDDELBAAR", v[0]).contains(k.toString()));
        });

        // the consulent's new decision: Klantondersteuning
        lijnGewijzigd(k, "KLANTONDERSTEUNING", null, "CONSULENT", "besluit na escalatie");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then().statusCode(200)
                    .body("lijn", equalTo("KLANTONDERSTEUNING")).body("pool", equalTo("KLANTONDERSTEUNING"))
                    .body("beschikbaar", equalTo(true)).body("situatie", equalTo("KO_DIAGNOSE"));
            assertTrue(werkvoorraad("KLANTONDERSTEUNING", v[1]).contains(k.toString()), "in the KO pool's worklist");
        });
        assertFalse(werkvoorraad("BEMIDDELBAAR", v[0]).contains(k.toString()), "not in BEMIDDELBAAR's");
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + v[1] + "/kandidaten").then().statusCode(200)
                .body("kandidaten[0].klantId", equalTo(k.toString()));
        // the history keeps every step
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/kandidaten/" + k).then().statusCode(200)
                .body("historie.soort", equalTo(List.of("DOORGELEID", "LIJN_GEWIJZIGD", "TRAJECT_AFGESLOTEN", "LIJN_GEWIJZIGD")))
                .body("historie[3].lijn", equalTo("KLANTONDERSTEUNING")).body("historie[3].reden", equalTo("CONSULENT: besluit na escalatie"));

        // the next line change (and the KO trajectory it closes) reaches the candidate too: no pool for participation
        lijnGewijzigd(k, "MAATSCHAPPELIJKE_PARTICIPATIE", "KLANTONDERSTEUNING", "CONSULENT", "participatie");
        koFase(k, "AFGESLOTEN", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.voor("matcher"))
                .get("/api/v1/kandidaten/" + k).then().body("pool", nullValue()).body("koFase", equalTo("AFGESLOTEN")));
        assertFalse(werkvoorraad("KLANTONDERSTEUNING", v[1]).contains(k.toString()));
    }

    @Test
    void eenBeeindigdeUitkeringHaaltUitElkePoolEnEenNieuweCyclusZetTerugOokNaHerbouw() {
        String vaardigheid = uniek();
        UUID k = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        OffsetDateTime t0 = nu().minusMinutes(10);
        doorgeleid(k, a, "ZELFDOENER", 40, "9711", "WWB", t0);
        profiel(k, "[\"2656\"]", "[\"" + vaardigheid + "\"]", "MBO3", 24, "[\"97\"]", "2026-01-01");
        UUID[] v = vacatures(vaardigheid, "2656");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTrue(werkvoorraad("BEMIDDELBAAR", v[0]).contains(k.toString())));

        // point 5: intake ends the benefit, the e-coach closes the trajectory
        uitkeringBeeindigd(k, a, "VERHUIZING", "2026-03-01", t0.plusMinutes(1));
        trajectAfgesloten(k, "UITKERING_BEEINDIGD", t0.plusMinutes(1).plusSeconds(10));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then().statusCode(200)
                    .body("pool", nullValue()).body("beschikbaar", equalTo(false)).body("uitkeringBeeindigd", equalTo(true))
                    .body("poolReden", equalTo("uitkering beëindigd: in geen pool tot een nieuwe doorgeleiding"))
                    .body("beeindigdOp", equalTo("2026-03-01")).body("beeindigingReden", equalTo("VERHUIZING"))
                    .body("lijn", equalTo("ZELFDOENER"));
            assertFalse(werkvoorraad("BEMIDDELBAAR", v[0]).contains(k.toString()));
        });
        // found work in the old cycle too: must not follow the client into the next one
        trajectAfgesloten(k, "WERK", t0.plusMinutes(2));

        // point 6: a new aanvraag, granted, routed again with another line
        doorgeleid(k, b, "KLANTONDERSTEUNING", 40, "9711", "WWB", t0.plusMinutes(5));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then().statusCode(200)
                    .body("pool", equalTo("KLANTONDERSTEUNING")).body("beschikbaar", equalTo(true))
                    .body("uitkeringBeeindigd", equalTo(false)).body("aanvraagId", equalTo(b.toString()))
                    .body("beeindigdOp", equalTo("2026-03-01"));
            assertTrue(werkvoorraad("KLANTONDERSTEUNING", v[1]).contains(k.toString()));
        });
        // an old cycle's end read late (after the new doorgeleid) leaves the client in the pool
        uitkeringBeeindigd(k, a, "VERHUIZING", "2026-03-01", t0.plusMinutes(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(6, kandidaat(k).getList("historie").size()));
        JsonPath na = kandidaat(k);
        assertEquals("KLANTONDERSTEUNING", na.getString("pool"));
        assertTrue(na.getBoolean("beschikbaar"));
        assertEquals(List.of("DOORGELEID", "UITKERING_BEEINDIGD", "UITKERING_BEEINDIGD", "TRAJECT_AFGESLOTEN", "TRAJECT_AFGESLOTEN", "DOORGELEID"),
                na.getList("historie.soort"));

        // the rebuild replays the topics in its own order and gives the same candidate
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).post("/api/v1/kandidaten/herbouw").then().statusCode(200);
        JsonPath herbouwd = kandidaat(k);
        assertEquals("KLANTONDERSTEUNING", herbouwd.getString("pool"));
        assertTrue(herbouwd.getBoolean("beschikbaar"));
        assertFalse(herbouwd.getBoolean("uitkeringBeeindigd"));
        assertEquals(b.toString(), herbouwd.getString("aanvraagId"));
        assertEquals(na.getList("historie.soort"), herbouwd.getList("historie.soort"));
        assertTrue(werkvoorraad("KLANTONDERSTEUNING", v[1]).contains(k.toString()));

        // and the end of the new cycle's benefit takes the client out again
        uitkeringBeeindigd(k, b, "WERK", "2026-09-01", nu());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then()
                    .body("pool", nullValue()).body("uitkeringBeeindigd", equalTo(true)).body("beeindigdOp", equalTo("2026-09-01"));
            assertFalse(werkvoorraad("KLANTONDERSTEUNING", v[1]).contains(k.toString()));
        });
    }

    @Test
    void hetDoelgroepregisterKomtAlleenUitDeVastgelegdeIndicatieVanUwv() {
        UUID k = UUID.randomUUID();
        doorgeleid(k, UUID.randomUUID(), "KLANTONDERSTEUNING", 38, "9712", "WWB", nu());
        koFase(k, "CENTRUM_VOOR_WERK", "MET_BEPERKTE_STEUN");
        loonwaarde(k, 70);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.voor("matcher"))
                .get("/api/v1/kandidaten/" + k).then().body("loonkostensubsidie", equalTo(true)).body("onderWml", equalTo(true)));
        // a loonwaarde below WML alone: loonkostensubsidie, not the doelgroepregister
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + k).then()
                .body("doelgroep", equalTo("PARTICIPATIEWET")).body("doelgroepregister", nullValue())
                .body("situatie", equalTo("KO_BEPERKTE_STEUN"));

        doelgroepregister(k, true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.voor("matcher"))
                .get("/api/v1/kandidaten/" + k).then().body("doelgroep", equalTo("DOELGROEPREGISTER"))
                .body("doelgroepregister.indicatie", equalTo(true)).body("doelgroepregister.datum", equalTo("2026-02-15"))
                .body("doelgroepregister.bron", equalTo("UWV Suwinet")));

        // the placement carries the doelgroep socialreturn credits
        UUID vacature = UUID.randomUUID();
        aangeboden("KLANTONDERSTEUNING", vacature, "KLANTONDERSTEUNING", "SOCIAL_RETURN", "DR-" + vacature, "Werkleerplek groen",
                "WERKLEERPLEK", "9214", "9712", 20, OffsetDateTime.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + vacature).then().statusCode(200));
        String plaatsingId = given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON)
                .body(Map.of("vacatureId", vacature.toString(), "klantId", k.toString(), "soort", "WERKLEERPLEK", "startdatum", "2026-04-01",
                        "urenPerWeek", 20, "duurMaanden", 6, "uitstroom", "GEDEELTELIJK"))
                .post("/api/v1/plaatsingen").then().statusCode(201).body("doelgroep", equalTo("DOELGROEPREGISTER")).extract().path("id");
        List<ConsumerRecord<String, String>> records = KafkaTestClient.collect("werkplein.employer.plaatsingen.v1",
                r -> r.key().equals(vacature.toString()), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        JsonPath event = new JsonPath(records.get(0).value());
        assertEquals(plaatsingId, event.getString("data.plaatsingId"));
        assertEquals("DOELGROEPREGISTER", event.getString("data.doelgroep"));

        // UWV's indication withdrawn: the doelgroep follows
        doelgroepregister(k, false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.voor("matcher"))
                .get("/api/v1/kandidaten/" + k).then().body("doelgroep", equalTo("PARTICIPATIEWET"))
                .body("doelgroepregister.indicatie", equalTo(false)).body("historie.soort", hasItems("DOORGELEID", "DOELGROEPREGISTER")));
    }
}
