package nl.werkplein.endtoend;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.werkplein.testsupport.Tokens;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The steps of a client's journey through intake and screening, over the services' real APIs. */
final class Klantreis {

    record Aanvraag(String id, UUID klantId) {
    }

    private Klantreis() {
    }

    /** Filed 40 days ago, so the zoekperiode is over and the KCC confirmation plans the conversation at once. */
    static Aanvraag aanvraagMetGesprek(ServiceProcess intake, String bsn, String geboortedatum, String email) {
        var aanvraag = given().baseUri(intake.url()).auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body(Map.of("bsn", bsn, "geboortedatum", geboortedatum, "email", email, "postcode", "9731AB",
                        "aanvraagdatum", LocalDate.now().minusDays(40).toString(), "startkwalificatie", true))
                .post("/api/v1/aanvragen").then().statusCode(201).extract();
        Aanvraag a = new Aanvraag(aanvraag.path("id"), UUID.fromString(aanvraag.path("klantId")));
        given().baseUri(intake.url()).auth().oauth2(Tokens.voor("kcc")).post("/api/v1/aanvragen/" + a.id() + "/bevestiging")
                .then().statusCode(200).body("status", equalTo("GESPREK_GEPLAND"));
        return a;
    }

    /** Screening has the client's record once intake's aanvraag-ingediend arrived. */
    static void bekendBijScreening(ServiceProcess screening, UUID klantId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(screening.url()).auth().oauth2(Tokens.voor("consulent"))
                .get("/api/v1/klanten/" + klantId).then().statusCode(200));
    }

    /** The client submits the Entreevragenlijst with 5 on every scale: the rules say ZELFDOENER. */
    static ValidatableResponse vragenlijstMetVijven(ServiceProcess screening, UUID klantId) {
        Map<String, Object> antwoorden = new HashMap<>();
        for (String d : List.of("K", "W", "C")) {
            for (int i = 1; i <= 4; i++) {
                antwoorden.put(d + i, 5);
            }
        }
        return given().baseUri(screening.url()).auth().oauth2(Tokens.klant(klantId)).contentType(ContentType.JSON)
                .body(Map.of("versie", "2026.1", "antwoorden", antwoorden))
                .post("/api/v1/klanten/" + klantId + "/entreevragenlijst").then();
    }

    /** The client answers the Entreevragenlijst with 5 everywhere, once screening knows them: ZELFDOENER. */
    static void alsZelfdoenerIngedeeld(ServiceProcess screening, UUID klantId) {
        bekendBijScreening(screening, klantId);
        vragenlijstMetVijven(screening, klantId).statusCode(201).body("uitkomst", equalTo("ZELFDOENER"));
    }

    /** Whether intake shows the obligation as met on the aanvraag. */
    static Boolean verplichting(ServiceProcess intake, String aanvraagId, String soort) {
        List<Boolean> nagekomen = given().baseUri(intake.url()).auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + aanvraagId)
                .then().statusCode(200).extract().jsonPath().getList("verplichtingen.findAll { it.soort == '" + soort + "' }.nagekomen");
        return nagekomen.isEmpty() ? null : nagekomen.get(0);
    }

    /** A consulent records the end of the granted benefit, today. */
    static void beeindigd(ServiceProcess intake, String aanvraagId, String reden) {
        given().baseUri(intake.url()).auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("reden", reden, "datum", LocalDate.now().toString()))
                .post("/api/v1/aanvragen/" + aanvraagId + "/beeindiging").then().statusCode(200).body("status", equalTo("BEEINDIGD"));
    }

    /** The rechtmatigheid team grants the benefit: screening may route the client. */
    static void toegekend(ServiceProcess intake, String aanvraagId) {
        given().baseUri(intake.url()).auth().oauth2(Tokens.voor("rechtmatigheid")).contentType(ContentType.JSON)
                .body(Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", true, "reden", "recht vastgesteld"))
                .post("/api/v1/aanvragen/" + aanvraagId + "/besluit").then().statusCode(200);
    }

    /** A fresh base64 AES/HMAC key for intake-service's BSN encryption. */
    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
