package nl.werkplein.ecoach;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What the neighbouring services publish, as real CloudEvents on the real broker; and what this service publishes. */
public final class Neighbours {

    public static final String INDELINGEN = "werkplein.screening.indelingen.v1";
    public static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";
    public static final String TRAJECTEN = "werkplein.ecoach.trajecten.v1";

    private Neighbours() {
    }

    public static String event(String service, String type, UUID klantId, OffsetDateTime time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:%s",
                 "type":"nl.werkplein.%s","subject":"%s","time":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(UUID.randomUUID(), service, type, klantId, time, data);
    }

    public static String doorgeleid(UUID klantId, String lijn, OffsetDateTime time) {
        return event("screening-service", "screening.klant-doorgeleid", klantId, time, """
                {"klantId":"%s","lijn":"%s","leeftijd":35,"postcode4":"9736","regeling":"WWB","bestandsklant":false}"""
                .formatted(klantId, lijn));
    }

    /** A routing of one cycle: klant-doorgeleid carrying the aanvraag it belongs to. */
    public static String doorgeleid(UUID klantId, String lijn, UUID aanvraagId, OffsetDateTime time) {
        return event("screening-service", "screening.klant-doorgeleid", klantId, time, """
                {"klantId":"%s","lijn":"%s","leeftijd":35,"postcode4":"9736","regeling":"WWB","bestandsklant":false,"aanvraagId":"%s"}"""
                .formatted(klantId, lijn, aanvraagId));
    }

    /** Sends an event and returns its id. */
    public static UUID stuur(String topic, UUID klantId, String event) {
        KafkaTestClient.send(topic, klantId.toString(), event);
        return idOf(event);
    }

    /** Screening's provisional indeling before routing (docs/events.md): {@code lijn} null while a conversation is needed. */
    public static UUID indelingVastgesteld(UUID klantId, String lijn) {
        String data = lijn == null
                ? "{\"klantId\":\"%s\",\"uitkomst\":\"GESPREK_NODIG\",\"door\":\"REGELS\"}".formatted(klantId)
                : "{\"klantId\":\"%s\",\"uitkomst\":\"%s\",\"lijn\":\"%s\",\"door\":\"REGELS\"}".formatted(klantId, lijn, lijn);
        return stuur(INDELINGEN, klantId, event("screening-service", "screening.indeling-vastgesteld", klantId, OffsetDateTime.now(), data));
    }

    /** Intake's event about one aanvraag, at the given time. */
    public static UUID intake(UUID klantId, String type, UUID aanvraagId, OffsetDateTime time) {
        return stuur(AANVRAGEN, klantId, event("intake-service", "intake." + type, klantId, time,
                "{\"klantId\":\"%s\",\"aanvraagId\":\"%s\",\"leeftijd\":35,\"postcode4\":\"9736\",\"regeling\":\"WWB\"}"
                        .formatted(klantId, aanvraagId)));
    }

    /** Intake's uitkering-beeindigd (docs/events.md): the granted benefit of the aanvraag ended. */
    public static UUID uitkeringBeeindigd(UUID klantId, UUID aanvraagId, OffsetDateTime time) {
        return stuur(AANVRAGEN, klantId, event("intake-service", "intake.uitkering-beeindigd", klantId, time, """
                {"klantId":"%s","aanvraagId":"%s","status":"BEEINDIGD","leeftijd":35,"postcode4":"9736","regeling":"WWB",\
                "beeindigingReden":"WERK","beeindigdOp":"%s"}""".formatted(klantId, aanvraagId, time.toLocalDate())));
    }

    /** Routes a client: sends the event and returns its id. */
    public static UUID doorgeleid(UUID klantId, String lijn) {
        String event = doorgeleid(klantId, lijn, OffsetDateTime.now());
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event);
        return idOf(event);
    }

    public static UUID lijnGewijzigd(UUID klantId, String lijn) {
        String event = event("screening-service", "screening.lijn-gewijzigd", klantId, OffsetDateTime.now(),
                "{\"klantId\":\"%s\",\"lijn\":%s,\"reden\":\"besluit consulent\"}".formatted(klantId, lijn == null ? "null" : "\"" + lijn + "\""));
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event);
        return idOf(event);
    }

    public static UUID intake(UUID klantId, String type, OffsetDateTime time) {
        String event = event("intake-service", "intake." + type, klantId, time,
                "{\"klantId\":\"%s\",\"aanvraagId\":\"%s\",\"leeftijd\":35,\"postcode4\":\"9736\",\"regeling\":\"WWB\"}"
                        .formatted(klantId, UUID.randomUUID()));
        KafkaTestClient.send(AANVRAGEN, klantId.toString(), event);
        return idOf(event);
    }

    public static UUID idOf(String event) {
        return UUID.fromString(JsonPath.from(event).getString("id"));
    }

    /** Waits until this service has handled the event (its id is in handled_event). */
    public static void awaitVerwerkt(AgroalDataSource db, UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> tel(db, "SELECT count(*) FROM handled_event WHERE event_id = ?", eventId) == 1);
    }

    public static long tel(AgroalDataSource db, String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Routes a zelfdoener and waits for the trajectory; returns its JSON as the klant sees it. */
    public static JsonPath zelfdoener(UUID klantId) {
        doorgeleid(klantId, "ZELFDOENER");
        return awaitTraject(klantId);
    }

    public static JsonPath awaitTraject(UUID klantId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).statusCode() == 200);
        return given().auth().oauth2(Tokens.klant(klantId)).get("/api/v1/trajecten/" + klantId).then().extract().jsonPath();
    }

    /** This service's events about a client, waiting until at least {@code expected} of the type arrived. */
    public static List<JsonPath> gepubliceerd(UUID klantId, String type, int expected) {
        return KafkaTestClient.collect(TRAJECTEN, (ConsumerRecord<String, String> r) -> r.key().equals(klantId.toString())
                        && r.value().contains("\"type\":\"nl.werkplein.ecoach." + type + "\""), expected, Duration.ofSeconds(30))
                .stream().map(r -> JsonPath.from(r.value())).toList();
    }
}
