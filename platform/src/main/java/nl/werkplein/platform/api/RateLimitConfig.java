package nl.werkplein.platform.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-caller rate limits (docs/operations.md, "Rate limits"): each named limit lists the operations
 * it counts, as in the OpenAPI document ({@code PUT /api/v1/partners/{partnerId}/leveringen/{week}}),
 * and how many requests one caller (token subject, else client address) may make per period.
 * Example: {@code werkplein.api.rate-limits.limits.partner-levering.requests=20}.
 * <p>
 * One caller may have its own numbers under a limit (a partner with a contract for more, a known
 * portal with fewer), by its token subject:
 * {@code werkplein.api.rate-limits.limits.partner-levering.callers.P-0042.requests=100} (and/or
 * {@code .period}); what it leaves out is the limit's own. Callers known only by address have none.
 * Which rule a caller gets: {@link RateLimitRule}.
 */
@ConfigMapping(prefix = "werkplein.api.rate-limits")
public interface RateLimitConfig {

    /** All limits of this service off (true: each limit as its own enabled says). */
    @WithDefault("true")
    boolean enabled();

    /** Most callers tracked per replica; the one idle longest is forgotten first. */
    @WithDefault("10000")
    int maxCallers();

    @WithDefaults
    Map<String, Limit> limits();

    interface Limit {
        @WithDefault("true")
        boolean enabled();

        /** Requests per period per caller (also the burst). */
        @WithDefault("60")
        int requests();

        @WithDefault("PT1M")
        Duration period();

        /** The operations this limit counts: METHOD and path template as in the OpenAPI document. */
        Optional<List<String>> operations();

        /** Per token subject: that caller's own requests and/or period under this limit. */
        Map<String, Caller> callers();
    }

    /** One caller's override of a limit; left out, the limit's own value. */
    interface Caller {
        Optional<Integer> requests();

        Optional<Duration> period();
    }
}
