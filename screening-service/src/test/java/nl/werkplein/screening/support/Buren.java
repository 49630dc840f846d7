package nl.werkplein.screening.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The neighbours' events as they publish them, and what screening publishes for one client. */
public final class Buren {

    public static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";
    public static final String TRAJECTEN = "werkplein.ecoach.trajecten.v1";
    public static final String INDELINGEN = "werkplein.screening.indelingen.v1";

    private Buren() {
    }

    /** An intake event as intake-service publishes it ({@code aanvraagId} may be null: bestandsklant). */
    public static UUID intake(UUID klantId, String type, UUID aanvraagId, String extra) {
        UUID eventId = UUID.randomUUID();
        KafkaTestClient.send(AANVRAGEN, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.%s","time":"2026-11-23T10:15:30.000+01:00","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","leeftijd":35,"postcode4":"9736"%s%s}}"""
                .formatted(eventId, type, aanvraagId == null ? klantId : aanvraagId, klantId,
                        aanvraagId == null ? "" : ",\"aanvraagId\":\"" + aanvraagId + "\"", extra == null ? "" : extra));
        return eventId;
    }

    /** Waits until screening recorded the event as handled (its effect, if any, is committed with it). */
    public static void awaitHandled(jakarta.persistence.EntityManager em, UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM handled_event WHERE event_id = ?1").setParameter(1, eventId)
                        .getSingleResult()).longValue() > 0));
    }

    public static void escalatie(UUID klantId, String reden) {
        KafkaTestClient.send(TRAJECTEN, klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:ecoach-service",
                 "type":"nl.werkplein.ecoach.klant-geescaleerd","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","trajectId":"%s","reden":"%s"}}""".formatted(UUID.randomUUID(), klantId, klantId, UUID.randomUUID(), reden));
    }

    public static Map<String, Object> antwoorden(int schaal) {
        Map<String, Object> a = new HashMap<>();
        for (String d : List.of("K", "W", "C")) {
            for (int i = 1; i <= 4; i++) {
                a.put(d + i, schaal);
            }
        }
        a.put("B1", false);
        return a;
    }

    public static io.restassured.response.ValidatableResponse vragenlijst(UUID klantId, int schaal) {
        return given().auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", antwoorden(schaal)))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst").then().statusCode(201);
    }

    public static io.restassured.response.ValidatableResponse beslis(UUID klantId, String lijn, String reden) {
        return given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("lijn", lijn, "reden", reden))
                .put("/api/v1/klanten/" + klantId + "/indeling").then();
    }

    public static io.restassured.response.ValidatableResponse indeling(UUID klantId) {
        return given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId + "/indeling").then().statusCode(200);
    }

    public static io.restassured.response.ValidatableResponse klant(UUID klantId) {
        return given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/klanten/" + klantId).then();
    }

    public static void awaitKlant(UUID klantId, String veld, Object waarde) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                klant(klantId).statusCode(200).body(veld, org.hamcrest.Matchers.equalTo(waarde)));
    }

    /** Screening's events for the client of this short type (e.g. {@code lijn-gewijzigd}), in order, as JSON. */
    public static List<JsonPath> events(UUID klantId, String soort, int verwacht) {
        return KafkaTestClient.collect(INDELINGEN, r -> r.key().equals(klantId.toString())
                        && r.value().contains("\"type\":\"nl.werkplein.screening." + soort + "\""), verwacht, Duration.ofSeconds(20))
                .stream().map(r -> JsonPath.from(r.value())).toList();
    }

    /** Every event screening published for the client, types only, in order. */
    public static List<String> typen(UUID klantId, int verwacht) {
        return KafkaTestClient.collect(INDELINGEN, r -> r.key().equals(klantId.toString()), verwacht, Duration.ofSeconds(20))
                .stream().map(r -> JsonPath.from(r.value()).getString("type").substring("nl.werkplein.screening.".length())).toList();
    }
}
