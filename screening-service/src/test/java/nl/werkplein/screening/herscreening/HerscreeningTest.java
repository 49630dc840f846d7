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
        voortgang(importId).body("uitgenodigd", equalTo(0)).body("wachtOpTraject", equalTo(1)).body("nogUitTeNodigen", equalTo(5));

        // week 1: three invitations, and no more that week however often the planner runs
        assertEquals(3, planner.plan());
        assertEquals(0, planner.plan());
        voortgang(importId).body("uitgenodigd", equalTo(3)).body("nogUitTeNodigen", equalTo(2));
        var mails = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.value().contains("mail-verzocht")
                && klanten.contains(UUID.fromString(r.key())), 3, Duration.ofSeconds(20));
        assertEquals(3, mails.size());
        assertTrue(mails.get(0).value().contains("Entreevragenlijst") && !mails.get(0).value().contains("@"), mails.get(0).value());

        // week 2: the last two without a trajectory; the one in a trajectory waits for its end
        clock.advance(Duration.ofDays(7));
        assertEquals(2, planner.plan());
        voortgang(importId).body("uitgenodigd", equalTo(5)).body("wachtOpTraject", equalTo(1)).body("nogUitTeNodigen", equalTo(0));
        clock.advance(Duration.ofDays(7)); // 14 days on: the trajectory ended
        assertEquals(1, planner.plan());
        voortgang(importId).body("uitgenodigd", equalTo(6)).body("wachtOpTraject", equalTo(0));
        Set<String> uitgenodigd = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.value().contains("mail-verzocht")
                        && (klanten.contains(UUID.fromString(r.key())) || r.key().equals(inTraject.toString())), 7, Duration.ofSeconds(10))
                .stream().map(r -> r.key()).collect(Collectors.toSet());
        assertEquals(6, uitgenodigd.size(), "each client invited once");

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

    @Test
    void rollenEnOnbekendeImport() {
        given().auth().oauth2(Tokens.voor("klant", UUID.randomUUID())).get("/api/v1/herscreeningen").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/herscreeningen/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/herscreeningen/geen-uuid").then().statusCode(404);
        given().auth().oauth2(Tokens.voor("consulent")).queryParam("page", 0).get("/api/v1/herscreeningen").then().statusCode(400)
                .body("invalidParams.name", hasItem("page"));
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
