package nl.werkplein.intake.klant;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "werkplein.intake.bsn")
public interface BsnConfig {
    /** Base64 AES-256 key encrypting the BSN at rest. */
    String sleutel();

    /** Base64 key of the HMAC that finds a klant by BSN without decrypting every row. */
    String hmacSleutel();
}
