package nl.werkplein.intake.zoekperiode;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** The policy numbers of domain.md §1.5. */
@ConfigMapping(prefix = "werkplein.intake.zoekperiode")
public interface ZoekperiodeConfig {

    /** How long the zoekperiode lasts. */
    @WithDefault("P4W")
    Period duur();

    /** From this age (whole years on the aanvraagdatum) the client is no longer a jongere. */
    @WithDefault("27")
    int leeftijdsgrens();
}
