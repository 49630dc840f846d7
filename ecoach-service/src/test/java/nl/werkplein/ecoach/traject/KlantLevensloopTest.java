package nl.werkplein.ecoach.traject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.ecoach.Neighbours.*;
import static nl.werkplein.ecoach.traject.TrajectTest.awaitStatus;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Issue 13, points 2, 5 and 6 (domain.md 1.11, 2.5, docs/events.md): every line change and the end of
 * the benefit close the trajectory once; a client who comes back for a later aanvraag is e-coached
 * again, the earlier trajectory stays as history.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class KlantLevensloopTest {

    @Inject
    AgroalDataSource db;

    long trajecten(UUID klantId) {
        return tel(db, "SELECT count(*) FROM traject WHERE klant_id = ?", klantId);
    }

    @Test
    void hetEindeVanDeUitkeringSluitHetTraject() {
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        stuur(INDELINGEN, klantId, doorgeleid(klantId, "ZELFDOENER", aanvraagId, OffsetDateTime.now()));
        String trajectId = awaitTraject(klantId).getString("trajectId");
        uitkeringBeeindigd(klantId, aanvraagId, OffsetDateTime.now());
        awaitStatus(klantId, "AFGESLOTEN", "UITKERING_BEEINDIGD");
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then()
                .body("evaluatieStatus", equalTo("VERVALLEN"));
        List<JsonPath> afgesloten = gepubliceerd(klantId, "traject-afgesloten", 1);
        assertEquals(1, afgesloten.size());
        assertEquals("UITKERING_BEEINDIGD", afgesloten.get(0).getString("data.reden"));
        assertEquals(trajectId, afgesloten.get(0).getString("data.trajectId"));
        // no longer on a benefit: back in the zelfdoener line starts nothing
        assertEquals(0, tel(db, "SELECT count(*) FROM klant WHERE klant_id = ? AND op_uitkering", klantId));
        awaitVerwerkt(db, lijnGewijzigd(klantId, "ZELFDOENER"));
        assertEquals(1, trajecten(klantId));
    }

    @Test
    void eenEindeDatEerderAankomtMaarNaDeDoorgeleidingGebeurdeSluitHetTrajectOok() {
        UUID klantId = UUID.randomUUID();
        UUID aanvraagId = UUID.randomUUID();
        // intake's topic is read first: the benefit ended after the routing screening is still to deliver
        awaitVerwerkt(db, uitkeringBeeindigd(klantId, aanvraagId, OffsetDateTime.now()));
        stuur(INDELINGEN, klantId, doorgeleid(klantId, "ZELFDOENER", aanvraagId, OffsetDateTime.now().minusMinutes(5)));
        awaitStatus(klantId, "AFGESLOTEN", "UITKERING_BEEINDIGD");
    }

    @Test
    void naEenEscalatieSluitDeLijnWijzigingNietNogmaalsEnTerugAlsZelfdoenerStartEenNieuwTraject() {
        UUID klantId = UUID.randomUUID();
        JsonPath eerste = zelfdoener(klantId);
        given().auth().oauth2(Tokens.voor("ecoach", eerste.getString("ecoachId"))).contentType("application/json")
                .body(Map.of("reden", "meer steun nodig")).post("/api/v1/trajecten/" + klantId + "/escalaties").then().statusCode(200);
        // screening's answer to the escalation: no line until a person decides
        awaitVerwerkt(db, lijnGewijzigd(klantId, null));
        awaitStatus(klantId, "AFGESLOTEN", "ESCALATIE");
        List<JsonPath> afgesloten = gepubliceerd(klantId, "traject-afgesloten", 1);
        assertEquals(1, afgesloten.size(), "closed once");
        assertEquals("ESCALATIE", afgesloten.get(0).getString("data.reden"));
        // the consulent decides: zelfdoener after all, while on the benefit → e-coaching again
        lijnGewijzigd(klantId, "ZELFDOENER");
        awaitStatus(klantId, "ACTIEF", null);
        assertNotEquals(eerste.getString("trajectId"), awaitTraject(klantId).getString("trajectId"));
        assertEquals(2, trajecten(klantId));
    }

    @Test
    void eenKlantDieTerugkomtKrijgtEenNieuwTrajectEnHetOudeBlijftAlsHistorie() {
        UUID klantId = UUID.randomUUID();
        UUID eersteAanvraag = UUID.randomUUID();
        String eersteRouting = doorgeleid(klantId, "ZELFDOENER", eersteAanvraag, OffsetDateTime.now().minusMinutes(10));
        stuur(INDELINGEN, klantId, eersteRouting);
        String eerste = awaitTraject(klantId).getString("trajectId");
        uitkeringBeeindigd(klantId, eersteAanvraag, OffsetDateTime.now().minusMinutes(8));
        awaitStatus(klantId, "AFGESLOTEN", "UITKERING_BEEINDIGD");

        // the old routing delivered again (new event id), even with a later time: no trajectory
        awaitVerwerkt(db, stuur(INDELINGEN, klantId, eersteRouting.replace(idOf(eersteRouting).toString(), UUID.randomUUID().toString())));
        awaitVerwerkt(db, stuur(INDELINGEN, klantId, doorgeleid(klantId, "ZELFDOENER", eersteAanvraag, OffsetDateTime.now().minusMinutes(6))));
        assertEquals(1, trajecten(klantId));
        awaitStatus(klantId, "AFGESLOTEN", "UITKERING_BEEINDIGD");

        // a later aanvraag, granted and routed as zelfdoener: a new cycle, a new trajectory
        awaitVerwerkt(db, intake(klantId, "aanvraag-toegekend", UUID.randomUUID(), OffsetDateTime.now().minusMinutes(4)));
        stuur(INDELINGEN, klantId, doorgeleid(klantId, "ZELFDOENER", UUID.randomUUID(), OffsetDateTime.now().minusMinutes(3)));
        awaitStatus(klantId, "ACTIEF", null);
        String tweede = awaitTraject(klantId).getString("trajectId");
        assertNotEquals(eerste, tweede);
        assertEquals(2, trajecten(klantId));
        assertEquals(2, gepubliceerd(klantId, "traject-gestart", 2).size());

        JsonPath historie = given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId + "/historie")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(tweede, eerste), historie.getList("trajectId"));
        assertEquals(List.of("ACTIEF", "AFGESLOTEN"), historie.getList("status"));
        assertEquals("UITKERING_BEEINDIGD", historie.getString("[1].afsluitreden"));
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).get("/api/v1/trajecten/" + klantId + "/historie").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/trajecten/" + klantId + "/historie").then().statusCode(403);
    }

    @Test
    void eenNieuweCyclusDieVoorHetEindeVanDeVorigeAankomtSluitDieEnStartEenNieuwTraject() {
        UUID klantId = UUID.randomUUID();
        UUID eersteAanvraag = UUID.randomUUID();
        stuur(INDELINGEN, klantId, doorgeleid(klantId, "ZELFDOENER", eersteAanvraag, OffsetDateTime.now().minusMinutes(10)));
        String eerste = awaitTraject(klantId).getString("trajectId");
        // screening's routing of the second aanvraag is read before intake's end of the first
        stuur(INDELINGEN, klantId, doorgeleid(klantId, "ZELFDOENER", UUID.randomUUID(), OffsetDateTime.now().minusMinutes(2)));
        await2(klantId);
        awaitVerwerkt(db, uitkeringBeeindigd(klantId, eersteAanvraag, OffsetDateTime.now().minusMinutes(5)));
        awaitStatus(klantId, "ACTIEF", null);
        JsonPath historie = given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId + "/historie")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(eerste, historie.getString("[1].trajectId"));
        assertEquals("UITKERING_BEEINDIGD", historie.getString("[1].afsluitreden"));
        assertEquals(1, gepubliceerd(klantId, "traject-afgesloten", 1).size());
    }

    @Test
    void eenUitstroomOpEenAndereAanvraagDanDeDoorgeleideSluitNiets() {
        UUID klantId = UUID.randomUUID();
        stuur(INDELINGEN, klantId, doorgeleid(klantId, "ZELFDOENER", UUID.randomUUID(), OffsetDateTime.now().minusMinutes(1)));
        awaitTraject(klantId);
        awaitVerwerkt(db, intake(klantId, "klant-uitgestroomd", UUID.randomUUID(), OffsetDateTime.now()));
        awaitStatus(klantId, "ACTIEF", null);
        assertEquals(1, tel(db, "SELECT count(*) FROM klant WHERE klant_id = ? AND op_uitkering", klantId));
    }

    private void await2(UUID klantId) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> trajecten(klantId) == 2);
    }
}
