package nl.werkplein.endtoend;

import io.restassured.http.ContentType;
import nl.werkplein.testsupport.MailServer;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import nl.werkplein.testsupport.WerkpleinInfra;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The activeringsmail survives a mail server that is down and a service that dies: SMTP down →
 * confirm → intake killed and started again → SMTP up → exactly one mail arrives.
 */
class ActiveringsmailTest {

    @Test
    void mailServerPlatEnHerstartVerliezenNietsEnVerdubbelenNiets() throws Exception {
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort(); // nothing listens here until later
        }
        Map<String, String> env = Map.of(
                "WERKPLEIN_INTAKE_BSN_SLEUTEL", randomKey(),
                "WERKPLEIN_INTAKE_BSN_HMAC_SLEUTEL", randomKey(),
                "QUARKUS_MAILER_PORT", Integer.toString(smtpPort),
                "WERKPLEIN_INTAKE_MAIL_INTERVAL", "1s",
                "WERKPLEIN_INTAKE_MAIL_EERSTE_WACHT", "1s",
                "WERKPLEIN_INTAKE_MAIL_MAX_WACHT", "2s");
        String email = "e2e-" + UUID.randomUUID() + "@example.nl";
        String bsn = TestBsn.volgende();
        String aanvraagId;

        ServiceProcess eerste = ServiceProcess.start("intake-service", "e2e_mail_intake", env);
        try {
            eerste.awaitReady(Duration.ofSeconds(120));
            aanvraagId = given().baseUri(eerste.url()).auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                    .body(Map.of("bsn", bsn, "geboortedatum", "1979-07-07", "email", email, "postcode", "9712CP"))
                    .post("/api/v1/aanvragen").then().statusCode(201).extract().path("id");
            given().baseUri(eerste.url()).auth().oauth2(Tokens.voor("kcc"))
                    .post("/api/v1/aanvragen/" + aanvraagId + "/bevestiging").then().statusCode(200);
            DataSource db = WerkpleinInfra.get().dataSource("e2e_mail_intake");
            await().atMost(Duration.ofSeconds(30)).until(() -> pogingen(db, aanvraagId) >= 2);
            given().baseUri(eerste.url()).auth().oauth2(Tokens.voor("kcc")).get("/api/v1/aanvragen/" + aanvraagId)
                    .then().statusCode(200).body("activeringsmailVerzondenOp", nullValue());
        } finally {
            eerste.kill();
        }

        MailServer smtp = MailServer.op(smtpPort);
        ServiceProcess tweede = ServiceProcess.start("intake-service", "e2e_mail_intake", env);
        try {
            tweede.awaitReady(Duration.ofSeconds(120));
            await().atMost(Duration.ofSeconds(60)).until(() -> !smtp.ontvangenDoor(email).isEmpty());
            given().baseUri(tweede.url()).auth().oauth2(Tokens.voor("kcc")).get("/api/v1/aanvragen/" + aanvraagId)
                    .then().statusCode(200).body("activeringsmailVerzondenOp", notNullValue());
            // a few more rounds of the sender change nothing
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> smtp.ontvangenDoor(email).size() == 1);
            assertEquals(1, smtp.ontvangenDoor(email).size(), "exactly one activeringsmail");
            assertEquals(false, tweede.log().contains(bsn), "no BSN in the log");
        } finally {
            tweede.kill(); // its own database: nothing after this test needs a graceful hand-over
            smtp.stop();
        }
    }

    private static int pogingen(DataSource db, String aanvraagId) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(pogingen), 0) FROM uitgaande_mail WHERE aanvraag_id = '" + aanvraagId + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
