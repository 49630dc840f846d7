package nl.werkplein.platform.api;

import java.time.Duration;
import java.util.Map;

/**
 * Which numbers a caller gets under a limit (RateLimitConfig): the caller's own override when its
 * token subject has one, else the limit's requests per period. Framework-free.
 */
public record RateLimitRule(int requests, Duration period) {

    /** The prefix RateLimitFilter gives a caller known by its token subject ({@code sub:<subject>}). */
    public static final String SUBJECT = "sub:";

    public static RateLimitRule of(RateLimitConfig.Limit limit, String caller) {
        return of(limit.requests(), limit.period(), limit.callers(), caller);
    }

    static RateLimitRule of(int requests, Duration period, Map<String, RateLimitConfig.Caller> callers, String caller) {
        RateLimitConfig.Caller own = caller != null && caller.startsWith(SUBJECT) && callers != null
                ? callers.get(caller.substring(SUBJECT.length())) : null;
        if (own == null) {
            return new RateLimitRule(requests, period);
        }
        return new RateLimitRule(own.requests().orElse(requests), own.period().orElse(period));
    }

    public RateLimits.Rule bucket() {
        return new RateLimits.Rule(requests, period.toMillis());
    }
}
