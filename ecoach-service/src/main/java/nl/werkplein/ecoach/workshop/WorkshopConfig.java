package nl.werkplein.ecoach.workshop;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "werkplein.ecoach.workshop")
public interface WorkshopConfig {

    /** The partner (its token's sub) that gives the workshops and receives the referrals (domain.md 3.5). */
    @WithDefault("randstad")
    String partner();

    /** Its name in the client's mail. */
    @WithDefault("Randstad")
    String partnerNaam();
}
