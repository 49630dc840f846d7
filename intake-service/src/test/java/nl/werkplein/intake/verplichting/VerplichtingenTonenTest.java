package nl.werkplein.intake.verplichting;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.intake.aanvraag.Stappen;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Point 3 of issue 13: obligations shown, not claimed — reported by the klant, verified by staff. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class VerplichtingenTonenTest {

    static final String CV = "verplichtingen.find { it.soort == 'CV' }";
    static final String EVL = "verplichtingen.find { it.soort == 'ENTREEVRAGENLIJST' }";

    @Test
    void deKlantMeldtMetBewijsEnEenConsulentVerifieertOfKeurtAf() {
        String id = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        UUID klantId = UUID.fromString(Stappen.klantId(id));
        given().auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON)
                .body(Map.of("nagekomen", true, "toelichting", "cv staat in de Werkmap"))
                .put("/api/v1/aanvragen/" + id + "/verplichtingen/CV").then().statusCode(200)
                .body(CV + ".nagekomen", equalTo(false))
                .body(CV + ".gemeld.toelichting", equalTo("cv staat in de Werkmap"))
                .body(CV + ".gemeld.op", notNullValue())
                .body(CV + ".geverifieerd", nullValue());
        given().auth().oauth2(Tokens.voor("consulent", "consulent-12")).contentType(ContentType.JSON)
                .body(Map.of("nagekomen", true))
                .put("/api/v1/aanvragen/" + id + "/verplichtingen/CV").then().statusCode(200)
                .body(CV + ".nagekomen", equalTo(true))
                .body(CV + ".geverifieerd.door", equalTo("consulent-12"))
                .body(CV + ".geverifieerd.op", notNullValue())
                .body(CV + ".gemeld.toelichting", equalTo("cv staat in de Werkmap"));
        given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/aanvragen/" + id).then().statusCode(200)
                .body(CV + ".nagekomen", equalTo(true)).body(CV + ".geverifieerd.door", equalTo("consulent-12"));

        given().auth().oauth2(Tokens.voor("consulent", "consulent-12")).contentType(ContentType.JSON)
                .body(Map.of("nagekomen", false, "toelichting", "geen inschrijving gevonden in Suwinet"))
                .put("/api/v1/aanvragen/" + id + "/verplichtingen/UWV_INSCHRIJVING").then().statusCode(200)
                .body("verplichtingen.find { it.soort == 'UWV_INSCHRIJVING' }.nagekomen", equalTo(false))
                .body("verplichtingen.find { it.soort == 'UWV_INSCHRIJVING' }.afgekeurd.door", equalTo("consulent-12"))
                .body("verplichtingen.find { it.soort == 'UWV_INSCHRIJVING' }.geverifieerd", nullValue());
    }

    @Test
    void eenMeldingZonderBewijsOfAlsNietNagekomenIs400() {
        String id = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        UUID klantId = UUID.fromString(Stappen.klantId(id));
        given().auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON).body(Map.of("nagekomen", true))
                .put("/api/v1/aanvragen/" + id + "/verplichtingen/SOLLICITATIES").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("toelichting"));
        given().auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON).body(Map.of("nagekomen", false, "toelichting", " "))
                .put("/api/v1/aanvragen/" + id + "/verplichtingen/SOLLICITATIES").then().statusCode(400)
                .body("invalidParams.name", hasItem("nagekomen")).body("invalidParams.name", hasItem("toelichting"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then()
                .body("verplichtingen.find { it.soort == 'SOLLICITATIES' }.gemeld", nullValue());
    }

    @Test
    void deEntreevragenlijstKanNietWordenGemeldOfAfgevinkt() {
        String id = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        UUID klantId = UUID.fromString(Stappen.klantId(id));
        for (String token : new String[]{Tokens.klant(klantId), Tokens.voor("consulent")}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("nagekomen", true, "toelichting", "ingevuld"))
                    .put("/api/v1/aanvragen/" + id + "/verplichtingen/ENTREEVRAGENLIJST").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidParams.name", hasItem("soort"))
                    .body("invalidParams.reason", hasItem(containsString("ingediende Entreevragenlijst")));
        }
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then().body(EVL + ".nagekomen", equalTo(false));
    }

    @Test
    void rollen() {
        String id = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        given().auth().oauth2(Tokens.klant(UUID.randomUUID())).contentType(ContentType.JSON).body(Map.of("nagekomen", true, "toelichting", "x"))
                .put("/api/v1/aanvragen/" + id + "/verplichtingen/CV").then().statusCode(404);
        for (String rol : new String[]{"kcc", "rechtmatigheid", "matcher"}) {
            given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body(Map.of("nagekomen", true, "toelichting", "x"))
                    .put("/api/v1/aanvragen/" + id + "/verplichtingen/CV").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("nagekomen", true))
                .put("/api/v1/aanvragen/" + id + "/verplichtingen/ONBEKEND").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("soort"));
    }

    @Test
    void alleenEenIngediendeEntreevragenlijstNietEenIndelingVanDeConsulent() {
        String id = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        String klantId = Stappen.klantId(id);
        // a consulent's face-to-face decision: screening publishes indeling-vastgesteld without a questionnaire
        KafkaTestClient.send("werkplein.screening.indelingen.v1", klantId, """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:screening-service",
                 "type":"nl.werkplein.screening.indeling-vastgesteld","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","lijn":"KLANTONDERSTEUNING","door":"CONSULENT","reden":"gesprek"}}"""
                .formatted(UUID.randomUUID(), klantId, klantId));
        UUID beoordelingId = UUID.randomUUID();
        String ingediend = UUID.randomUUID().toString();
        KafkaTestClient.send("werkplein.screening.indelingen.v1", klantId, """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:screening-service",
                 "type":"nl.werkplein.screening.entreevragenlijst-ingediend","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","beoordelingId":"%s","uitkomst":"GESPREK_NODIG","lijnGewijzigd":false}}"""
                .formatted(ingediend, klantId, klantId, beoordelingId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then()
                        .body(EVL + ".nagekomen", equalTo(true))
                        .body(EVL + ".geverifieerd.door", equalTo("screening-service"))
                        .body(EVL + ".toelichting", containsString(beoordelingId.toString())));
    }

    @Test
    void eenIndelingVastgesteldAlleenMaaktDeEntreevragenlijstNietNagekomen() {
        String id = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        String klantId = Stappen.klantId(id);
        KafkaTestClient.send("werkplein.screening.indelingen.v1", klantId, """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:screening-service",
                 "type":"nl.werkplein.screening.indeling-vastgesteld","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","lijn":"KLANTONDERSTEUNING","door":"CONSULENT","reden":"gesprek"}}"""
                .formatted(UUID.randomUUID(), klantId, klantId));
        // a marker after it on the same partition (same key): once it is handled, the first one was too
        String marker = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        String markerKlant = Stappen.klantId(marker);
        KafkaTestClient.send("werkplein.screening.indelingen.v1", klantId, """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:screening-service",
                 "type":"nl.werkplein.screening.entreevragenlijst-ingediend","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","uitkomst":"ZELFDOENER","lijnGewijzigd":true}}"""
                .formatted(UUID.randomUUID(), markerKlant, markerKlant));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + marker).then()
                        .body(EVL + ".nagekomen", equalTo(true)));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then()
                .body(EVL + ".nagekomen", equalTo(false));
    }
}
