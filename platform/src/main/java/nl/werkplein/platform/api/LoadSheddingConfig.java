package nl.werkplein.platform.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Load shedding per replica (docs/operations.md, "Load shedding"; {@link LoadShedding}): above
 * {@link #maxInFlight()} API requests in flight a replica answers 503 at once instead of queueing.
 * Unlike the per-caller rate limit ({@link RateLimitConfig}, 429) this protects the replica from
 * everyone together, whoever the callers are.
 */
@ConfigMapping(prefix = "werkplein.api.load-shedding")
public interface LoadSheddingConfig {

    /** false: never shed (every request waits for a worker and a connection, however long). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Most API requests one replica has in flight (from arrival until the response ends or the client
     * goes away); one more is 503. Why 50: nearly every API request needs a database connection, and
     * each replica has 20 (Agroal's default {@code quarkus.datasource.jdbc.max-size}, which no service
     * changes; each database allows 200, for up to 6 replicas × 20). Beyond the 20 being served,
     * 30 more may wait for a connection — at the few to tens of milliseconds an API request takes that
     * is a wait of well under a second, and it covers requests that hold a place without a connection
     * (a body still being uploaded, an answer still being read by a slow client). A request beyond those
     * would only wait longer for the same 20 connections while its caller times out, and hold heap and
     * one of the 200 worker threads meanwhile: at 500 requests/s on 2 cores that queue grew without
     * bound. Normal load is far below this (a few requests in flight at 500 requests/s spread over the
     * services). Raise it together with {@code quarkus.datasource.jdbc.max-size}.
     */
    @WithDefault("50")
    int maxInFlight();

    /** Retry-After (seconds) on a shed request: overload passes quickly, or the autoscaler adds a replica. */
    @WithDefault("1")
    int retryAfterSeconds();
}
