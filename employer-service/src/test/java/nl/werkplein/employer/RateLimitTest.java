package nl.werkplein.employer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15 point 7: the per-caller limit "werkvoorraad" (platform RateLimitFilter), with 3 requests per hour (the clock is moved to recover). */
@QuarkusTest
@TestProfile(RateLimitTest.KleineGrens.class)
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class RateLimitTest {

    @jakarta.inject.Inject
    nl.werkplein.testsupport.MovableClock clock;

    public static class KleineGrens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("werkplein.api.rate-limits.enabled", "true",
                    "werkplein.api.rate-limits.limits.werkvoorraad.requests", "3",
                    "werkplein.api.rate-limits.limits.werkvoorraad.period", "PT1H");
        }
    }

    /** Both ranked reads count against one bucket. */
    private static int n;

    private static Response verzoek(String token, String subject) {
        String path = n++ % 2 == 0 ? "/api/v1/pools/BEMIDDELBAAR/werkvoorraad" : "/api/v1/vacatures/" + java.util.UUID.randomUUID() + "/kandidaten";
        return given().auth().oauth2(token).get(path).andReturn();
    }

    @Test
    void eenBellerBovenDeGrensKrijgt429EnHerstelt() {
        String a = Tokens.voor("matcher", "matcher-a");
        String b = Tokens.voor("matcher", "matcher-b");
        for (int i = 0; i < 3; i++) {
            assertNotEquals(429, verzoek(a, "matcher-a").statusCode(), "request " + (i + 1) + " is within the limit");
        }
        Response te = verzoek(a, "matcher-a");
        assertEquals(429, te.statusCode());
        assertTrue(te.contentType().startsWith("application/problem+json"), te.contentType());
        assertEquals(429, te.jsonPath().getInt("status"));
        assertEquals("nosniff", te.header("X-Content-Type-Options"));
        assertEquals("DENY", te.header("X-Frame-Options"));
        long retryAfter = Long.parseLong(te.header("Retry-After"));
        assertTrue(retryAfter > 1100 && retryAfter <= 1200, "Retry-After " + retryAfter + " (one request per 20 minutes)");
        // another caller is not affected
        assertNotEquals(429, verzoek(b, "matcher-b").statusCode());
        // after Retry-After the caller may again, once
        clock.advance(java.time.Duration.ofSeconds(retryAfter));
        assertNotEquals(429, verzoek(a, "matcher-a").statusCode());
        assertEquals(429, verzoek(a, "matcher-a").statusCode());
    }
}
