package nl.werkplein.socialreturn.vacature;

import java.util.List;
import java.util.Locale;

/**
 * Routes a vacancy to exactly one candidate pool, with the reason (every automated decision says why).
 * Rules, first match wins:
 * <ol>
 *   <li>a pool Bureau Social Return chose for a place it registered;</li>
 *   <li>{@code sw}: acquired for the SW target group → the SW pool (domain.md 7.2);</li>
 *   <li>{@code WERKLEERPLEK} → Klantondersteuning (werkleerplekken are its phase 2, domain.md 4.3);</li>
 *   <li>a partner's vacancy → the partner's pool (Randstad: BEMIDDELBAAR, domain.md 7.3);</li>
 *   <li>{@code OPLEIDINGSPLAATS} → the training-place pool;</li>
 *   <li>an entry-level job (low level, few hours) → the entry pool;</li>
 *   <li>otherwise the default pool.</li>
 * </ol>
 */
public final class Routering {

    public record Invoer(Bron bron, Soort soort, Opleidingsniveau opleidingsniveau, int urenPerWeek, boolean sw,
                         String partnerPool, String gekozenPool) {
    }

    public record Besluit(String pool, String reden) {
    }

    private final RouteringConfig config;

    public Routering(RouteringConfig config) {
        this.config = config;
    }

    public Besluit route(Invoer v) {
        if (v.gekozenPool() != null) {
            return new Besluit(v.gekozenPool(), "pool gekozen door Bureau Social Return");
        }
        if (v.sw()) {
            return new Besluit(config.swPool(), "plaats geworven voor de SW-doelgroep");
        }
        if (v.soort() == Soort.WERKLEERPLEK) {
            return new Besluit(config.werkleerplekPool(), "werkleerplek");
        }
        if (v.bron() == Bron.PARTNER && v.partnerPool() != null) {
            return new Besluit(v.partnerPool(), "standaardpool van de partner");
        }
        if (v.soort() == Soort.OPLEIDINGSPLAATS) {
            return new Besluit(config.opleidingsplaatsPool(), "opleidingsplaats");
        }
        if (v.opleidingsniveau() != null && v.opleidingsniveau().hoogstens(config.instapNiveauTot())
                && v.urenPerWeek() <= config.instapUrenTot()) {
            return new Besluit(config.instapPool(), "instapfunctie: niveau tot en met " + config.instapNiveauTot()
                    + " en hoogstens " + config.instapUrenTot() + " uur per week");
        }
        return new Besluit(config.standaardPool(), "standaardpool");
    }

    public boolean isPool(String pool) {
        return pool != null && config.pools().contains(pool);
    }

    public List<String> pools() {
        return config.pools();
    }

    /** {@code werkplein.matching.<pool in lower case>.v1} (docs/events.md). */
    public static String topic(String pool) {
        return "werkplein.matching." + pool.toLowerCase(Locale.ROOT) + ".v1";
    }
}
