package nl.werkplein.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "werkplein.outbox")
public interface OutboxConfig {

    /**
     * Keys are hashed into this many buckets; one relay at a time owns a bucket. Fixed for the life
     * of a service's outbox: changing it while rows are pending could reorder a key's events.
     */
    @WithDefault("8")
    int buckets();

    /** Rows per Kafka transaction. */
    @WithDefault("1000")
    int batchSize();

    /**
     * After a notification whose rows are not visible yet (an older transaction is still open), how
     * often the bucket looks again, for a second. An idle relay does not poll: notifications wake it.
     */
    @WithDefault("20ms")
    Duration idleWait();

    /** How often a relay tries to take buckets nobody holds (for example after a replica died). */
    @WithDefault("2s")
    Duration claimInterval();

    /** Whether this replica runs the relay at all. */
    @WithDefault("true")
    boolean relayEnabled();
}
