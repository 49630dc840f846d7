package nl.werkplein.screening.herscreening;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.werkplein.screening.indeling.IndelingEvents;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.MovableClock;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Domain.md §2.6: the existing caseload re-screened in phases (3 a week in tests), trajectories first, Wsw to Klantondersteuning. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class HerscreeningTest {

    static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";

    @Inject
    MovableClock clock;
    @Inject
    HerscreeningPlanner planner;
    @Inject
    jakarta.persistence.EntityManager em;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    static void registreer(UUID klantId, UUID importId, String regeling, LocalDate lopendTrajectTot) {
        KafkaTestClient.send(AANVRAGEN, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.bestandsklant-geregistreerd","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","leeftijd":51,"postcode4":"9742","regeling":"%s","importId":"%s"%s}}"""
                .formatted(UUID.randomUUID(), klantId, klantId, regeling, importId,
                        lopendTrajectTot == null ? "" : ",\"lopendTrajectTot\":\"" + lopendTrajectTot + "\""));
    }

    /** Invites whoever earlier tests left in the caseload, a week at a time, so this test starts from an empty queue. */
    void leegDeWachtrij() {
        for (int week = 0; week < 100; week++) {
            clock.advance(Duration.ofDays(7));
            if (planner.plan() == 0) {
                return;
            }
        }
        throw new AssertionError("the caseload queue did not empty");
    }

    io.restassured.response.ValidatableResponse voortgang(UUID importId) {
        return given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/herscreeningen/" + importId).then().statusCode(200);
    }

    @Test
    void inFasenPerWeekEnNaEenLopendTraject() {
        await().atMost(Duration.ofSeconds(30)).until(() -> planner.plan() >= 0); // the schema is there
        leegDeWachtrij();
        UUID importId = UUID.randomUUID();
        List<UUID> klanten = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID klantId = UUID.randomUUID();
            klanten.add(klantId);
            registreer(klantId, importId, i == 0 ? "WSW" : "WWB", null);
        }
        UUID inTraject = UUID.randomUUID();
        registreer(inTraject, importId, "WWB", LocalDate.now(clock).plusDays(10));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> voortgang(importId).body("klanten", equalTo(6)));
        voortgang(importId).body("uitgenodigd", equalTo(0)).body("wachtOpTraject", equalTo(1)).body("nogUitTeNodigen", equalTo(5))
                .body("nietVerzonden", equalTo(0));

        // week 1: three invitations requested, and no more that week however often the planner runs
        assertEquals(3, planner.plan());
        assertEquals(0, planner.plan());
        voortgang(importId).body("uitgenodigd", equalTo(0)).body("uitnodigingGevraagd", equalTo(3)).body("nogUitTeNodigen", equalTo(2));
        var mails = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.value().contains("mail-verzocht")
                && klanten.contains(UUID.fromString(r.key())), 3, Duration.ofSeconds(20));
        assertEquals(3, mails.size());
        assertTrue(mails.get(0).value().contains("Entreevragenlijst") && !mails.get(0).value().contains("@"), mails.get(0).value());

        // counted as sent only once intake says so; one could not be sent: reported, and its place in the week is free again
        antwoord(mails.get(0).key(), berichtId(mails.get(0).value()), true);
        antwoord(mails.get(1).key(), berichtId(mails.get(1).value()), true);
        UUID mislukt = UUID.fromString(mails.get(2).key());
        antwoord(mislukt.toString(), berichtId(mails.get(2).value()), false);
        antwoord(mails.get(0).key(), UUID.randomUUID(), true); // an answer to someone else's message changes nothing
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> voortgang(importId)
                .body("uitgenodigd", equalTo(2)).body("nietVerzonden", equalTo(1)).body("uitnodigingGevraagd", equalTo(0)));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/herscreeningen/" + importId + "/niet-verzonden").then()
                .statusCode(200).body("totaal", equalTo(1)).body("items[0].klantId", equalTo(mislukt.toString()))
                .body("items[0].reden", equalTo("GEEN_EMAILADRES"));
        given().auth().oauth2(Tokens.voor("klantondersteuner")).get("/api/v1/herscreeningen/" + importId + "/niet-verzonden").then()
                .statusCode(403);
        assertEquals(1, planner.plan(), "the failed invitation gave its place back");
        assertEquals(0, planner.plan());
        voortgang(importId).body("nogUitTeNodigen", equalTo(1)).body("uitnodigingGevraagd", equalTo(1));

        // week 2: the last one without a trajectory; the one in a trajectory waits for its end
        clock.advance(Duration.ofDays(7));
        assertEquals(1, planner.plan());
        voortgang(importId).body("wachtOpTraject", equalTo(1)).body("nogUitTeNodigen", equalTo(0));
        clock.advance(Duration.ofDays(7)); // 14 days on: the trajectory ended
        assertEquals(1, planner.plan());
        voortgang(importId).body("wachtOpTraject", equalTo(0));
        var alle = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.value().contains("mail-verzocht")
                && (klanten.contains(UUID.fromString(r.key())) || r.key().equals(inTraject.toString())), 6, Duration.ofSeconds(20));
        Set<String> uitgenodigd = alle.stream().map(r -> r.key()).collect(Collectors.toSet());
        assertEquals(6, uitgenodigd.size(), "each client invited once, the failed one not again");
        assertEquals(6, alle.size());
        Set<UUID> eerdereWeek = mails.stream().map(m -> berichtId(m.value())).collect(Collectors.toSet());
        for (var mail : alle) {
            if (!eerdereWeek.contains(berichtId(mail.value()))) {
                antwoord(mail.key(), berichtId(mail.value()), true);
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> voortgang(importId)
                .body("uitgenodigd", equalTo(5)).body("nietVerzonden", equalTo(1)).body("uitnodigingGevraagd", equalTo(0)));

        // the Wsw client who can work goes to Klantondersteuning, and is routed at once (existing caseload)
        UUID wsw = klanten.get(0);
        given().auth().oauth2(Tokens.klant(wsw)).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", antwoorden(5)))
                .post("/api/v1/klanten/" + wsw + "/entreevragenlijst").then().statusCode(201)
                .body("uitkomst", equalTo("ZELFDOENER")).body("toelichting", containsString("KLANTONDERSTEUNING"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + wsw + "/indeling").then()
                .body("lijn", equalTo("KLANTONDERSTEUNING")).body("doorgeleid", equalTo(true));
        voortgang(importId).body("beantwoord", equalTo(1)).body("doorgeleid", equalTo(1));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("size", 1000).get("/api/v1/herscreeningen").then().statusCode(200)
                .body("items.importId", hasItem(importId.toString()));
    }

    /**
     * Issue 18.1: a client without an e-mail address gets the invitation as a letter. While it waits in
     * intake's print queue intake says nothing, so it is not yet counted (and holds its place in the week);
     * it counts once the print street sent it (bericht-verzonden, kanaal BRIEF). A withdrawn letter is not
     * sent; an answer naming a channel screening does not know is not counted either.
     */
    @Test
    void eenUitnodigingPerBriefTeltPasAlsDeBriefVerstuurdIs() {
        await().atMost(Duration.ofSeconds(30)).until(() -> planner.plan() >= 0);
        // past every week in which an earlier test (the clock was reset after it) used the quota
        Object laatste = em.createNativeQuery("SELECT max(uitgenodigd_op) FROM herscreening_uitnodiging").getSingleResult();
        if (laatste != null) {
            java.time.Instant tot = laatste instanceof java.time.OffsetDateTime t ? t.toInstant()
                    : laatste instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) laatste;
            if (tot.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), tot).plusDays(7));
            }
        }
        leegDeWachtrij();
        UUID importId = UUID.randomUUID();
        List<UUID> klanten = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        klanten.forEach(k -> registreer(k, importId, "WWB", null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> voortgang(importId).body("klanten", equalTo(3)));
        assertEquals(3, planner.plan());
        var mails = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.value().contains("mail-verzocht")
                && klanten.contains(UUID.fromString(r.key())), 3, Duration.ofSeconds(20));
        assertEquals(3, mails.size());
        Map<UUID, UUID> bericht = mails.stream().collect(Collectors.toMap(m -> UUID.fromString(m.key()), m -> berichtId(m.value())));
        UUID perBrief = klanten.get(0);
        UUID ingetrokken = klanten.get(1);
        UUID onbekendKanaal = klanten.get(2);

        // the letters wait at the print street: nothing counted, every place in the week taken
        voortgang(importId).body("uitgenodigd", equalTo(0)).body("uitnodigingGevraagd", equalTo(3));
        assertEquals(0, planner.plan());

        // sent under perBrief's key: on the same partition as perBrief's answer, so handled before it
        antwoord(perBrief.toString(), bericht.get(onbekendKanaal), "\"kanaal\":\"DUIVENPOST\",\"verzondenOp\":\"2026-11-30T10:00:00Z\"", true);
        antwoord(ingetrokken.toString(), bericht.get(ingetrokken), "\"reden\":\"BRIEF_INGETROKKEN\"", false);
        antwoord(perBrief.toString(), bericht.get(perBrief), "\"kanaal\":\"BRIEF\",\"verzondenOp\":\"2026-11-30T10:00:00Z\"", true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> voortgang(importId)
                .body("uitgenodigd", equalTo(1)).body("nietVerzonden", equalTo(1)).body("uitnodigingGevraagd", equalTo(1)));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/herscreeningen/" + importId + "/niet-verzonden").then()
                .statusCode(200).body("totaal", equalTo(1)).body("items[0].klantId", equalTo(ingetrokken.toString()))
                .body("items[0].reden", equalTo("BRIEF_INGETROKKEN"));
        // the letter that went out stays sent, whatever comes after
        antwoord(perBrief.toString(), bericht.get(perBrief), "\"reden\":\"BRIEF_INGETROKKEN\"", false);
        antwoord(onbekendKanaal.toString(), bericht.get(onbekendKanaal), "\"kanaal\":\"EMAIL\",\"verzondenOp\":\"2026-11-30T11:00:00Z\"", true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> voortgang(importId)
                .body("uitgenodigd", equalTo(2)).body("nietVerzonden", equalTo(1)).body("uitnodigingGevraagd", equalTo(0)));
    }

    @Test
    void rollenEnOnbekendeImport() {
        given().auth().oauth2(Tokens.voor("klant", UUID.randomUUID())).get("/api/v1/herscreeningen").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/herscreeningen/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/herscreeningen/geen-uuid").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("consulent")).queryParam("page", 0).get("/api/v1/herscreeningen").then().statusCode(400)
                .body("invalidParams.name", hasItem("page"));
    }

    static UUID berichtId(String mailVerzocht) {
        return UUID.fromString(io.restassured.path.json.JsonPath.from(mailVerzocht).getString("data.berichtId"));
    }

    /** intake-service's answer to a mail-verzocht, as it publishes it. */
    static void antwoord(String klantId, UUID berichtId, boolean verzonden) {
        KafkaTestClient.send(AANVRAGEN, klantId, """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.%s","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","berichtId":"%s","verzoekType":"nl.werkplein.screening.mail-verzocht",%s}}"""
                .formatted(UUID.randomUUID(), verzonden ? "bericht-verzonden" : "bericht-niet-verzonden", berichtId, klantId, berichtId,
                        verzonden ? "\"kanaal\":\"EMAIL\",\"verzondenOp\":\"2026-11-30T10:00:00+01:00\"" : "\"reden\":\"GEEN_EMAILADRES\""));
    }

    /** An answer of intake with the given data fields after verzoekType. */
    static void antwoord(String klantId, UUID berichtId, String velden, boolean verzonden) {
        KafkaTestClient.send(AANVRAGEN, klantId, """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.%s","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","berichtId":"%s","verzoekType":"nl.werkplein.screening.mail-verzocht",%s}}"""
                .formatted(UUID.randomUUID(), verzonden ? "bericht-verzonden" : "bericht-niet-verzonden", berichtId, klantId, berichtId, velden));
    }

    static Map<String, Object> antwoorden(int schaal) {
        Map<String, Object> a = new HashMap<>();
        for (String d : List.of("K", "W", "C")) {
            for (int i = 1; i <= 4; i++) {
                a.put(d + i, schaal);
            }
        }
        return a;
    }
}
