package nl.werkplein.platform.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "werkplein.event")
public interface EventConfig {
    /** The municipality's OIN, used in every event's source URN. */
    @WithDefault("00000001001234567000")
    String oin();

    /** The service name in the source URN, e.g. intake-service. */
    @WithDefault("${quarkus.application.name}")
    String systeem();

    default String sourceUrn() {
        return "urn:nld:oin:" + oin() + ":systeem:" + systeem();
    }
}
