package nl.werkplein.intake.klant;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key ring's rules without Quarkus: versions in the ciphertext, the format before versions, the blind index per version. */
class BsnSleutelringTest {

    private static final Bsn BSN = Bsn.of("111222333");
    private static final byte[] AES_1 = key();
    private static final byte[] HMAC_1 = key();
    private static final byte[] AES_2 = key();
    private static final byte[] HMAC_2 = key();

    private static BsnSleutelring ring(int actief, int... versies) {
        Map<Integer, BsnSleutelring.Sleutel> sleutels = new TreeMap<>();
        for (int v : versies) {
            sleutels.put(v, v == 1 ? new BsnSleutelring.Sleutel(AES_1, HMAC_1) : new BsnSleutelring.Sleutel(AES_2, HMAC_2));
        }
        return new BsnSleutelring(sleutels, actief);
    }

    /** What BsnVersleuteling wrote before key versions: base64(iv || AES-GCM), one key, no associated data. */
    static String oudFormaat(byte[] aes, Bsn bsn) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aes, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(bsn.nummer().getBytes(StandardCharsets.US_ASCII));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    @Test
    void nieuweVersleutelingDraagtDeActieveVersieEnIsElkeKeerAnders() {
        BsnSleutelring ring = ring(2, 1, 2);
        String a = ring.versleutel(BSN);
        String b = ring.versleutel(BSN);
        assertTrue(a.startsWith("v2:"), "prefix");
        assertEquals(2, BsnSleutelring.versieVan(a));
        assertNotEquals(a, b, "a fresh IV each time");
        assertFalse(a.contains(BSN.nummer()));
        assertEquals(BSN, ring.ontsleutel(a));
        assertEquals(BSN, ring.ontsleutel(b));
    }

    @Test
    void oudeSleutelOntsleuteltAlleenEnOudFormaatZonderPrefixIsVersie1() throws Exception {
        String oud = oudFormaat(AES_1, BSN);
        String v1 = ring(1, 1).versleutel(BSN);
        assertEquals(1, BsnSleutelring.versieVan(oud));
        assertEquals(1, BsnSleutelring.versieVan(v1));
        BsnSleutelring naRotatie = ring(2, 1, 2);
        assertEquals(BSN, naRotatie.ontsleutel(oud), "the stored format before key versions stays readable");
        assertEquals(BSN, naRotatie.ontsleutel(v1));
        assertTrue(naRotatie.versleutel(BSN).startsWith("v2:"), "old keys only decrypt");
    }

    @Test
    void zonderDeSleutelVanEenVersieIsDieOnleesbaarEnZegtWelke() throws Exception {
        BsnSleutelring alleen2 = ring(2, 2);
        String oud = oudFormaat(AES_1, BSN);
        BsnSleutelring.OnbekendeSleutelversie e = assertThrows(BsnSleutelring.OnbekendeSleutelversie.class, () -> alleen2.ontsleutel(oud));
        assertEquals(1, e.versie());
        assertFalse(e.getMessage().contains(BSN.nummer()));
        assertThrows(BsnSleutelring.OnbekendeSleutelversie.class, () -> alleen2.ontsleutel(ring(1, 1).versleutel(BSN)));
        assertEquals(BSN, alleen2.ontsleutel(alleen2.versleutel(BSN)));
    }

    @Test
    void hetPrefixIsGeauthenticeerdEnEenGewijzigdeTekstFaaltZonderBsnInDeFout() {
        // two versions under the same AES key: only the associated data tells them apart
        BsnSleutelring zelfdeSleutel = new BsnSleutelring(Map.of(
                1, new BsnSleutelring.Sleutel(AES_1, HMAC_1), 2, new BsnSleutelring.Sleutel(AES_1, HMAC_2)), 2);
        String v2 = zelfdeSleutel.versleutel(BSN);
        String alsV1 = "v1:" + v2.substring(3);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> zelfdeSleutel.ontsleutel(alsV1));
        assertFalse(e.getMessage().contains(BSN.nummer()));
        assertThrows(IllegalStateException.class, () -> zelfdeSleutel.ontsleutel(v2.substring(3)), "stripped prefix");
        char[] tekst = v2.toCharArray();
        tekst[10] = tekst[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> zelfdeSleutel.ontsleutel(new String(tekst)));
    }

    @Test
    void blindeIndexPerVersieEnDeVergrendelingGelijkOpElkeReplicaTijdensDeRotatie() {
        BsnSleutelring voor = ring(1, 1);
        BsnSleutelring tijdens = ring(2, 1, 2);
        BsnSleutelring na = ring(2, 2);
        Map<Integer, String> hmacs = tijdens.hmacs(BSN);
        assertEquals(Set.of(1, 2), hmacs.keySet());
        assertEquals(voor.hmac(BSN), hmacs.get(1), "a row still on version 1 is found after version 2 became active");
        assertEquals(na.hmac(BSN), hmacs.get(2));
        assertNotEquals(hmacs.get(1), hmacs.get(2));
        assertEquals(tijdens.hmac(BSN), hmacs.get(2), "new rows are hashed under the active version");
        assertFalse(hmacs.get(1).contains(BSN.nummer()));
        assertEquals(voor.vergrendeling(BSN), tijdens.vergrendeling(BSN), "replicas with {1} and {1,2} take the same lock");
        assertEquals(ring(1, 1, 2).vergrendeling(BSN), tijdens.vergrendeling(BSN));
        assertNotEquals(voor.vergrendeling(BSN), voor.vergrendeling(Bsn.of("123456782")));
    }

    @Test
    void configuratieFoutenNoemenDeEigenschapEnNooitDeSleutel() {
        String aes = Base64.getEncoder().encodeToString(AES_1);
        String hmac = Base64.getEncoder().encodeToString(HMAC_1);
        IllegalArgumentException actief = assertThrows(IllegalArgumentException.class,
                () -> BsnSleutelring.uitConfig(Map.of("v1", new String[]{aes, hmac}), "v2"));
        assertTrue(actief.getMessage().contains("werkplein.intake.bsn.actief=v2"), actief.getMessage());
        IllegalArgumentException actiefNaam = assertThrows(IllegalArgumentException.class,
                () -> BsnSleutelring.uitConfig(Map.of("v1", new String[]{aes, hmac}), "1"));
        assertTrue(actiefNaam.getMessage().contains("werkplein.intake.bsn.actief=1"), actiefNaam.getMessage());
        IllegalArgumentException leeg = assertThrows(IllegalArgumentException.class, () -> BsnSleutelring.uitConfig(Map.of(), "v1"));
        assertTrue(leeg.getMessage().contains("werkplein.intake.bsn.sleutels"), leeg.getMessage());
        IllegalArgumentException kort = assertThrows(IllegalArgumentException.class,
                () -> BsnSleutelring.uitConfig(Map.of("v1", new String[]{aes, "c2hvcnQ="}), "v1"));
        assertTrue(kort.getMessage().contains("werkplein.intake.bsn.sleutels.v1.hmac"), kort.getMessage());
        IllegalArgumentException geenBase64 = assertThrows(IllegalArgumentException.class,
                () -> BsnSleutelring.uitConfig(Map.of("v1", new String[]{"***", hmac}), "v1"));
        assertTrue(geenBase64.getMessage().contains("werkplein.intake.bsn.sleutels.v1.aes"), geenBase64.getMessage());
        IllegalArgumentException naam = assertThrows(IllegalArgumentException.class,
                () -> BsnSleutelring.uitConfig(Map.of("1", new String[]{aes, hmac}), "v1"));
        assertTrue(naam.getMessage().contains("werkplein.intake.bsn.sleutels.1"), naam.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BsnSleutelring.uitConfig(Map.of("v0", new String[]{aes, hmac}), "v0"));
        for (IllegalArgumentException e : new IllegalArgumentException[]{actief, actiefNaam, kort, geenBase64, naam}) {
            assertFalse(e.getMessage().contains(aes) || e.getMessage().contains(hmac));
        }
    }

    /** Deployments from before key ids (WERKPLEIN_INTAKE_BSN_SLEUTEL, ..._HMAC_SLEUTEL) start unchanged: those keys are v1. */
    @Test
    void deOudeEnkeleSleutelsZijnV1() throws Exception {
        String aes1 = Base64.getEncoder().encodeToString(AES_1);
        String hmac1 = Base64.getEncoder().encodeToString(HMAC_1);
        String[] v2 = {Base64.getEncoder().encodeToString(AES_2), Base64.getEncoder().encodeToString(HMAC_2)};
        BsnSleutelring oud = BsnSleutelring.uitConfig(BsnSleutelring.metOudeNamen(Map.of(), aes1, hmac1), "v1");
        assertEquals(BSN, oud.ontsleutel(oudFormaat(AES_1, BSN)));
        assertEquals(ring(1, 1).hmac(BSN), oud.hmac(BSN), "the same blind index as before");
        BsnSleutelring metV2 = BsnSleutelring.uitConfig(BsnSleutelring.metOudeNamen(Map.of("v2", v2), aes1, hmac1), "v2");
        assertEquals(Set.of(1, 2), metV2.versies());
        assertEquals(BSN, metV2.ontsleutel(oudFormaat(AES_1, BSN)));
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class, () -> BsnSleutelring.metOudeNamen(Map.of(), aes1, null));
        assertTrue(half.getMessage().contains("werkplein.intake.bsn.hmac-sleutel"), half.getMessage());
        IllegalArgumentException dubbel = assertThrows(IllegalArgumentException.class,
                () -> BsnSleutelring.metOudeNamen(Map.of("v1", new String[]{aes1, hmac1}), aes1, hmac1));
        assertTrue(dubbel.getMessage().contains("werkplein.intake.bsn.sleutels.v1"), dubbel.getMessage());
        assertEquals(Map.of("v2", v2), BsnSleutelring.metOudeNamen(Map.of("v2", v2), null, null));

        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(BsnConfig.class)
                .withSources(new EnvConfigSource(Map.of("WERKPLEIN_INTAKE_BSN_SLEUTEL", aes1, "WERKPLEIN_INTAKE_BSN_HMAC_SLEUTEL", hmac1), 300))
                .build();
        BsnSleutelring uitOmgeving = new BsnVersleuteling(config.getConfigMapping(BsnConfig.class)).ring();
        assertEquals(Set.of(1), uitOmgeving.versies());
        assertEquals(BSN, uitOmgeving.ontsleutel(oudFormaat(AES_1, BSN)));
    }

    @Test
    void eenKlantOpEenSleutelDieNietGeconfigureerdIsHoudtDeServiceTegen() {
        BsnSleutelring alleenV2 = ring(2, 2);
        assertEquals(null, alleenV2.ontbrekendeSleutels(Map.of(2, 10L, 1, 0L)), "v1 empty: it may go");
        String fout = alleenV2.ontbrekendeSleutels(new TreeMap<>(Map.of(1, 3L, 2, 10L, 7, 1L)));
        assertTrue(fout.contains("3 klanten have their BSN under key v1"), fout);
        assertTrue(fout.contains("1 klanten have their BSN under key v7"), fout);
        assertFalse(fout.contains("v2,"), fout);
        assertEquals(null, ring(2, 1, 2).ontbrekendeSleutels(Map.of(1, 3L, 2, 10L)));
    }

    /**
     * The variables the Deployment sets (WERKPLEIN_INTAKE_BSN_SLEUTELS_V2_AES/_HMAC) reach the map of BsnConfig. A bare
     * number (..._SLEUTELS_V2_AES) does not: SmallRye reads it as a list index, hence the key ids v1, v2.
     */
    @Test
    void omgevingsvariabelenPerVersieVullenDeSleutelring() {
        String aes1 = Base64.getEncoder().encodeToString(AES_1);
        String aes2 = Base64.getEncoder().encodeToString(AES_2);
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(BsnConfig.class)
                .withSources(new EnvConfigSource(Map.of(
                        "WERKPLEIN_INTAKE_BSN_ACTIEF", "v2",
                        "WERKPLEIN_INTAKE_BSN_SLEUTELS_V1_AES", aes1,
                        "WERKPLEIN_INTAKE_BSN_SLEUTELS_V1_HMAC", Base64.getEncoder().encodeToString(HMAC_1),
                        "WERKPLEIN_INTAKE_BSN_SLEUTELS_V2_AES", aes2,
                        "WERKPLEIN_INTAKE_BSN_SLEUTELS_V2_HMAC", Base64.getEncoder().encodeToString(HMAC_2)), 300))
                .build();
        BsnConfig bsn = config.getConfigMapping(BsnConfig.class);
        assertEquals("v2", bsn.actief());
        assertEquals(Set.of("v1", "v2"), bsn.sleutels().keySet());
        assertEquals(aes2, bsn.sleutels().get("v2").aes());
        assertEquals(500, bsn.herversleuteling().batchGrootte());
        BsnSleutelring ring = new BsnVersleuteling(bsn).ring();
        assertEquals(Set.of(1, 2), ring.versies());
        assertEquals(BSN, ring.ontsleutel(ring(1, 1).versleutel(BSN)), "version 1 from the variables is key 1");
        assertEquals(BSN, ring(2, 2).ontsleutel(ring.versleutel(BSN)), "new BSNs under version 2");
    }

    private static byte[] key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }
}
