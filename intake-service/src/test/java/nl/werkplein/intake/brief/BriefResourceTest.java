package nl.werkplein.intake.brief;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18.1: a message another service asks intake to send reaches a client without an e-mail
 * address as a letter in the print queue; the requester hears it was sent (bericht-verzonden, kanaal
 * BRIEF) once the print street marked it, once. Over the real broker and database.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class BriefResourceTest {

    static final String SCREENING = "werkplein.screening.indelingen.v1";
    static final String TEKST = "Beste klant,\\n\\nVul de Entreevragenlijst in via https://werkplein.example.nl (log in met DigiD).\\n\\nMet vriendelijke groet,\\nWerk en Participatie";

    @Inject
    BriefService brieven;

    record Klant(UUID klantId, String bsn) {
    }

    /** A client of the existing caseload, imported without an e-mail address. */
    static Klant bestandsklantZonderEmail() {
        String bsn = TestBsn.volgende();
        String importId = given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON)
                .body(List.of(Map.of("bsn", bsn, "geboortedatum", "1968-03-02", "postcode", "9731AB", "regeling", "WWB")))
                .post("/api/v1/bestandsklanten").then().statusCode(200).body("geaccepteerd", equalTo(1)).extract().path("importId");
        var geregistreerd = KafkaTestClient.collect(AanvraagEvents.TOPIC, r -> r.value().contains(importId), 1, Duration.ofSeconds(30));
        assertEquals(1, geregistreerd.size());
        return new Klant(UUID.fromString(JsonPath.from(geregistreerd.get(0).value()).getString("data.klantId")), bsn);
    }

    static void postadres(UUID klantId) {
        given().auth().oauth2(Tokens.voor("kcc")).contentType(ContentType.JSON)
                .body(Map.of("naam", "J. de Vries", "adresregel", "Hoofdstraat 1", "postcode", "9731ab", "woonplaats", "Groningen"))
                .put("/api/v1/postadressen/" + klantId).then().statusCode(200)
                .body("postcode", equalTo("9731 AB")).body("regels", equalTo(List.of("J. de Vries", "Hoofdstraat 1", "9731 AB  GRONINGEN")));
    }

    static void verzoek(UUID klantId, UUID berichtId, String onderwerp) {
        KafkaTestClient.send(SCREENING, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:screening-service",
                 "type":"nl.werkplein.screening.mail-verzocht","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","berichtId":"%s","onderwerp":"%s","tekst":"%s"}}"""
                .formatted(UUID.randomUUID(), klantId, klantId, berichtId, onderwerp, TEKST));
    }

    /** The id of the client's letter once it is in the queue with this subject. */
    static String brief(UUID klantId, String onderwerp) {
        return await().atMost(Duration.ofSeconds(45)).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klantId.toString())
                    .queryParam("size", 100).get("/api/v1/brieven").then().statusCode(200).extract().path("items");
            return items.stream().filter(i -> onderwerp.equals(i.get("onderwerp"))).map(i -> (String) i.get("id")).findFirst().orElse(null);
        }, notNullValue());
    }

    static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> uitkomsten(UUID berichtId, int verwacht, int seconden) {
        return KafkaTestClient.collect(AanvraagEvents.TOPIC, r -> r.value().contains("\"subject\":\"" + berichtId + "\""), verwacht,
                Duration.ofSeconds(seconden));
    }

    static String tekstVan(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void eenBerichtVoorEenKlantZonderEmailWordtEenBriefDieEenKeerAlsVerzondenWordtGemeld() throws IOException {
        Klant klant = bestandsklantZonderEmail();
        postadres(klant.klantId());
        UUID berichtId = UUID.randomUUID();
        verzoek(klant.klantId(), berichtId, "Vul de Entreevragenlijst in");
        String id = brief(klant.klantId(), "Vul de Entreevragenlijst in");

        given().auth().oauth2(Tokens.voor("beheer")).queryParam("status", "TE_VERSTUREN").queryParam("size", 1000).get("/api/v1/brieven")
                .then().statusCode(200).body("items.id", hasItem(id)).body("page", equalTo(1));
        // waiting in the print queue is not sent: no answer to the requester yet
        assertTrue(uitkomsten(berichtId, 1, 3).isEmpty(), "no outcome while the letter waits");

        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/brieven/" + id).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", equalTo("TE_VERSTUREN")).body("klantId", equalTo(klant.klantId().toString()))
                .body("adres.naam", equalTo("J. de Vries"))
                .body("adres.regels", equalTo(List.of("J. de Vries", "Hoofdstraat 1", "9731 AB  GRONINGEN")))
                .body("tekst", containsString("log in met DigiD")).body("pdf", equalTo("/api/v1/brieven/" + id + "/pdf"))
                .body("verstuurdOp", equalTo(null));

        byte[] pdf = given().auth().oauth2(Tokens.voor("beheer")).accept("application/pdf").get("/api/v1/brieven/" + id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String tekst = tekstVan(pdf);
        for (String verwacht : List.of("J. de Vries", "Hoofdstraat 1", "9731 AB  GRONINGEN", "Onderwerp: Vul de Entreevragenlijst in",
                "log in met DigiD", "Kenmerk " + id)) {
            assertTrue(tekst.contains(verwacht), verwacht + " not in the letter:\n" + tekst);
        }
        assertFalse(tekst.contains(klant.bsn()), "no BSN in a letter");
        byte[] ookPdf = given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/brieven/" + id + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertTrue(tekstVan(ookPdf).contains("Onderwerp: Vul de Entreevragenlijst in"));

        // the print street marks it sent, twice: one outcome
        String verstuurdOp = given().auth().oauth2(Tokens.voor("beheer", "printstraat")).post("/api/v1/brieven/" + id + "/verzending")
                .then().statusCode(200).body("status", equalTo("VERSTUURD")).body("verstuurdOp", notNullValue())
                .extract().path("verstuurdOp");
        given().auth().oauth2(Tokens.voor("beheer", "printstraat")).post("/api/v1/brieven/" + id + "/verzending")
                .then().statusCode(200).body("status", equalTo("VERSTUURD")).body("verstuurdOp", equalTo(verstuurdOp));
        var uitkomst = uitkomsten(berichtId, 1, 30);
        assertEquals(1, uitkomst.size(), "one outcome per letter");
        assertEquals(klant.klantId().toString(), uitkomst.get(0).key());
        var event = JsonPath.from(uitkomst.get(0).value());
        assertEquals("nl.werkplein.intake.bericht-verzonden", event.getString("type"));
        assertEquals("BRIEF", event.getString("data.kanaal"));
        assertEquals("nl.werkplein.screening.mail-verzocht", event.getString("data.verzoekType"));
        assertEquals(berichtId.toString(), event.getString("data.berichtId"));
        assertEquals(verstuurdOp, nl.werkplein.platform.time.DateTimes.format(java.time.OffsetDateTime.parse(event.getString("data.verzondenOp"))));
        for (String geheim : List.of(klant.bsn(), "Hoofdstraat", "de Vries", "9731")) {
            assertFalse(uitkomst.get(0).value().contains(geheim), "the address and BSN stay in intake: " + geheim);
        }

        // the same request again (a new event, the same berichtId): still one letter, no second outcome
        verzoek(klant.klantId(), berichtId, "Vul de Entreevragenlijst in");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(Tokens.voor("beheer"))
                .queryParam("klantId", klant.klantId().toString()).get("/api/v1/brieven").then().statusCode(200)
                .body("totaal", equalTo(1)).body("items[0].status", equalTo("VERSTUURD")));
        assertEquals(1, uitkomsten(berichtId, 2, 3).size());
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("status", "TE_VERSTUREN").queryParam("size", 1000).get("/api/v1/brieven")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        // every read of the letter is in the audit log
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klant.klantId().toString()).queryParam("size", 1000)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.resource == 'brief' && it.recordId == '" + id + "' }.reden",
                        hasItems("brief aan een klant zonder e-mailadres", "afdrukwachtrij inzien", "brief inzien",
                                "brief als PDF afdrukken", "brief verstuurd"))
                .body("items.findAll { it.reden == 'brief verstuurd' }[0].actor", equalTo("printstraat"))
                .body("items.findAll { it.resource == 'postadres' }.reden", hasItems("postadres vastleggen", "brief adresseren"));
    }

    @Test
    void eenIngetrokkenBriefGaatNietDeDeurUitEnEenVerstuurdeIsNietInTeTrekken() {
        Klant klant = bestandsklantZonderEmail();
        postadres(klant.klantId());
        UUID ingetrokken = UUID.randomUUID();
        UUID verstuurd = UUID.randomUUID();
        verzoek(klant.klantId(), ingetrokken, "Uitnodiging voorlichting");
        verzoek(klant.klantId(), verstuurd, "Uitnodiging herscreening");
        String eerste = brief(klant.klantId(), "Uitnodiging voorlichting");
        String tweede = brief(klant.klantId(), "Uitnodiging herscreening");

        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("reden", "Klant is verhuisd"))
                    .post("/api/v1/brieven/" + eerste + "/intrekking").then().statusCode(200)
                    .body("status", equalTo("INGETROKKEN")).body("intrekkingReden", equalTo("Klant is verhuisd"));
        }
        given().auth().oauth2(Tokens.voor("beheer")).post("/api/v1/brieven/" + eerste + "/verzending").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("INGETROKKEN"));
        var uitkomst = uitkomsten(ingetrokken, 1, 30);
        assertEquals(1, uitkomst.size());
        assertEquals("nl.werkplein.intake.bericht-niet-verzonden", JsonPath.from(uitkomst.get(0).value()).getString("type"));
        assertEquals("BRIEF_INGETROKKEN", JsonPath.from(uitkomst.get(0).value()).getString("data.reden"));

        given().auth().oauth2(Tokens.voor("beheer")).post("/api/v1/brieven/" + tweede + "/verzending").then().statusCode(200);
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(Map.of("reden", "te laat"))
                .post("/api/v1/brieven/" + tweede + "/intrekking").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("VERSTUURD"));
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/brieven/" + tweede).then().statusCode(200)
                .body("status", equalTo("VERSTUURD")).body("ingetrokkenOp", equalTo(null));
        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klant.klantId().toString()).queryParam("status", "INGETROKKEN")
                .get("/api/v1/brieven").then().statusCode(200).body("totaal", equalTo(1)).body("items[0].id", equalTo(eerste));
    }

    @Test
    void hetBriefadresVanDeAanvraagOfHetLaatstVastgelegdePostadresIsHetAdres() {
        String bsn = TestBsn.volgende();
        UUID klantId = UUID.fromString(given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body(Map.of("bsn", bsn, "geboortedatum", "1980-04-01", "email", "spreekuur-" + UUID.randomUUID() + "@example.nl",
                        "kanaal", "SPREEKUUR", "briefadres", "Stichting De Brug, Postbus 30026, 9700 RM Groningen", "startkwalificatie", true))
                .post("/api/v1/aanvragen").then().statusCode(201).extract().path("klantId"));
        assertEquals(List.of("Stichting De Brug", "Postbus 30026", "9700 RM Groningen"), brieven.adresVan(klantId).orElseThrow().regels());
        postadres(klantId);
        assertEquals(List.of("J. de Vries", "Hoofdstraat 1", "9731 AB  GRONINGEN"), brieven.adresVan(klantId).orElseThrow().regels(),
                "the address recorded later counts");
        assertTrue(brieven.adresVan(UUID.randomUUID()).isEmpty());
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/postadressen/" + klantId).then().statusCode(200)
                .body("naam", equalTo("J. de Vries")).body("woonplaats", equalTo("Groningen"));
    }

    @Test
    void alleenBeheerZietDeBrieven() {
        given().get("/api/v1/brieven").then().statusCode(401).contentType("application/problem+json");
        given().accept("application/pdf").get("/api/v1/brieven/" + UUID.randomUUID()).then().statusCode(401);
        for (String rol : List.of("consulent", "kcc", "portaal")) {
            given().auth().oauth2(Tokens.voor(rol)).get("/api/v1/brieven").then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).get("/api/v1/brieven").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/brieven/" + UUID.randomUUID() + "/pdf").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("kcc")).post("/api/v1/brieven/" + UUID.randomUUID() + "/verzending").then().statusCode(403);
        given().post("/api/v1/brieven/" + UUID.randomUUID() + "/verzending").then().statusCode(401);
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("reden", "x"))
                .post("/api/v1/brieven/" + UUID.randomUUID() + "/intrekking").then().statusCode(403);
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("adresregel", "Hoofdstraat 1", "postcode", "9731AB", "woonplaats", "Groningen"))
                .put("/api/v1/postadressen/" + UUID.randomUUID()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("adresregel", "Hoofdstraat 1", "postcode", "9731AB", "woonplaats", "Groningen"))
                .put("/api/v1/postadressen/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void ongeldigeInvoerIs400EnOnbekendIs404() {
        String beheer = Tokens.voor("beheer");
        given().auth().oauth2(beheer).queryParam("status", "KWIJT").queryParam("klantId", "geen-uuid").queryParam("size", 5000)
                .get("/api/v1/brieven").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItems("status", "klantId", "size"));
        given().auth().oauth2(beheer).queryParam("page", 0).get("/api/v1/brieven").then().statusCode(400)
                .body("invalidParams.name", hasItem("page"));
        UUID onbekend = UUID.randomUUID();
        given().auth().oauth2(beheer).get("/api/v1/brieven/" + onbekend).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(beheer).accept("application/pdf").get("/api/v1/brieven/" + onbekend).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(beheer).get("/api/v1/brieven/" + onbekend + "/pdf").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(beheer).post("/api/v1/brieven/" + onbekend + "/verzending").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(beheer).contentType(ContentType.JSON).body(Map.of("reden", "x"))
                .post("/api/v1/brieven/" + onbekend + "/intrekking").then().statusCode(404);
        given().auth().oauth2(beheer).contentType(ContentType.JSON).body(Map.of("reden", " "))
                .post("/api/v1/brieven/" + onbekend + "/intrekking").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("reden"));
        given().auth().oauth2(beheer).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/brieven/" + onbekend + "/intrekking").then().statusCode(400).body("invalidParams.name", hasItem("reden"));

        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("naam", "x".repeat(101), "postcode", "0000XX", "woonplaats", "Groningen"))
                .put("/api/v1/postadressen/" + onbekend).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItems("naam", "adresregel", "postcode"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("adresregel", "Hoofdstraat 1\nPostbus 2", "postcode", "9731AB", "woonplaats", "Groningen"))
                .put("/api/v1/postadressen/" + onbekend).then().statusCode(400).body("invalidParams.name", hasItem("adresregel"));
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("adresregel", "Hoofdstraat 1", "postcode", "9731AB", "woonplaats", "Groningen"))
                .put("/api/v1/postadressen/" + onbekend).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/postadressen/" + onbekend).then().statusCode(404);
    }
}
