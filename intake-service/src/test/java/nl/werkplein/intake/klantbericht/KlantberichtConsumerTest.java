package nl.werkplein.intake.klantbericht;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import io.restassured.path.json.JsonPath;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.MailServer;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Another service writes to a client through intake, the only holder of the e-mail address: over real SMTP, once. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class KlantberichtConsumerTest {

    static String verzoek(String type, UUID klantId, UUID berichtId, String onderwerp) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:ecoach-service",
                 "type":"%s","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","berichtId":"%s","onderwerp":"%s","tekst":"Welkom op maandag 7 december om 10:00 in de Werkplein-zaal."}}"""
                .formatted(UUID.randomUUID(), type, klantId, klantId, berichtId, onderwerp);
    }

    @Test
    void eenVerzochtBerichtKomtEenKeerAanBijHetAdresVanDeKlant() {
        String email = "bericht-" + UUID.randomUUID() + "@example.nl";
        UUID klantId = UUID.fromString(given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body(Map.of("bsn", TestBsn.volgende(), "geboortedatum", "1980-04-01", "email", email, "postcode", "9731AB",
                        "startkwalificatie", true))
                .post("/api/v1/aanvragen").then().statusCode(201).extract().path("klantId"));
        UUID berichtId = UUID.randomUUID();
        String event = verzoek("nl.werkplein.ecoach.mail-verzocht", klantId, berichtId, "Uitnodiging collectieve voorlichting");
        KafkaTestClient.send("werkplein.ecoach.trajecten.v1", klantId.toString(), event);
        // the same request again, as a new event with the same berichtId: still one mail
        KafkaTestClient.send("werkplein.ecoach.trajecten.v1", klantId.toString(),
                verzoek("nl.werkplein.ecoach.mail-verzocht", klantId, berichtId, "Uitnodiging collectieve voorlichting"));
        KafkaTestClient.send("werkplein.screening.indelingen.v1", klantId.toString(),
                verzoek("nl.werkplein.screening.mail-verzocht", klantId, UUID.randomUUID(), "Vul de Entreevragenlijst in"));

        // generous: an SMTP session to the in-JVM GreenMail sometimes stalls 30 s before the retry (known, see the note)
        await().atMost(Duration.ofSeconds(90)).until(() -> MailServer.get().ontvangenDoor(email).size() >= 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> MailServer.get().ontvangenDoor(email).size() == 2);
        List<MimeMessage> mails = MailServer.get().ontvangenDoor(email);
        List<String> onderwerpen = mails.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
        assertEquals(List.of("Uitnodiging collectieve voorlichting", "Vul de Entreevragenlijst in"), onderwerpen);
        assertTrue(mails.stream().anyMatch(m -> MailServer.tekst(m).contains("Werkplein-zaal")));
    }

    @Test
    void hetVerzondenBerichtWordtEenKeerBevestigdAanDeVrager() {
        String email = "bevestigd-" + UUID.randomUUID() + "@example.nl";
        UUID klantId = UUID.fromString(given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body(Map.of("bsn", TestBsn.volgende(), "geboortedatum", "1980-04-01", "email", email, "postcode", "9731AB",
                        "startkwalificatie", true))
                .post("/api/v1/aanvragen").then().statusCode(201).extract().path("klantId"));
        UUID berichtId = UUID.randomUUID();
        KafkaTestClient.send("werkplein.screening.indelingen.v1", klantId.toString(),
                verzoek("nl.werkplein.screening.mail-verzocht", klantId, berichtId, "Uitnodiging herscreening"));
        KafkaTestClient.send("werkplein.screening.indelingen.v1", klantId.toString(),
                verzoek("nl.werkplein.screening.mail-verzocht", klantId, berichtId, "Uitnodiging herscreening"));
        var resultaten = KafkaTestClient.collect(AanvraagEvents.TOPIC, r -> r.value().contains("\"subject\":\"" + berichtId + "\""), 1,
                Duration.ofSeconds(45));
        assertEquals(1, resultaten.size(), "one answer per berichtId");
        assertEquals(klantId.toString(), resultaten.get(0).key());
        var event = JsonPath.from(resultaten.get(0).value());
        assertEquals("nl.werkplein.intake.bericht-verzonden", event.getString("type"));
        assertEquals(klantId.toString(), event.getString("data.klantId"));
        assertEquals(berichtId.toString(), event.getString("data.berichtId"));
        assertEquals("nl.werkplein.screening.mail-verzocht", event.getString("data.verzoekType"));
        assertEquals("EMAIL", event.getString("data.kanaal"));
        assertTrue(event.getString("data.verzondenOp") != null);
        assertFalse(resultaten.get(0).value().contains(email), "no e-mail address in an event");
        assertEquals(1, MailServer.get().ontvangenDoor(email).size(), "sent before it was confirmed, once");
    }

    @Test
    void eenVerzoekVoorEenOnbekendeKlantKrijgtBerichtNietVerzondenEnGeenDeadLetter() {
        UUID onbekend = UUID.randomUUID();
        UUID berichtId = UUID.randomUUID();
        KafkaTestClient.send("werkplein.ecoach.trajecten.v1", onbekend.toString(),
                verzoek("nl.werkplein.ecoach.mail-verzocht", onbekend, berichtId, "x"));
        KafkaTestClient.send("werkplein.ecoach.trajecten.v1", onbekend.toString(),
                verzoek("nl.werkplein.ecoach.mail-verzocht", onbekend, berichtId, "x"));
        var resultaten = KafkaTestClient.collect(AanvraagEvents.TOPIC, r -> r.value().contains("\"subject\":\"" + berichtId + "\""), 1,
                Duration.ofSeconds(45));
        assertEquals(1, resultaten.size(), "answered once per berichtId");
        var event = JsonPath.from(resultaten.get(0).value());
        assertEquals("nl.werkplein.intake.bericht-niet-verzonden", event.getString("type"));
        assertEquals("ONBEKENDE_KLANT", event.getString("data.reden"));
        assertEquals("nl.werkplein.ecoach.mail-verzocht", event.getString("data.verzoekType"));
        assertEquals(onbekend.toString(), event.getString("data.klantId"));
        assertTrue(KafkaTestClient.collect("werkplein.ecoach.trajecten.v1.dlq", r -> r.key().equals(onbekend.toString()), 1,
                Duration.ofSeconds(3)).isEmpty(), "not a dead letter");
    }

    @Test
    void eenBestandsklantZonderEmailadresKrijgtGeenEmailadres() {
        String bsn = TestBsn.volgende();
        String importId = given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(List.of(Map.of("bsn", bsn, "geboortedatum", "1970-01-15", "postcode", "9742AB", "regeling", "WWB")))
                .post("/api/v1/bestandsklanten").then().statusCode(200).body("geaccepteerd", org.hamcrest.Matchers.equalTo(1))
                .extract().path("importId");
        // the klantId of that BSN, from the import's event
        var geregistreerd = KafkaTestClient.collect(AanvraagEvents.TOPIC, r -> r.value().contains(importId), 1, Duration.ofSeconds(30));
        assertEquals(1, geregistreerd.size());
        UUID klantId = UUID.fromString(JsonPath.from(geregistreerd.get(0).value()).getString("data.klantId"));
        UUID berichtId = UUID.randomUUID();
        KafkaTestClient.send("werkplein.screening.indelingen.v1", klantId.toString(),
                verzoek("nl.werkplein.screening.mail-verzocht", klantId, berichtId, "Uitnodiging herscreening"));
        var resultaten = KafkaTestClient.collect(AanvraagEvents.TOPIC, r -> r.value().contains("\"subject\":\"" + berichtId + "\""), 1,
                Duration.ofSeconds(45));
        assertEquals(1, resultaten.size());
        assertEquals("GEEN_EMAILADRES", JsonPath.from(resultaten.get(0).value()).getString("data.reden"));
    }
}
