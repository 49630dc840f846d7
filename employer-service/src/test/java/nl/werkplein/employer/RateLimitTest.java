package nl.werkplein.employer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.RateLimitCheck;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

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
        RateLimitCheck.drieVerzoekenPerUurEnHerstel("matcher", "matcher-a", "matcher-b", clock, RateLimitTest::verzoek);
    }
}
