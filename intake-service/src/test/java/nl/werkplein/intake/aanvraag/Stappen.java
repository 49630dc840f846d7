package nl.werkplein.intake.aanvraag;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The steps of an aanvraag through the public API, for the tests of issue 13. */
public final class Stappen {

    private Stappen() {
    }

    public static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    public static Map<String, Object> aanvraag(String bsn) {
        return new HashMap<>(Map.of("bsn", bsn, "geboortedatum", "1980-04-01", "email", "stap@example.nl",
                "postcode", "9731AB", "startkwalificatie", true));
    }

    public static String indienen(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/aanvragen").then().statusCode(201).extract().path("id");
    }

    public static void bevestigen(String id) {
        given().auth().oauth2(Tokens.voor("kcc")).post("/api/v1/aanvragen/" + id + "/bevestiging").then().statusCode(200);
    }

    /** Filed 40 days ago and confirmed: the zoekperiode is over, the conversation planned at once. */
    public static String inGesprek(Map<String, Object> body) {
        body.put("aanvraagdatum", vandaag().minusDays(40).toString());
        String id = indienen(body);
        bevestigen(id);
        return id;
    }

    /** In conversation, then granted: no obligation tracked as met, judged as such (no reason needed). */
    public static String toegekend(Map<String, Object> body) {
        String id = inGesprek(body);
        given().auth().oauth2(Tokens.voor("rechtmatigheid")).contentType(ContentType.JSON)
                .body(Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", false))
                .post("/api/v1/aanvragen/" + id + "/besluit").then().statusCode(200);
        return id;
    }

    public static String klantId(String id) {
        return given().auth().oauth2(Tokens.voor("kcc")).get("/api/v1/aanvragen/" + id).then().statusCode(200).extract().path("klantId");
    }

    /** The events of one aanvraag (subject), as JSON, waiting for at least {@code verwacht}. */
    public static List<JsonPath> events(String subject, int verwacht) {
        return KafkaTestClient.collect(AanvraagEvents.TOPIC, r -> r.value().contains("\"subject\":\"" + subject + "\""), verwacht,
                        Duration.ofSeconds(45)).stream()
                .map(ConsumerRecord::value).map(JsonPath::from).toList();
    }

    public static List<JsonPath> events(String subject, String type, int verwacht) {
        return events(subject, verwacht).stream().filter(e -> type.equals(e.getString("type"))).toList();
    }
}
