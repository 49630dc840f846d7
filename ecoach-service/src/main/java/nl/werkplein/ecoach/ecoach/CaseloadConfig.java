package nl.werkplein.ecoach.ecoach;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "werkplein.ecoach.caseload")
public interface CaseloadConfig {

    /** Active clients an e-coach takes before others are preferred; beheer may set it per e-coach. */
    @WithDefault("150")
    int capaciteit();
}
