package nl.werkplein.testsupport;

import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service's RateLimitTest shows for its limit, 3 requests per hour for the two test callers
 * (per-caller overrides in the service's {@code %test} configuration, so no own profile and no restart):
 * the fourth request of one caller is a 429 problem+json with the security headers and a Retry-After of
 * about 20 minutes, another caller is not affected, and after Retry-After the first caller may send
 * exactly one request again. The clock is moved back afterwards: the other test classes share the app.
 */
public final class RateLimitCheck {

    private RateLimitCheck() {
    }

    /**
     * @param verzoek sends one request as (token, subject) and returns the answer
     */
    public static void drieVerzoekenPerUurEnHerstel(String rol, String subjectA, String subjectB, MovableClock clock,
                                           BiFunction<String, String, Response> verzoek) {
        Duration offsetBefore = Duration.between(Instant.now(), clock.instant());
        String a = Tokens.voor(rol, subjectA);
        String b = Tokens.voor(rol, subjectB);
        for (int i = 0; i < 3; i++) {
            assertNotEquals(429, verzoek.apply(a, subjectA).statusCode(), "request " + (i + 1) + " is within the limit");
        }
        Response te = verzoek.apply(a, subjectA);
        assertEquals(429, te.statusCode());
        assertTrue(te.contentType().startsWith("application/problem+json"), te.contentType());
        assertEquals(429, te.jsonPath().getInt("status"));
        assertEquals("nosniff", te.header("X-Content-Type-Options"));
        assertEquals("DENY", te.header("X-Frame-Options"));
        long retryAfter = Long.parseLong(te.header("Retry-After"));
        assertTrue(retryAfter > 1100 && retryAfter <= 1200, "Retry-After " + retryAfter + " (one request per 20 minutes)");
        assertNotEquals(429, verzoek.apply(b, subjectB).statusCode(), "another caller is not affected");
        clock.advance(Duration.ofSeconds(retryAfter));
        try {
            assertNotEquals(429, verzoek.apply(a, subjectA).statusCode(), "after Retry-After the caller may again");
            assertEquals(429, verzoek.apply(a, subjectA).statusCode(), "but only once");
        } finally {
            clock.advance(Duration.ofSeconds(-retryAfter)); // exactly what was moved, whatever the offset was before
        }
        Duration offsetAfter = Duration.between(Instant.now(), clock.instant());
        assertTrue(offsetAfter.minus(offsetBefore).abs().toMillis() < 1000, "the clock is back: " + offsetBefore + " then " + offsetAfter);
    }
}
