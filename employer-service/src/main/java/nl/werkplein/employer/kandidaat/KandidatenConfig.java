package nl.werkplein.employer.kandidaat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "werkplein.employer.kandidaten")
public interface KandidatenConfig {

    /**
     * How often each replica loads read-model rows that changed into its in-memory index regardless of
     * notifications (scheduler syntax): only the fallback for a notification lost while reconnecting.
     */
    @WithDefault("30s")
    String verversen();

    /** How far back each refresh of the in-memory index looks, beyond its previous read (covers transactions still open then). */
    @WithDefault("10s")
    Duration verversMarge();

    /** Expected number of candidates, to size the index up front. */
    @WithDefault("1024")
    int capaciteit();

    /** The client topics whose events make the read model; a rebuild replays them from offset 0. */
    @WithDefault("werkplein.screening.indelingen.v1,werkplein.ecoach.trajecten.v1,werkplein.intake.aanvragen.v1")
    List<String> topics();

    /** Age from which a placed candidate counts as 50-plus (domain.md 7.4 supplement). */
    @WithDefault("50")
    int vijftigPlusLeeftijd();
}
