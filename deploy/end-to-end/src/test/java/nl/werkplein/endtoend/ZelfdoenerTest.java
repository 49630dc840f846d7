package nl.werkplein.endtoend;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import nl.werkplein.testsupport.MailServer;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A zelfdoener's journey across three services over real Kafka: aanvraag (intake) → Entreevragenlijst
 * (screening) → benefit granted → routed → e-coach and voorlichting (ecoach) → the invitation mailed by
 * intake, the only holder of the address → the e-coach escalates → screening needs a new decision.
 */
class ZelfdoenerTest {

    static ServiceProcess intake;
    static ServiceProcess screening;
    static ServiceProcess ecoach;

    @BeforeAll
    static void start() throws Exception {
        Suite suite = Suite.get();
        intake = suite.intake;
        screening = suite.screening;
        ecoach = suite.ecoach;
    }

    @Test
    void vanAanvraagViaEcoachNaarEscalatie() throws Exception {
        String email = "zelfdoener-" + UUID.randomUUID() + "@example.nl";
        String bsn = TestBsn.volgende();
        Klantreis.Aanvraag aanvraag = Klantreis.aanvraagMetGesprek(intake, bsn, "1985-05-05", email);
        UUID klantId = aanvraag.klantId();
        Klantreis.alsZelfdoenerIngedeeld(screening, klantId);

        // provisional until the benefit is granted: no e-coach yet
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().baseUri(ecoach.url()).auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId).then().statusCode(404));
        Klantreis.toegekend(intake, aanvraag.id());

        // routed: a trajectory with an e-coach and a voorlichting, within seconds
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(ecoach.url()).auth().oauth2(Tokens.voor("beheer"))
                .get("/api/v1/trajecten/" + klantId).then().statusCode(200)
                .body("status", equalTo("ACTIEF")).body("ecoachId", notNullValue()).body("voorlichting.datum", notNullValue())
                .body("evaluatieGeplandOp", notNullValue()));
        String ecoachId = given().baseUri(ecoach.url()).auth().oauth2(Tokens.voor("beheer")).get("/api/v1/trajecten/" + klantId)
                .then().extract().path("ecoachId");
        given().baseUri(ecoach.url()).auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then().statusCode(200);
        given().baseUri(ecoach.url()).auth().oauth2(Tokens.klant(UUID.randomUUID())).get("/api/v1/trajecten/" + klantId).then().statusCode(404);

        // the invitation to the voorlichting reaches the client's mailbox through intake-service
        await().atMost(Duration.ofSeconds(60)).until(() -> MailServer.get().ontvangenDoor(email).stream().anyMatch(ZelfdoenerTest::isVoorlichting));
        MimeMessage uitnodiging = MailServer.get().ontvangenDoor(email).stream().filter(ZelfdoenerTest::isVoorlichting).findFirst().orElseThrow();
        assertTrue(MailServer.tekst(uitnodiging).toLowerCase().contains("voorlichting"));

        // the e-coach escalates: screening needs a new face-to-face decision
        given().baseUri(ecoach.url()).auth().oauth2(Tokens.voor("ecoach", UUID.fromString(ecoachId))).contentType(ContentType.JSON)
                .body(Map.of("reden", "heeft meer steun nodig bij solliciteren"))
                .post("/api/v1/trajecten/" + klantId + "/escalaties").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent"))
                .get("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200).body("lijn", nullValue()));
        String historie = given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent"))
                .get("/api/v1/klanten/" + klantId + "/indeling").then().extract().asString();
        assertTrue(historie.contains("heeft meer steun nodig bij solliciteren"), historie);

        for (ServiceProcess p : List.of(intake, screening, ecoach)) {
            assertFalse(p.log().contains(bsn), "no BSN in the log of " + p.service);
            assertFalse(p != intake && p.log().contains(email), "no e-mail address outside intake: " + p.service);
        }
        assertEquals(1, MailServer.get().ontvangenDoor(email).stream().filter(ZelfdoenerTest::isVoorlichting).count());
    }

    static boolean isVoorlichting(MimeMessage m) {
        try {
            return m.getSubject() != null && m.getSubject().toLowerCase().contains("voorlichting");
        } catch (Exception e) {
            return false;
        }
    }
}
