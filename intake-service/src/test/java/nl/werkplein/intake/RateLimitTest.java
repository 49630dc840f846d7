package nl.werkplein.intake;

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

/** Issue 15 point 7: the per-caller limit "aanvraag" (platform RateLimitFilter), with 3 requests per hour (the clock is moved to recover). */
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
                    "werkplein.api.rate-limits.limits.aanvraag.requests", "3",
                    "werkplein.api.rate-limits.limits.aanvraag.period", "PT1H");
        }
    }

    /** Counted before the body is read: an invalid aanvraag (400) spends a request too. */
    private static Response verzoek(String token, String subject) {
        return given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/aanvragen").andReturn();
    }

    @Test
    void eenBellerBovenDeGrensKrijgt429EnHerstelt() {
        RateLimitCheck.drieVerzoekenPerUurEnHerstel("portaal", "portaal-a", "portaal-b", clock, RateLimitTest::verzoek);
    }
}
