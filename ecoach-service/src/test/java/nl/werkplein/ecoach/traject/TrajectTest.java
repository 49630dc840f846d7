package nl.werkplein.ecoach.traject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.ecoach.Neighbours.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domain.md 3.1-3.2: a routed zelfdoener gets a trajectory without a human step; leaving the line ends it. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class TrajectTest {

    @Inject
    AgroalDataSource db;

    static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void eenDoorgeleideZelfdoenerKrijgtBinnenSecondenEenEcoachEnEenVoorlichting() {
        UUID klantId = UUID.randomUUID();
        long start = System.nanoTime();
        JsonPath traject = zelfdoener(klantId);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(15).toNanos(), "trajectory within seconds");
        assertEquals("ACTIEF", traject.getString("status"));
        assertNotNull(traject.getString("ecoachId"));
        assertEquals(vandaag().toString(), traject.getString("startdatum"));
        assertEquals(vandaag().plusMonths(3).toString(), traject.getString("evaluatieGeplandOp"));
        // the weekly sessions planned at start-up have room
        assertNotNull(traject.getString("voorlichting.datum"));
        assertTrue(LocalDate.parse(traject.getString("voorlichting.datum")).isAfter(vandaag()));

        JsonPath gestart = gepubliceerd(klantId, "traject-gestart", 1).get(0);
        assertEquals(klantId.toString(), gestart.getString("subject"));
        assertEquals(traject.getString("ecoachId"), gestart.getString("data.ecoachId"));
        assertEquals(traject.getString("trajectId"), gestart.getString("data.trajectId"));
        assertEquals(traject.getString("voorlichting.datum"), gestart.getString("data.voorlichtingDatum"));
        assertEquals(traject.getString("evaluatieGeplandOp"), gestart.getString("data.evaluatieGeplandOp"));

        // the invitation goes to intake-service as a mail request: date, time, place; nothing personal
        JsonPath mail = gepubliceerd(klantId, "mail-verzocht", 1).get(0);
        assertEquals(klantId.toString(), mail.getString("data.klantId"));
        assertNotNull(mail.getString("data.berichtId"));
        assertTrue(mail.getString("data.tekst").contains("10:00"));
        assertTrue(mail.getString("data.tekst").contains("Randstad"));
        assertFalse(mail.getString("data.tekst").contains(klantId.toString()));
    }

    @Test
    void hetzelfdeEventTweeKeerGeeftEenTraject() {
        UUID klantId = UUID.randomUUID();
        String event = doorgeleid(klantId, "ZELFDOENER", OffsetDateTime.now());
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event);
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event);
        // and the same routing once more under another event id (a replay): still one trajectory
        String opnieuw = event.replace(idOf(event).toString(), UUID.randomUUID().toString());
        KafkaTestClient.send(INDELINGEN, klantId.toString(), opnieuw);
        awaitVerwerkt(db, idOf(opnieuw));
        assertEquals(1, tel(db, "SELECT count(*) FROM traject WHERE klant_id = ?", klantId));
        assertEquals(1, gepubliceerd(klantId, "traject-gestart", 1).size());
    }

    @Test
    void eenKlantInEenAndereLijnKrijgtGeenTraject() {
        UUID klantId = UUID.randomUUID();
        UUID event = doorgeleid(klantId, "KLANTONDERSTEUNING");
        awaitVerwerkt(db, event);
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(0, tel(db, "SELECT count(*) FROM traject WHERE klant_id = ?", klantId));
    }

    @Test
    void eenAndereLijnSluitHetTrajectEnTerugInDeLijnStartEenNieuw() {
        UUID klantId = UUID.randomUUID();
        String eerste = zelfdoener(klantId).getString("trajectId");
        lijnGewijzigd(klantId, "KLANTONDERSTEUNING");
        awaitStatus(klantId, "AFGESLOTEN", "LIJN_GEWIJZIGD");
        JsonPath afgesloten = gepubliceerd(klantId, "traject-afgesloten", 1).get(0);
        assertEquals("LIJN_GEWIJZIGD", afgesloten.getString("data.reden"));
        assertEquals(eerste, afgesloten.getString("data.trajectId"));
        // a consulent puts the client back in the zelfdoener line: e-coaching again, a new trajectory
        lijnGewijzigd(klantId, "ZELFDOENER");
        awaitStatus(klantId, "ACTIEF", null);
        assertEquals(2, tel(db, "SELECT count(*) FROM traject WHERE klant_id = ?", klantId));
    }

    @Test
    void eenVoorlopigeIndelingStartNochSluitIets() {
        // before the routing the indeling is provisional (domain.md 2.7): a zelfdoener outcome starts nothing
        UUID nieuw = UUID.randomUUID();
        UUID voorlopig = indelingVastgesteld(nieuw, "ZELFDOENER");
        // events of one client arrive in order: once the next one is handled, the provisional one has been read
        awaitVerwerkt(db, doorgeleid(nieuw, "KLANTONDERSTEUNING"));
        assertEquals(0, tel(db, "SELECT count(*) FROM traject WHERE klant_id = ?", nieuw));
        // a type this service does not read is skipped before any transaction: no handled-event row
        assertEquals(0, tel(db, "SELECT count(*) FROM handled_event WHERE event_id = ?", voorlopig));
        // and an indeling-vastgesteld (of a new cycle, say) while e-coached closes nothing: only lijn-gewijzigd does
        UUID klantId = UUID.randomUUID();
        zelfdoener(klantId);
        UUID zonderLijn = indelingVastgesteld(klantId, null);
        UUID andereLijn = indelingVastgesteld(klantId, "KLANTONDERSTEUNING");
        awaitVerwerkt(db, lijnGewijzigd(klantId, "ZELFDOENER"));
        awaitStatus(klantId, "ACTIEF", null);
        assertEquals(0, gepubliceerd(klantId, "traject-afgesloten", 0).size());
        assertEquals(0, tel(db, "SELECT count(*) FROM handled_event WHERE event_id IN (?, ?)", zonderLijn, andereLijn));
    }

    @Test
    void eenLijnWijzigingNaarGeenLijnSluitHetTraject() {
        UUID klantId = UUID.randomUUID();
        zelfdoener(klantId);
        lijnGewijzigd(klantId, null);
        awaitStatus(klantId, "AFGESLOTEN", "LIJN_GEWIJZIGD");
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId).then().body("evaluatieStatus", equalTo("VERVALLEN"));
    }

    @Test
    void uitstroomBijIntakeSluitHetTraject() {
        UUID klantId = UUID.randomUUID();
        zelfdoener(klantId);
        intake(klantId, "klant-uitgestroomd", OffsetDateTime.now());
        awaitStatus(klantId, "AFGESLOTEN", "UITGESTROOMD");
        assertEquals("UITGESTROOMD", gepubliceerd(klantId, "traject-afgesloten", 1).get(0).getString("data.reden"));
    }

    @Test
    void eenUitstroomDieEerderAankomtMaarLaterGebeurdeSluitHetTrajectOok() {
        UUID klantId = UUID.randomUUID();
        OffsetDateTime doorgeleid = OffsetDateTime.now().minusMinutes(5);
        // intake's topic is read first: the client left after the routing screening is still to deliver
        UUID afgewezen = intake(klantId, "aanvraag-afgewezen", OffsetDateTime.now());
        awaitVerwerkt(db, afgewezen);
        KafkaTestClient.send(INDELINGEN, klantId.toString(), doorgeleid(klantId, "ZELFDOENER", doorgeleid));
        awaitStatus(klantId, "AFGESLOTEN", "UITGESTROOMD");
    }

    @Test
    void eenOudeUitstroomVanEenEerdereAanvraagSluitNiets() {
        UUID klantId = UUID.randomUUID();
        UUID oud = intake(klantId, "klant-uitgestroomd", OffsetDateTime.now().minusDays(30));
        awaitVerwerkt(db, oud);
        zelfdoener(klantId);
        // and an old event arriving late changes nothing either
        UUID laat = intake(klantId, "klant-uitgestroomd", OffsetDateTime.now().minusDays(20));
        awaitVerwerkt(db, laat);
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then().statusCode(200)
                .body("status", equalTo("ACTIEF"));
    }

    @Test
    void alleenDeKlantZelfDeEigenEcoachEnBeheerZienHetTraject() {
        UUID klantId = UUID.randomUUID();
        String ecoachId = zelfdoener(klantId).getString("ecoachId");
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).get("/api/v1/trajecten/" + klantId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.voor("ecoach", UUID.randomUUID())).get("/api/v1/trajecten/" + klantId).then().statusCode(404);
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).get("/api/v1/trajecten/" + klantId).then().statusCode(200)
                .header("Cache-Control", "no-store").body("klantId", equalTo(klantId.toString()));
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId).then().statusCode(200);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/trajecten/" + klantId).then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/trajecten/" + klantId).then().statusCode(401);
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/geen-uuid").then().statusCode(404);
        // every read is audited, with who read it
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klantId).get("/api/v1/audit").then().statusCode(200)
                .body("items.actor", org.hamcrest.Matchers.hasItem(ecoachId))
                .body("items.resource", org.hamcrest.Matchers.hasItem("traject"));
    }

    @Test
    void deEcoachSluitHetTrajectAlsDeKlantWerkVond() {
        UUID klantId = UUID.randomUUID();
        String ecoachId = zelfdoener(klantId).getString("ecoachId");
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body("{\"reden\":\"UITGESTROOMD\"}")
                .post("/api/v1/trajecten/" + klantId + "/afsluiting").then().statusCode(400).body("invalidParams[0].name", equalTo("reden"));
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body("{}")
                .post("/api/v1/trajecten/" + klantId + "/afsluiting").then().statusCode(400).body("invalidParams[0].name", equalTo("reden"));
        given().auth().oauth2(Tokens.klant(klantId)).contentType("application/json").body("{\"reden\":\"WERK\"}")
                .post("/api/v1/trajecten/" + klantId + "/afsluiting").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body("{\"reden\":\"WERK\"}")
                .post("/api/v1/trajecten/" + klantId + "/afsluiting").then().statusCode(200)
                .body("status", equalTo("AFGESLOTEN")).body("afsluitreden", equalTo("WERK")).body("afgeslotenOp", notNullValue());
        given().auth().oauth2(Tokens.voor("ecoach", ecoachId)).contentType("application/json").body("{\"reden\":\"WERK\"}")
                .post("/api/v1/trajecten/" + klantId + "/afsluiting").then().statusCode(409);
        List<JsonPath> afgesloten = gepubliceerd(klantId, "traject-afgesloten", 1);
        assertEquals(1, afgesloten.size());
        assertEquals("WERK", afgesloten.get(0).getString("data.reden"));
    }

    @Test
    void eenOnleesbaarEventGaatNaarDeDeadLetterTopicEnDeStroomGaatDoor() {
        UUID klantId = UUID.randomUUID();
        String zonderKlant = event("screening-service", "screening.klant-doorgeleid", klantId, OffsetDateTime.now(),
                "{\"lijn\":\"ZELFDOENER\"}");
        KafkaTestClient.send(INDELINGEN, klantId.toString(), zonderKlant);
        assertEquals(1, KafkaTestClient.await(INDELINGEN + ".dlq", r -> r.value().contains(idOf(zonderKlant).toString()),
                Duration.ofSeconds(30)).size());
        // the next client on the same partition is routed as usual
        assertEquals("ACTIEF", zelfdoener(klantId).getString("status"));
    }

    static void awaitStatus(UUID klantId, String status, String reden) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId).then().statusCode(200)
                        .body("status", equalTo(status)).body("afsluitreden", equalTo(reden)));
    }
}
