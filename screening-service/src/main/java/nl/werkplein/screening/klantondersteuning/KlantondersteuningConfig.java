package nl.werkplein.screening.klantondersteuning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** The limits of domain.md §4, as policy parameters. */
@ConfigMapping(prefix = "werkplein.screening.klantondersteuning")
public interface KlantondersteuningConfig {

    /** Phase 1 in the Centrum voor Werk lasts at most this long. */
    @WithDefault("P6W")
    Period centrumVoorWerkDuur();

    /** Hours a week planned in the Centrum voor Werk: at least this ... */
    @WithDefault("16")
    int urenPerWeekMinimaal();

    /** ... and at most this. */
    @WithDefault("20")
    int urenPerWeekMaximaal();

    /** Phase 2 on a werkleerplek lasts at most this long. */
    @WithDefault("P1Y")
    Period werkleerplekDuur();

    /** How often due work looks for trajectories past their limit. */
    @WithDefault("1m")
    String bewakingInterval();
}
