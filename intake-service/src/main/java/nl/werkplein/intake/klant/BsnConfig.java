package nl.werkplein.intake.klant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The BSN key ring (BsnSleutelring) and the re-encryption job. Rotation: add a version, make it
 * active, re-encrypt, remove the old one (docs/operations.md, "Rotate intake's BSN keys").
 */
@ConfigMapping(prefix = "werkplein.intake.bsn")
public interface BsnConfig {

    /** The key id (v1, v2, ...) that encrypts and hashes new BSNs; every other configured key only decrypts and finds. */
    @WithDefault("v1")
    String actief();

    /**
     * Per key id (v1, v2, ...: WERKPLEIN_INTAKE_BSN_SLEUTELS_V2_AES and ..._V2_HMAC; "v" and a number,
     * because SmallRye reads a bare number in a variable name as a list index) its two keys. No
     * default: the service does not start without the active one. v1 also reads the BSNs stored
     * before key ids existed; its keys may come from the former names below.
     */
    Map<String, Sleutel> sleutels();

    /**
     * The single AES key from before key ids (WERKPLEIN_INTAKE_BSN_SLEUTEL), read as v1's: existing
     * Deployments, Compose files and Secrets go on working unchanged. Not together with sleutels.v1.
     */
    Optional<String> sleutel();

    /** The single HMAC key from before key ids (WERKPLEIN_INTAKE_BSN_HMAC_SLEUTEL), read as v1's. */
    Optional<String> hmacSleutel();

    Herversleuteling herversleuteling();

    interface Sleutel {
        /** Base64 AES-256 key (32 bytes) encrypting the BSN at rest. */
        String aes();

        /** Base64 HMAC-SHA256 key (32 bytes) of the blind index that finds a klant by BSN. */
        String hmac();
    }

    interface Herversleuteling {
        /** Rows per transaction: each batch is locked (FOR UPDATE SKIP LOCKED), rewritten and committed on its own. */
        @WithDefault("500")
        int batchGrootte();

        /** One call stops after this long (and says what is left), to stay well within the ingress's read timeout. */
        @WithDefault("PT20S")
        Duration maxDuur();
    }
}
