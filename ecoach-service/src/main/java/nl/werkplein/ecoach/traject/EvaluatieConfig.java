package nl.werkplein.ecoach.traject;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

@ConfigMapping(prefix = "werkplein.ecoach.evaluatie")
public interface EvaluatieConfig {

    /** The evaluation falls this long after the start, and again after each evaluation that continues (domain.md 3.4). */
    @WithDefault("P3M")
    Period na();
}
