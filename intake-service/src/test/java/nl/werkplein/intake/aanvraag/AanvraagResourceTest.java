package nl.werkplein.intake.aanvraag;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class AanvraagResourceTest {


    static Map<String, Object> aanvraag(String bsn) {
        return Map.of("bsn", bsn, "geboortedatum", "1980-04-01", "email", "klant@example.nl", "postcode", "9731AB",
                "startkwalificatie", true);
    }

    static String indienen(String bsn) {
        return given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON).body(aanvraag(bsn))
                .post("/api/v1/aanvragen")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aanvraagWordtOpgeslagenEnAanvraagIngediendGaatZonderBsnOverKafka() {
        String bsn = TestBsn.volgende();
        var response = given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON).body(aanvraag(bsn))
                .post("/api/v1/aanvragen")
                .then().statusCode(201)
                .header("API-Version", "1.0.0")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Location", containsString("/api/v1/aanvragen/"))
                .body("status", equalTo("INGEDIEND"))
                .body("klantId", notNullValue())
                .body(not(containsString(bsn)))
                .extract();
        String klantId = response.path("klantId");
        String id = response.path("id");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.await(AanvraagEvents.TOPIC,
                r -> r.value().contains(id), Duration.ofSeconds(30));
        assertEquals(1, records.size(), "one aanvraag-ingediend event for the aanvraag");
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(klantId, record.key(), "client events are keyed by klantId");
        assertFalse(record.value().contains(bsn), "the BSN never appears in an event");
        assertFalse(record.value().toLowerCase().contains("bsn"), "no bsn field either");
        assertFalse(record.value().contains("klant@example.nl"), "no e-mail address in an event");
        var event = io.restassured.path.json.JsonPath.from(record.value());
        assertEquals("1.0", event.getString("specversion"));
        assertEquals("nl.werkplein.intake.aanvraag-ingediend", event.getString("type"));
        assertEquals(id, event.getString("subject"));
        assertEquals("urn:nld:oin:00000001001234567000:systeem:intake-service", event.getString("source"));
        assertEquals(klantId, event.getString("data.klantId"));
        assertEquals("9731", event.getString("data.postcode4"));
    }

    @Test
    void hetSpoorVanHetVerzoekReistMetHetEventMee() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(aanvraag(TestBsn.volgende()))
                .post("/api/v1/aanvragen")
                .then().statusCode(201).extract().path("id");
        List<ConsumerRecord<String, String>> records = KafkaTestClient.await(AanvraagEvents.TOPIC,
                r -> r.value().contains(id), Duration.ofSeconds(30));
        assertEquals(1, records.size());
        var header = records.get(0).headers().lastHeader("traceparent");
        org.junit.jupiter.api.Assertions.assertNotNull(header, "the outbox carries the W3C trace context to Kafka");
        org.junit.jupiter.api.Assertions.assertTrue(new String(header.value()).startsWith("00-" + traceId + "-"),
                "same trace as the HTTP request: " + new String(header.value()));
    }

    @Test
    void klantIdBlijftGelijkVoorDezelfdeBsnEnEenOpenAanvraagGeeft409() {
        String bsn = TestBsn.volgende();
        String id = indienen(bsn);
        String klantId = given().auth().oauth2(Tokens.voor("kcc")).get("/api/v1/aanvragen/" + id).then().statusCode(200)
                .extract().path("klantId");
        given().auth().oauth2(Tokens.voor("kcc")).contentType(ContentType.JSON).body(aanvraag(bsn))
                .post("/api/v1/aanvragen")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        assertEquals(klantId, given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id)
                .then().extract().path("klantId"));
    }

    @Test
    void ongeldigeBsnGeeft400ZonderDeBsnTeHerhalen() {
        given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON).body(aanvraag("123456789"))
                .post("/api/v1/aanvragen")
                .then().statusCode(400).contentType("application/problem+json")
                .header("API-Version", "1.0.0")
                .body("invalidParams.name", hasItem("bsn"))
                .body(not(containsString("123456789")));
    }

    @Test
    void alleFoutenTegelijk() {
        given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body(Map.of("bsn", "12", "email", "geen-mail", "postcode", "12345"))
                .post("/api/v1/aanvragen")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", notNullValue()).body("detail", notNullValue())
                .body("invalidParams.name", containsInAnyOrder("bsn", "email", "geboortedatum", "postcode"));
    }

    @Test
    void kapotteJsonFoutTypeEnOnbekendeEnumZijn400() {
        given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON).body("{\"bsn\": ")
                .post("/api/v1/aanvragen")
                .then().statusCode(400).contentType("application/problem+json").body(not(containsString("Exception")));
        given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body("{\"bsn\":\"111222333\",\"geboortedatum\":\"gisteren\",\"email\":\"a@b.nl\"}")
                .post("/api/v1/aanvragen")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("geboortedatum"));
        given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body("{\"bsn\":\"111222333\",\"geboortedatum\":\"1980-01-01\",\"email\":\"a@b.nl\",\"kanaal\":\"FAX\"}")
                .post("/api/v1/aanvragen")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("kanaal"));
        given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body("{\"bsn\":\"111222333\",\"geboortedatum\":\"1980-01-01\",\"email\":\"a@b.nl\",\"startkwalificatie\":\"misschien\"}")
                .post("/api/v1/aanvragen")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("startkwalificatie"));
    }

    @Test
    void teGroteBodyIs413() {
        String groot = "x".repeat(11 * 1024 * 1024); // over intake's 10 MB limit
        given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body("{\"email\":\"" + groot + "\"}")
                .post("/api/v1/aanvragen")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .header("API-Version", "1.0.0");
    }

    @Test
    void tokensDieNietKloppenZijn401EnEenVerkeerdeRolIs403() {
        given().contentType(ContentType.JSON).body(aanvraag(TestBsn.volgende())).post("/api/v1/aanvragen")
                .then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(Tokens.verlopen("portaal"), Tokens.vreemdOndertekend("portaal"), Tokens.onondertekend("portaal"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(aanvraag(TestBsn.volgende())).post("/api/v1/aanvragen")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.voor("matcher")).contentType(ContentType.JSON).body(aanvraag(TestBsn.volgende()))
                .post("/api/v1/aanvragen")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void eenKlantZietAlleenDeEigenAanvraag() {
        String id = indienen(TestBsn.volgende());
        String klantId = given().auth().oauth2(Tokens.voor("kcc")).get("/api/v1/aanvragen/" + id).then().extract().path("klantId");
        given().auth().oauth2(Tokens.klant(UUID.fromString(klantId))).get("/api/v1/aanvragen/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).get("/api/v1/aanvragen/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.voor("kcc")).get("/api/v1/aanvragen/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void elkeInzageStaatInDeAuditlog() {
        String id = indienen(TestBsn.volgende());
        String klantId = given().auth().oauth2(Tokens.voor("kcc")).get("/api/v1/aanvragen/" + id).then().extract().path("klantId");
        given().auth().oauth2(Tokens.voor("rechtmatigheid", "medewerker-42")).get("/api/v1/aanvragen/" + id).then().statusCode(200);

        given().auth().oauth2(Tokens.voor("beheer")).queryParam("klantId", klantId)
                .get("/api/v1/audit")
                .then().statusCode(200)
                .body("totaal", greaterThanOrEqualTo(3))
                .body("items.findAll { it.actie == 'RAADPLEGEN' }.actor", hasItem("medewerker-42"))
                .body("items.findAll { it.actor == 'medewerker-42' }[0].rol", equalTo("rechtmatigheid"))
                .body("items.findAll { it.actor == 'medewerker-42' }[0].recordId", equalTo(id))
                .body("items.findAll { it.actor == 'medewerker-42' }[0].reden", equalTo("aanvraag inzien"));
        given().auth().oauth2(Tokens.voor("kcc")).get("/api/v1/audit").then().statusCode(403);
    }

    @jakarta.inject.Inject
    nl.werkplein.testsupport.MovableClock clock;

    @Test
    void vandaagKomtVanDeKlokEnEenAanvraagdatumInDeToekomstIs400() {
        java.time.LocalDate over10Dagen = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(10);
        clock.setToday(over10Dagen);
        try {
            given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON).body(aanvraag(TestBsn.volgende()))
                    .post("/api/v1/aanvragen")
                    .then().statusCode(201).body("aanvraagdatum", equalTo(over10Dagen.toString()));
            var body = new java.util.HashMap<>(aanvraag(TestBsn.volgende()));
            body.put("aanvraagdatum", over10Dagen.plusDays(1).toString());
            given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/aanvragen")
                    .then().statusCode(400).body("invalidParams.name", hasItem("aanvraagdatum"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void openApiIsLeesbaarZonderToken() {
        given().get("/api/v1/openapi.json").then().statusCode(200).header("API-Version", "1.0.0")
                .body("paths", notNullValue());
    }
}
