package nl.werkplein.socialreturn.levering;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "werkplein.socialreturn.levering")
public interface LeveringConfig {

    /** At most this many vacancies per delivery (api.md); more is 413. */
    @WithDefault("10000")
    int maxVacatures();

    /** A partner may deliver at most this many weeks ahead of the current ISO week. */
    @WithDefault("1")
    int maxWekenVooruit();

    /** A week counts as missed this many days after it ended without a delivery (0: from its next Monday). */
    @WithDefault("0")
    int termijnDagen();

    /** The weekly check looks back at most this many weeks. */
    @WithDefault("52")
    int terugkijkenWeken();
}
