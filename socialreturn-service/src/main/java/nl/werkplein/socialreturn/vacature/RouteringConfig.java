package nl.werkplein.socialreturn.vacature;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * Which candidate pool a vacancy goes to (domain.md 7.2, 7.3). Each pool has its topic
 * {@code werkplein.matching.<pool lower case>.v1}, which must be listed in werkplein.kafka.produces.
 */
@ConfigMapping(prefix = "werkplein.socialreturn.routering")
public interface RouteringConfig {

    /** The candidate pools of employer-service this service may route to. */
    @WithDefault("BEMIDDELBAAR,KLANTONDERSTEUNING,SW")
    List<String> pools();

    /** Places acquired for the SW target group (sw = true). */
    @WithDefault("SW")
    String swPool();

    /** Werkleerplekken serve clients in Klantondersteuning phase 2 (domain.md 4.3). */
    @WithDefault("KLANTONDERSTEUNING")
    String werkleerplekPool();

    /** Training places of Bureau Social Return. */
    @WithDefault("KLANTONDERSTEUNING")
    String opleidingsplaatsPool();

    /** Entry-level Social Return jobs: at most {@link #instapNiveauTot()} and at most {@link #instapUrenTot()} hours. */
    @WithDefault("KLANTONDERSTEUNING")
    String instapPool();

    @WithDefault("MBO1")
    Opleidingsniveau instapNiveauTot();

    @WithDefault("24")
    int instapUrenTot();

    /** Everything else: the job-ready (bemiddelbare) pool. */
    @WithDefault("BEMIDDELBAAR")
    String standaardPool();
}
