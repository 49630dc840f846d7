package nl.werkplein.screening.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The policy of the Entreevragenlijst (domain.md §2.3); every number is a parameter. */
@ConfigMapping(prefix = "werkplein.screening.regels")
public interface RegelsetConfig {

    enum Modus {
        /** Only ZELFDOENER is decided automatically; everyone else has a conversation (policy of 2014). */
        BELEID_2014,
        /** KLANTONDERSTEUNING and MAATSCHAPPELIJKE_PARTICIPATIE too, when the answers are clear. */
        ALLE_LIJNEN
    }

    @WithDefault("BELEID_2014")
    Modus modus();

    /** Version of the rule set; raise it when a threshold or the rules change. */
    @WithDefault("1")
    String versie();

    /** Every dimension at least this, and no barrier: ZELFDOENER. */
    @WithDefault("4.0")
    double zelfdoenerDrempel();

    /** ALLE_LIJNEN: every dimension at most this: MAATSCHAPPELIJKE_PARTICIPATIE. */
    @WithDefault("2.0")
    double participatieDrempel();

    /** ALLE_LIJNEN: WILLEN at least this and KUNNEN above the participation threshold: KLANTONDERSTEUNING. */
    @WithDefault("3.5")
    double klantondersteuningWillenDrempel();
}
