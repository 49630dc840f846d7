package nl.werkplein.intake.klant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.identity.Bsn;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The BSN at rest: AES-GCM encrypted, and an HMAC to look a klant up by BSN. */
@ApplicationScoped
public class BsnVersleuteling {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec aesKey;
    private final SecretKeySpec hmacKey;

    @Inject
    public BsnVersleuteling(BsnConfig config) {
        this.aesKey = new SecretKeySpec(decodeKey(config.sleutel(), "werkplein.intake.bsn.sleutel"), "AES");
        this.hmacKey = new SecretKeySpec(decodeKey(config.hmacSleutel(), "werkplein.intake.bsn.hmac-sleutel"), "HmacSHA256");
    }

    public String hmac(Bsn bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal(bsn.nummer().getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    public String versleutel(Bsn bsn) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(bsn.nummer().getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (Exception e) {
            throw new IllegalStateException("encryption unavailable", e);
        }
    }

    public Bsn ontsleutel(String versleuteld) {
        try {
            byte[] all = Base64.getDecoder().decode(versleuteld);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, all, 0, 12));
            return Bsn.of(new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new IllegalStateException("cannot decrypt a stored BSN", e);
        }
    }

    private static byte[] decodeKey(String base64, String name) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes, base64-encoded");
        }
        return key;
    }
}
