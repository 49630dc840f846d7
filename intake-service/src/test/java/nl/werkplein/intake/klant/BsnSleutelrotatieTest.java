package nl.werkplein.intake.klant;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.werkplein.intake.aanvraag.Stappen;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BSN key rotation over the real database: BSNs stored under key v1 (also in the format from before
 * key ids), v2 made active, both readable and found, the re-encryption moves every row to v2 in
 * batches, after which v1 can go and everything is still readable. The profile adds v2 (random, per
 * JVM) beside the v1 of every test and makes it active.
 */
@QuarkusTest
@TestProfile(BsnSleutelrotatieTest.TweeSleutels.class)
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class BsnSleutelrotatieTest {

    private static final String AES_2 = random();
    private static final String HMAC_2 = random();
    private static final String PAD = "/api/v1/bsn-sleutels/herversleuteling";

    public static class TweeSleutels implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("werkplein.intake.bsn.sleutels.v2.aes", AES_2,
                    "werkplein.intake.bsn.sleutels.v2.hmac", HMAC_2,
                    "werkplein.intake.bsn.actief", "v2",
                    // small batches, so a run takes several; time enough for every other test class's klanten in this database
                    "werkplein.intake.bsn.herversleuteling.batch-grootte", "50",
                    "werkplein.intake.bsn.herversleuteling.max-duur", "PT3M");
        }
    }

    @Inject
    BsnVersleuteling versleuteling;
    @Inject
    BsnConfig config;
    @Inject
    KlantRegister register;
    @Inject
    BsnSleutelControle controle;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    java.time.Clock clock;

    private static AgroalDataSource opruimBron;
    private static BsnSleutelring terugNaarV1;

    @Test
    void roterenNaarV2ZonderEenBsnOnleesbaarTeMakenEnDaarnaKanV1Weg() throws Exception {
        opruimBron = dataSource;
        terugNaarV1 = ring(1, "v1", "v2");
        BsnSleutelring alleenV1 = ring(1, "v1");
        byte[] aes1 = Base64.getDecoder().decode(config.sleutels().get("v1").aes());

        // stored under v1 before the rotation: once in the format without key id, twice with "v1:"
        Map<UUID, Bsn> opgeslagen = new LinkedHashMap<>();
        Bsn zonderPrefix = Bsn.of(TestBsn.volgende());
        UUID zonderPrefixId = voegToe(alleenV1.hmac(zonderPrefix), BsnSleutelringTest.oudFormaat(aes1, zonderPrefix));
        opgeslagen.put(zonderPrefixId, zonderPrefix);
        for (int i = 0; i < 2; i++) {
            Bsn bsn = Bsn.of(TestBsn.volgende());
            opgeslagen.put(voegToe(alleenV1.hmac(bsn), alleenV1.versleutel(bsn)), bsn);
        }
        // new under v2: through the API, and a known client filing again keeps their klantId (found by the v1 HMAC)
        Bsn nieuw = Bsn.of(TestBsn.volgende());
        UUID nieuwId = UUID.fromString(Stappen.klantId(Stappen.indienen(Stappen.aanvraag(nieuw.nummer()))));
        opgeslagen.put(nieuwId, nieuw);
        assertEquals(zonderPrefixId, QuarkusTransaction.requiringNew().call(() -> register.klantIdVoor(zonderPrefix)),
                "a client on the old key is found, not registered twice");

        Map<UUID, String[]> rijen = rijen();
        assertTrue(rijen.get(zonderPrefixId)[0].indexOf(':') < 0, "stored without key id");
        assertTrue(rijen.get(nieuwId)[0].startsWith("v2:"), "new BSNs under the active key");
        assertEquals(2, Integer.parseInt(rijen.get(nieuwId)[1]));
        for (Map.Entry<UUID, String[]> r : rijen.entrySet()) {
            assertEquals(BsnSleutelring.versieVan(r.getValue()[0]), Integer.parseInt(r.getValue()[1]),
                    "klant.bsn_sleutelversie (V7) reads the prefix as BsnSleutelring does");
        }
        opgeslagen.forEach((id, bsn) -> assertEquals(bsn, versleuteling.ontsleutel(rijen.get(id)[0]), "both keys readable"));

        // a row no key decrypts and a row on a key that is not configured: reported, not fatal
        UUID kapot = voegToe("kapot-" + UUID.randomUUID(), "v1:" + Base64.getEncoder().encodeToString(new byte[40]));
        UUID v7 = voegToe("v7-" + UUID.randomUUID(), "v7:" + Base64.getEncoder().encodeToString(new byte[40]));

        IllegalStateException start = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> controle.controleer(null));
        assertTrue(start.getMessage().contains("1 klanten have their BSN under key v7"), "a replica would not start: " + start.getMessage());

        long opV1 = aantal("bsn_sleutelversie = 1");
        JsonPath voor = voortgang();
        assertEquals("v2", voor.getString("actief"));
        assertEquals(opV1 + 1, voor.getLong("teHerversleutelen"));
        assertEquals(1, voor.getLong("onleesbaar"));
        assertFalse(voor.getBoolean("klaar"));
        assertEquals(opV1, voor.getLong("sleutels.find { it.sleutel == 'v1' }.aantalKlanten"));
        assertEquals(false, voor.getBoolean("sleutels.find { it.sleutel == 'v7' }.geconfigureerd"));
        assertEquals(true, voor.getBoolean("sleutels.find { it.sleutel == 'v2' }.actief"));

        // a bounded round: two rows, one per transaction
        JsonPath ronde = herversleutel(Map.of("batchGrootte", 1, "maxAantal", 2));
        assertEquals(2, ronde.getInt("herversleuteld"));
        assertEquals(opV1 + 1 - 2, ronde.getLong("voortgang.teHerversleutelen"));

        JsonPath rest = herversleutel(Map.of());
        assertEquals(opV1 - 2 - 1, rest.getInt("herversleuteld"), "all but the broken row, in batches of 50");
        assertEquals(List.of(kapot.toString()), rest.getList("overgeslagen.klantId"));
        assertEquals("ONTSLEUTELEN_MISLUKT", rest.getString("overgeslagen[0].reden"));
        assertEquals(2, rest.getLong("voortgang.teHerversleutelen"), "the broken row and the v7 one");
        verwijder(kapot);
        verwijder(v7);

        controle.controleer(null);
        JsonPath klaar = voortgang();
        assertTrue(klaar.getBoolean("klaar"));
        assertEquals(0, klaar.getLong("teHerversleutelen"));
        assertEquals(0, klaar.getLong("sleutels.find { it.sleutel == 'v1' }.aantalKlanten"));
        assertEquals(0, aantal("bsn_versleuteld NOT LIKE 'v2:%' OR bsn_sleutelversie <> 2"), "every row on v2");
        assertEquals(0, herversleutel(Map.of()).getInt("herversleuteld"), "again: nothing to do");

        // v1 removed: a ring with v2 alone still reads every stored BSN and finds each client by its HMAC
        BsnSleutelring alleenV2 = ring(2, "v2");
        Map<UUID, String[]> na = rijen();
        for (Map.Entry<UUID, String[]> r : na.entrySet()) {
            Bsn bsn = alleenV2.ontsleutel(r.getValue()[0]);
            assertEquals(alleenV2.hmac(bsn), r.getValue()[2], "HMAC rewritten with the ciphertext");
        }
        opgeslagen.forEach((id, bsn) -> assertEquals(bsn, alleenV2.ontsleutel(na.get(id)[0])));
        assertEquals(zonderPrefixId, QuarkusTransaction.requiringNew().call(() -> register.klantIdVoor(zonderPrefix)));

        // audited, without a BSN
        List<String> redenen = audit();
        assertTrue(redenen.stream().anyMatch(r -> r.startsWith("WIJZIGEN beheer-rotatie BSN-herversleuteling: 2 klanten naar sleutel v2")),
                redenen.toString());
        assertTrue(redenen.stream().anyMatch(r -> r.startsWith("RAADPLEGEN beheer-rotatie")), redenen.toString());
        opgeslagen.values().forEach(bsn -> assertFalse(redenen.toString().contains(bsn.nummer())));
    }

    @Test
    void alleenBeheerEnOngeldigeInvoerIs400MetHetVeld() {
        given().get(PAD).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post(PAD).then().statusCode(401);
        for (String rol : List.of("consulent", "kcc", "rechtmatigheid")) {
            given().auth().oauth2(Tokens.voor(rol)).get(PAD).then().statusCode(403);
            given().auth().oauth2(Tokens.voor(rol)).contentType(ContentType.JSON).body("{}").post(PAD).then().statusCode(403);
        }
        ongeldig(Map.of("batchGrootte", 0), "batchGrootte");
        ongeldig(Map.of("batchGrootte", BsnHerversleuteling.MAX_BATCH + 1), "batchGrootte");
        ongeldig(Map.of("maxAantal", 0), "maxAantal");
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body("{\"batchGrootte\": \"veel\"}").post(PAD)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.TEXT).body("batchGrootte=1").post(PAD)
                .then().statusCode(415);
    }

    private static void ongeldig(Map<String, Object> body, String veld) {
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(body).post(PAD)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(veld));
    }

    private static JsonPath voortgang() {
        return given().auth().oauth2(Tokens.voor("beheer", "beheer-rotatie")).get(PAD)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath herversleutel(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.voor("beheer", "beheer-rotatie")).contentType(ContentType.JSON).body(body).post(PAD)
                .then().statusCode(200).body("voortgang.actief", equalTo("v2")).extract().jsonPath();
    }

    /**
     * Back to v1 for the test classes after this one, which know v1 only (the database is shared, and
     * BsnSleutelControle stops a service that finds klanten on a key it lacks), also after a failure.
     */
    @AfterAll
    static void terugNaarV1() throws SQLException {
        if (opruimBron == null) {
            return;
        }
        try (Connection c = opruimBron.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM klant WHERE bsn_hmac LIKE 'kapot-%' OR bsn_hmac LIKE 'v7-%'");
        }
        try (Connection c = opruimBron.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT klant_id, bsn_versleuteld FROM klant WHERE bsn_sleutelversie <> 1");
             PreparedStatement u = c.prepareStatement("UPDATE klant SET bsn_versleuteld = ?, bsn_hmac = ? WHERE klant_id = ?")) {
            while (rs.next()) {
                Bsn bsn = terugNaarV1.ontsleutel(rs.getString(2));
                u.setString(1, terugNaarV1.versleutel(bsn));
                u.setString(2, terugNaarV1.hmac(bsn));
                u.setObject(3, rs.getObject(1));
                u.executeUpdate();
            }
        }
    }

    private BsnSleutelring ring(int actief, String... ids) {
        Map<String, String[]> sleutels = new TreeMap<>();
        for (String id : ids) {
            sleutels.put(id, new String[]{config.sleutels().get(id).aes(), config.sleutels().get(id).hmac()});
        }
        return BsnSleutelring.uitConfig(sleutels, "v" + actief);
    }

    private UUID voegToe(String hmac, String versleuteld) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO klant (klant_id, bsn_hmac, bsn_versleuteld, aangemaakt_op) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, hmac);
            s.setString(3, versleuteld);
            s.setObject(4, OffsetDateTime.now(clock));
            s.executeUpdate();
        }
        return id;
    }

    private void verwijder(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("DELETE FROM klant WHERE klant_id = ?")) {
            s.setObject(1, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** klant_id to {bsn_versleuteld, bsn_sleutelversie, bsn_hmac}. */
    private Map<UUID, String[]> rijen() throws SQLException {
        Map<UUID, String[]> result = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT klant_id, bsn_versleuteld, bsn_sleutelversie, bsn_hmac FROM klant")) {
            while (rs.next()) {
                result.put((UUID) rs.getObject(1), new String[]{rs.getString(2), Integer.toString(rs.getInt(3)), rs.getString(4)});
            }
        }
        return result;
    }

    private long aantal(String waar) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM klant WHERE " + waar)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> audit() throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT actie, actor, reden FROM audit_record WHERE resource = 'bsn-sleutels' ORDER BY tijdstip")) {
            while (rs.next()) {
                result.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return result;
    }

    private static String random() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }
}
