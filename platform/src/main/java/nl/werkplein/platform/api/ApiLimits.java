package nl.werkplein.platform.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The request limits every service answers with problem+json itself. The Netty limits
 * (quarkus.http.limits.max-initial-line-length / max-header-size) are set higher, so these apply first
 * and a too-long URI or header block gets the same problem+json and security headers as any error.
 */
@ConfigMapping(prefix = "werkplein.api.limits")
public interface ApiLimits {

    /** Longest request target (path and query) in characters; longer is 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest header block (names and values) in bytes; larger is 431. */
    @WithDefault("20480")
    int maxHeaderSize();

    /**
     * Most elements of an array in a request body whose field declares no {@code @Size(max)} of its own
     * (every DTO collection does; this is the ceiling for a bulk list such as a partner delivery or a
     * bestandsklanten import, which the service limits further itself). Checked before binding.
     */
    @WithDefault("100000")
    int maxArrayItems();

    /** Retry-After (seconds) on a 503 while a dependency such as the database is unreachable. */
    @WithDefault("5")
    int retryAfterSeconds();
}
