package nl.werkplein.intake.gesprek;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.aanvraag.Stappen;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.MailServer;
import nl.werkplein.testsupport.MovableClock;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 point 3: the first conversation in real slots (domain.md 1.7). The test teams of
 * application.properties: {@code proef} (postcodes 1000-1099, 2 a day, 09:00 and 10:00) and
 * {@code piek} (1100-1199, 3 a day, all at 13:30).
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class GesprekCapaciteitTest {

    @Inject
    MovableClock clock;
    @Inject
    EntityManager em;

    @BeforeEach
    void legeTestteams() {
        // only these tests use the test teams; a reused database (WERKPLEIN_TEST_POSTGRES) starts them empty
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE gesprek SET opvolger_id = NULL, vorig_gesprek_id = NULL WHERE team IN ('proef', 'piek')").executeUpdate();
            em.createNativeQuery("DELETE FROM gesprek WHERE team IN ('proef', 'piek')").executeUpdate();
        });
    }

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    static String email() {
        return "gesprek-" + UUID.randomUUID() + "@example.nl";
    }

    /** Filed 40 days before the (moved) today, so the confirmation plans the conversation at once. */
    String ingediend(String postcode, String email) {
        Map<String, Object> body = Stappen.aanvraag(TestBsn.volgende());
        body.put("postcode", postcode);
        body.put("email", email);
        body.put("aanvraagdatum", LocalDate.now(clock).minusDays(40).toString());
        return Stappen.indienen(body);
    }

    String inGesprek(String postcode, String email) {
        String id = ingediend(postcode, email);
        Stappen.bevestigen(id);
        return id;
    }

    static JsonPath aanvraag(String id) {
        return given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath agenda(String datum, String team) {
        var request = given().auth().oauth2(Tokens.voor("consulent")).queryParam("datum", datum);
        if (team != null) {
            request = request.queryParam("team", team);
        }
        return request.get("/api/v1/gesprekken").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath gesprek(String id) {
        return given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/gesprekken/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eenVolleDagSchuiftDoorNaarDeVolgendeWerkdagOverHetWeekendEnKoningsdag() {
        clock.setToday(LocalDate.of(2027, 4, 20)); // Tuesday: 3 working days on is Friday 23 April
        List<String> emails = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            emails.add(email());
            ids.add(inGesprek("1011AB", emails.get(i)));
        }
        List<String> planning = ids.stream().map(id -> {
            JsonPath a = aanvraag(id);
            assertEquals("GESPREK_GEPLAND", a.getString("status"));
            assertEquals("proef", a.getString("gesprek.team"));
            assertEquals("GEPLAND", a.getString("gesprek.status"));
            return a.getString("gesprek.datum") + " " + a.getString("gesprek.tijd");
        }).toList();
        // two a day; the weekend and Koningsdag (Tuesday 27 April 2027) have no slots
        assertEquals(List.of("2027-04-23 09:00:00", "2027-04-23 10:00:00", "2027-04-26 09:00:00", "2027-04-26 10:00:00",
                "2027-04-28 09:00:00"), planning.stream().map(p -> p.length() == 16 ? p + ":00" : p).toList());

        JsonPath vrijdag = agenda("2027-04-23", "proef");
        assertEquals(true, vrijdag.getBoolean("werkdag"));
        assertEquals(List.of(ids.get(0), ids.get(1)), vrijdag.getList("gesprekken.aanvraagId"));
        assertEquals(List.of(Map.of("team", "proef", "capaciteit", 2, "bezet", 2, "vrij", 0, "locatie", "Wijkpost Proef, Proefstraat 1, Groningen")),
                vrijdag.getList("teams"));
        JsonPath koningsdag = agenda("2027-04-27", "proef");
        assertEquals(false, koningsdag.getBoolean("werkdag"));
        assertEquals("Koningsdag", koningsdag.getString("feestdag"));
        assertEquals(0, koningsdag.getInt("teams[0].capaciteit"));
        assertEquals(List.of(), koningsdag.getList("gesprekken"));
        JsonPath zaterdag = agenda("2027-04-24", null);
        assertEquals(false, zaterdag.getBoolean("werkdag"));
        assertTrue(zaterdag.getList("teams.team").containsAll(List.of("piek", "proef", "werkplein")), "every team without a team filter");

        // the event carries the slot; the invitation names date, time and place
        JsonPath gepland = Stappen.events(ids.get(4), AanvraagEvents.GESPREK_GEPLAND, 3).get(0);
        assertEquals(aanvraag(ids.get(4)).getString("gesprek.id"), gepland.getString("data.gesprekId"));
        assertEquals("proef", gepland.getString("data.team"));
        assertEquals("GEPLAND", gepland.getString("data.gesprekStatus"));
        assertTrue(gepland.getString("data.gesprekOp").startsWith("2027-04-28T07:00:00"), gepland.getString("data.gesprekOp"));
        await().atMost(Duration.ofSeconds(90)).until(() -> MailServer.get().ontvangenDoor(emails.get(4)).stream()
                .anyMatch(m -> MailServer.tekst(m).contains("woensdag 28 april 2027 om 09:00 uur")));
        String uitnodiging = MailServer.get().ontvangenDoor(emails.get(4)).stream().map(MailServer::tekst)
                .filter(t -> t.contains("28 april 2027")).findFirst().orElseThrow();
        assertTrue(uitnodiging.contains("Plaats: Wijkpost Proef, Proefstraat 1, Groningen"), uitnodiging);
        // and intake's own request is answered like any other: sent by e-mail
        List<JsonPath> verzonden = Stappen.events(gepland.getString("data.gesprekId"), AanvraagEvents.BERICHT_VERZONDEN, 1);
        assertEquals("EMAIL", verzonden.get(0).getString("data.kanaal"));
        assertEquals(AanvraagEvents.GESPREK_GEPLAND, verzonden.get(0).getString("data.verzoekType"));
    }

    @Test
    void tweeAanvragenKrijgenNooitHetzelfdeLaatsteSlot() throws Exception {
        clock.setToday(LocalDate.of(2027, 6, 7)); // Monday: from Thursday 10 June
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(ingediend("1105XY", email()));
        }
        // eight confirmations at the same moment, each planning a conversation in team piek (3 a day)
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> antwoorden = new ArrayList<>();
        for (String id : ids) {
            antwoorden.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(Tokens.voor("kcc")).post("/api/v1/aanvragen/" + id + "/bevestiging").then().extract().statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> antwoord : antwoorden) {
            assertEquals(200, antwoord.get());
        }
        pool.shutdown();

        Map<String, Integer> perDag = new TreeMap<>();
        for (String id : ids) {
            JsonPath a = aanvraag(id);
            assertEquals("piek", a.getString("gesprek.team"));
            perDag.merge(a.getString("gesprek.datum"), 1, Integer::sum);
        }
        assertEquals(Map.of("2027-06-10", 3, "2027-06-11", 3, "2027-06-14", 2), perDag, "full days move on, the weekend skipped");
        for (String dag : List.of("2027-06-10", "2027-06-11")) {
            JsonPath agenda = agenda(dag, "piek");
            assertEquals(3, agenda.getList("gesprekken").size(), dag);
            assertEquals(0, agenda.getInt("teams[0].vrij"), dag);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> dubbel = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT datum, slot FROM gesprek WHERE team = 'piek' AND status IN ('GEPLAND', 'GEVOERD', 'NIET_VERSCHENEN')
                 GROUP BY datum, slot HAVING count(*) > 1""").getResultList());
        assertEquals(List.of(), dubbel, "no slot twice");
    }

    @Test
    void nietVerschenenEnOpnieuwPlannenMetGeschiedenis() {
        clock.setToday(LocalDate.of(2027, 9, 6)); // Monday: from Thursday 9 September
        String email = email();
        String id = inGesprek("1020CD", email);
        String klantId = Stappen.klantId(id);
        String eerste = aanvraag(id).getString("gesprek.id");
        assertEquals("2027-09-09", gesprek(eerste).getString("datum"));

        // too early for a no-show
        given().auth().oauth2(Tokens.voor("consulent")).post("/api/v1/gesprekken/" + eerste + "/niet-verschenen").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("GEPLAND"));

        // the client cannot come: a new slot from Monday 13 September, the old one freed
        String tweede = given().auth().oauth2(Tokens.voor("kcc", "kcc-3")).contentType(ContentType.JSON)
                .body(Map.of("reden", "klant ziek gemeld via het KCC", "vanaf", "2027-09-13"))
                .post("/api/v1/gesprekken/" + eerste + "/herplanning").then().statusCode(201)
                .header("Location", containsString("/api/v1/gesprekken/"))
                .body("status", equalTo("GEPLAND")).body("datum", equalTo("2027-09-13")).body("team", equalTo("proef"))
                .body("vorigGesprekId", equalTo(eerste)).body("herplanReden", equalTo("klant ziek gemeld via het KCC"))
                .body("geplandDoor", equalTo("kcc-3"))
                .extract().path("id");
        gesprek(eerste);
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/gesprekken/" + eerste).then().statusCode(200)
                .body("status", equalTo("VERPLAATST")).body("opvolgerId", equalTo(tweede)).body("statusDoor", equalTo("kcc-3"));
        JsonPath a = aanvraag(id);
        assertEquals(tweede, a.getString("gesprek.id"));
        assertEquals("2027-09-13", a.getString("gesprek.datum"));
        // the freed slot goes to the next client
        String ander = inGesprek("1020CE", email());
        assertEquals("2027-09-09", aanvraag(ander).getString("gesprek.datum"));
        assertTrue(aanvraag(ander).getString("gesprek.tijd").startsWith("09:00"), "the slot the first one left");
        // a moved conversation is not moved twice
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("reden", "nogmaals"))
                .post("/api/v1/gesprekken/" + eerste + "/herplanning").then().statusCode(409).body("detail", containsString("VERPLAATST"));

        // the day after: the client did not come
        clock.setToday(LocalDate.of(2027, 9, 14));
        given().auth().oauth2(Tokens.voor("consulent", "consulent-7")).post("/api/v1/gesprekken/" + tweede + "/niet-verschenen").then()
                .statusCode(200).body("status", equalTo("NIET_VERSCHENEN")).body("statusDoor", equalTo("consulent-7"));
        given().auth().oauth2(Tokens.voor("consulent")).post("/api/v1/gesprekken/" + tweede + "/niet-verschenen").then()
                .statusCode(409).body("detail", containsString("NIET_VERSCHENEN"));
        assertEquals("NIET_VERSCHENEN", aanvraag(id).getString("gesprek.status"));
        assertEquals("GESPREK_GEPLAND", aanvraag(id).getString("status"), "a no-show decides nothing by itself");

        // planned again after the no-show: 3 working days on (Friday 17 September); the missed one stays on record
        String derde = given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("reden", "niet verschenen, tweede uitnodiging"))
                .post("/api/v1/gesprekken/" + tweede + "/herplanning").then().statusCode(201)
                .body("datum", equalTo("2027-09-17")).extract().path("id");
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/gesprekken/" + tweede).then()
                .body("status", equalTo("NIET_VERSCHENEN")).body("opvolgerId", equalTo(derde));

        // the history of the aanvraag
        JsonPath historie = given().auth().oauth2(Tokens.voor("beheer")).queryParam("aanvraagId", id).get("/api/v1/gesprekken").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(eerste, tweede, derde), historie.getList("gesprekken.id"));
        assertEquals(List.of("VERPLAATST", "NIET_VERSCHENEN", "GEPLAND"), historie.getList("gesprekken.status"));

        // events: planned once, moved twice, missed once; each invitation by mail
        List<JsonPath> events = Stappen.events(id, 6);
        assertEquals(1, events.stream().filter(e -> e.getString("type").equals(AanvraagEvents.GESPREK_GEPLAND)).count());
        List<JsonPath> verplaatst = events.stream().filter(e -> e.getString("type").equals(GesprekEvents.VERPLAATST)).toList();
        assertEquals(List.of(tweede, derde), verplaatst.stream().map(e -> e.getString("data.gesprekId")).toList());
        assertEquals(eerste, verplaatst.get(0).getString("data.vorigGesprekId"));
        List<JsonPath> gemist = events.stream().filter(e -> e.getString("type").equals(GesprekEvents.NIET_VERSCHENEN)).toList();
        assertEquals(1, gemist.size());
        assertEquals(tweede, gemist.get(0).getString("data.gesprekId"));
        assertEquals("NIET_VERSCHENEN", gemist.get(0).getString("data.gesprekStatus"));
        await().atMost(Duration.ofSeconds(90)).until(() -> MailServer.get().ontvangenDoor(email).stream().map(MailServer::tekst)
                .filter(t -> t.contains("verplaatst")).count() == 2);
        assertTrue(MailServer.get().ontvangenDoor(email).stream().map(MailServer::tekst)
                .anyMatch(t -> t.contains("vrijdag 17 september 2027 om 09:00 uur")));

        // the decision: the conversation took place; nothing to plan any more
        given().auth().oauth2(Tokens.voor("rechtmatigheid")).contentType(ContentType.JSON)
                .body(Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", false))
                .post("/api/v1/aanvragen/" + id + "/besluit").then().statusCode(200).body("gesprek.status", equalTo("GEVOERD"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("reden", "te laat"))
                .post("/api/v1/gesprekken/" + derde + "/herplanning").then().statusCode(409).body("detail", containsString("TOEGEKEND"));
        given().auth().oauth2(Tokens.voor("consulent")).post("/api/v1/gesprekken/" + derde + "/niet-verschenen").then()
                .statusCode(409).body("detail", containsString("GEVOERD"));

        // the other client withdraws: the slot is free again, the conversation stays listed as cancelled
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("reden", "INGETROKKEN"))
                .post("/api/v1/aanvragen/" + ander + "/uitstroom").then().statusCode(200);
        JsonPath negen = agenda("2027-09-09", "proef");
        assertEquals(List.of("GEANNULEERD"), negen.getList("gesprekken.findAll { it.aanvraagId == '" + ander + "' }.status"));
        assertEquals(0, negen.getInt("teams[0].bezet"), "moved and cancelled free their slots");

        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klantId).queryParam("size", 1000).get("/api/v1/audit").then()
                .statusCode(200).body("items.reden", hasItem("agenda gesprekken")).body("items.reden", hasItem("niet verschenen vastleggen"));
    }

    @Test
    void eenGesprekVanVoorDeAgendaTeltMeeInDeCapaciteit() {
        clock.setToday(LocalDate.of(2027, 11, 1)); // Monday: from Thursday 4 November
        String oud = ingediend("1040GH", email());
        // as V6 carries over a conversation planned before the agenda: a slot number above the capacity
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO gesprek (id, aanvraag_id, klant_id, team, datum, slot, tijdstip, duur_minuten, status, gepland_op, gepland_door)
                SELECT gen_random_uuid(), id, klant_id, 'proef', DATE '2027-11-04', 10001, TIMESTAMPTZ '2027-11-04 10:00:00+01', 45,
                       'GEPLAND', ingediend_op, 'intake-service' FROM aanvraag WHERE id = ?1""").setParameter(1, UUID.fromString(oud)).executeUpdate());
        String eerste = inGesprek("1040GJ", email());
        String tweede = inGesprek("1040GK", email());
        assertEquals("2027-11-04", aanvraag(eerste).getString("gesprek.datum"));
        assertEquals("2027-11-05", aanvraag(tweede).getString("gesprek.datum"), "two a day, the carried-over one included");
        JsonPath donderdag = agenda("2027-11-04", "proef");
        assertEquals(2, donderdag.getInt("teams[0].bezet"));
        assertEquals(0, donderdag.getInt("teams[0].vrij"));
    }

    @Test
    void rollenFouteInvoerEnOnbekendeGesprekken() {
        for (String rol : new String[]{"consulent", "beheer"}) {
            given().auth().oauth2(Tokens.voor(rol)).queryParam("datum", "2027-04-23").get("/api/v1/gesprekken").then().statusCode(200);
        }
        for (String rol : new String[]{"kcc", "portaal", "rechtmatigheid", "matcher"}) {
            given().auth().oauth2(Tokens.voor(rol)).queryParam("datum", "2027-04-23").get("/api/v1/gesprekken").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).queryParam("datum", "2027-04-23").get("/api/v1/gesprekken").then().statusCode(403);
        given().queryParam("datum", "2027-04-23").get("/api/v1/gesprekken").then().statusCode(401);
        given().auth().oauth2(Tokens.verlopen("consulent")).queryParam("datum", "2027-04-23").get("/api/v1/gesprekken").then().statusCode(401);

        given().auth().oauth2(Tokens.voor("consulent")).queryParam("datum", "2027-13-01").get("/api/v1/gesprekken").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", equalTo(List.of("datum")));
        given().auth().oauth2(Tokens.voor("consulent")).queryParam("datum", "2027-04-23").queryParam("team", "atlantis")
                .get("/api/v1/gesprekken").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("team"))).body("invalidParams[0].reason", containsString("werkplein"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/gesprekken").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("datum")));
        given().auth().oauth2(Tokens.voor("consulent")).queryParam("aanvraagId", "geen-uuid").get("/api/v1/gesprekken").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("aanvraagId")));

        String onbekend = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/gesprekken/" + onbekend).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.voor("consulent")).post("/api/v1/gesprekken/" + onbekend + "/niet-verschenen").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("reden", "x"))
                .post("/api/v1/gesprekken/" + onbekend + "/herplanning").then().statusCode(404);

        for (String rol : new String[]{"kcc", "beheer", "rechtmatigheid"}) {
            given().auth().oauth2(Tokens.voor(rol)).post("/api/v1/gesprekken/" + onbekend + "/niet-verschenen").then().statusCode(403);
        }
        for (String rol : new String[]{"beheer", "rechtmatigheid", "portaal"}) {
            given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body(Map.of("reden", "x"))
                    .post("/api/v1/gesprekken/" + onbekend + "/herplanning").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).contentType(ContentType.JSON).body(Map.of("reden", "x"))
                .post("/api/v1/gesprekken/" + onbekend + "/herplanning").then().statusCode(403);
        given().post("/api/v1/gesprekken/" + onbekend + "/niet-verschenen").then().statusCode(401);

        // bad bodies for a real conversation
        String id = inGesprek("1030EF", email());
        String gesprek = aanvraag(id).getString("gesprek.id");
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/gesprekken/" + gesprek + "/herplanning").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("reden"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("reden", "x", "vanaf", LocalDate.now(clock).toString()))
                .post("/api/v1/gesprekken/" + gesprek + "/herplanning").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("vanaf")));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body("{\"reden\":\"x\",\"vanaf\":\"volgende week\"}")
                .post("/api/v1/gesprekken/" + gesprek + "/herplanning").then().statusCode(400)
                .body("invalidParams.name", hasItem("vanaf"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/gesprekken/" + gesprek).then().statusCode(200)
                .body("status", equalTo("GEPLAND")).body("opvolgerId", equalTo(null));
    }
}
