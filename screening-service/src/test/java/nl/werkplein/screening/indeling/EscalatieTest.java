package nl.werkplein.screening.indeling;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A line change driven by another service's event: the e-coach escalates a zelfdoener. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class EscalatieTest {

    @Test
    void eenEscalatieVanDeEcoachVraagtEenNieuwGesprek() {
        UUID klantId = IndelingResourceTest.bekendeKlant();
        given().auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", IndelingResourceTest.antwoorden(5)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst").then().statusCode(201);
        KafkaTestClient.send("werkplein.ecoach.trajecten.v1", klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:ecoach-service",
                 "type":"nl.werkplein.ecoach.klant-geescaleerd","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","reden":"komt afspraken niet na"}}""".formatted(UUID.randomUUID(), klantId, klantId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId + "/indeling").then()
                        .body("lijn", nullValue())
                        .body("historie[-1].reden", containsString("e-coach"))
                        .body("historie[-1].door", containsString("ecoach-service")));
        var gewijzigd = KafkaTestClient.collect(IndelingEvents.TOPIC, r -> r.key().equals(klantId.toString())
                && r.value().contains("lijn-gewijzigd"), 1, Duration.ofSeconds(20));
        assertEquals(1, gewijzigd.size());
        // then the consulent decides again, face to face
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("lijn", "KLANTONDERSTEUNING", "reden", "meer begeleiding nodig"))
                .put("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200).body("lijn", equalTo("KLANTONDERSTEUNING"));
    }
}
