package nl.werkplein.intake.klant;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.TreeMap;

/**
 * The BSN at rest, with the configured key ring (rules: BsnSleutelring). Built at startup, so a
 * missing or malformed key stops the service before it takes any request.
 */
@Startup
@ApplicationScoped
public class BsnVersleuteling {

    private final BsnSleutelring ring;

    @Inject
    public BsnVersleuteling(BsnConfig config) {
        Map<String, String[]> sleutels = new TreeMap<>();
        config.sleutels().forEach((versie, s) -> sleutels.put(versie, new String[]{s.aes(), s.hmac()}));
        this.ring = BsnSleutelring.uitConfig(BsnSleutelring.metOudeNamen(sleutels, config.sleutel().orElse(null),
                config.hmacSleutel().orElse(null)), config.actief());
    }

    public BsnSleutelring ring() {
        return ring;
    }

    /** The blind index under the active key version. */
    public String hmac(Bsn bsn) {
        return ring.hmac(bsn);
    }

    public String versleutel(Bsn bsn) {
        return ring.versleutel(bsn);
    }

    public Bsn ontsleutel(String versleuteld) {
        return ring.ontsleutel(versleuteld);
    }
}
