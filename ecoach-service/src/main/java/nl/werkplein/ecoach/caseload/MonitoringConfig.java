package nl.werkplein.ecoach.caseload;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The job-search effort an e-coach expects (domain.md 3.2): so many activities per week over the last weeks. */
@ConfigMapping(prefix = "werkplein.ecoach.monitoring")
public interface MonitoringConfig {

    @WithDefault("2")
    int activiteitenPerWeek();

    @WithDefault("4")
    int weken();
}
