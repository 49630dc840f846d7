package nl.werkplein.platform.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimitRuleTest {

    private static final Duration MINUUT = Duration.ofMinutes(1);

    private static RateLimitConfig.Caller eigen(Integer requests, Duration period) {
        return new RateLimitConfig.Caller() {
            @Override
            public Optional<Integer> requests() {
                return Optional.ofNullable(requests);
            }

            @Override
            public Optional<Duration> period() {
                return Optional.ofNullable(period);
            }
        };
    }

    private static final Map<String, RateLimitConfig.Caller> CALLERS = Map.of(
            "P-0042", eigen(100, null),
            "portaal-a", eigen(3, Duration.ofHours(1)),
            "alleen-periode", eigen(null, Duration.ofHours(1)));

    @Test
    void eenBellerMetEigenGetallenKrijgtDie_anderenDieVanDeGrens() {
        assertEquals(new RateLimitRule(3, Duration.ofHours(1)), RateLimitRule.of(20, MINUUT, CALLERS, "sub:portaal-a"));
        // what the override leaves out is the limit's own
        assertEquals(new RateLimitRule(100, MINUUT), RateLimitRule.of(20, MINUUT, CALLERS, "sub:P-0042"));
        assertEquals(new RateLimitRule(20, Duration.ofHours(1)), RateLimitRule.of(20, MINUUT, CALLERS, "sub:alleen-periode"));
        // another subject, or no overrides at all: the limit's numbers
        assertEquals(new RateLimitRule(20, MINUUT), RateLimitRule.of(20, MINUUT, CALLERS, "sub:portaal-b"));
        assertEquals(new RateLimitRule(20, MINUUT), RateLimitRule.of(20, MINUUT, Map.of(), "sub:portaal-a"));
    }

    @Test
    void alleenEenTokensubjectHeeftEigenGetallen() {
        // a caller known by its address, even one that looks like a subject, gets the limit's numbers
        assertEquals(new RateLimitRule(20, MINUUT), RateLimitRule.of(20, MINUUT, CALLERS, "adres:portaal-a"));
        assertEquals(new RateLimitRule(20, MINUUT), RateLimitRule.of(20, MINUUT, CALLERS, "portaal-a"));
        // case matters: subjects are compared exactly
        assertEquals(new RateLimitRule(20, MINUUT), RateLimitRule.of(20, MINUUT, CALLERS, "sub:Portaal-A"));
    }

    @Test
    void deEmmerTeltMetDeGekozenGetallen() {
        RateLimits limits = new RateLimits(10);
        RateLimits.Rule klein = RateLimitRule.of(20, MINUUT, CALLERS, "sub:portaal-a").bucket();
        assertEquals(new RateLimits.Rule(3, 3_600_000), klein);
        for (int i = 0; i < 3; i++) {
            limits.take("aanvraag", klein, "sub:portaal-a", 0);
        }
        RateLimits.Decision vierde = limits.take("aanvraag", klein, "sub:portaal-a", 0);
        assertEquals(false, vierde.allowed());
        assertEquals(1200, vierde.retryAfterSeconds()); // one per 20 minutes, not one per 3 s
    }
}
