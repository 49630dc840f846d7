package nl.werkplein.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "werkplein.kafka")
public interface TopicConfig {

    /** Topics this service writes or reads; each is created at start-up when missing, with its .dlq for reads. */
    Optional<List<String>> produces();

    Optional<List<String>> consumes();

    @WithDefault("6")
    int partitions();

    /** Empty: the broker's default.replication.factor. */
    Optional<Short> replicationFactor();
}
