package nl.werkplein.socialreturn;

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

/** Issue 15 point 7: the per-caller limit "partner-levering" (platform RateLimitFilter), with 3 requests per hour (the clock is moved to recover). */
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
                    "werkplein.api.rate-limits.limits.partner-levering.requests", "3",
                    "werkplein.api.rate-limits.limits.partner-levering.period", "PT1H");
        }
    }

    /** Per partner: its token subject is its partner id (an unknown partner still counts: 404 after the limit check). */
    private static Response verzoek(String token, String partnerId) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"vacatures\":[]}")
                .put("/api/v1/partners/" + partnerId + "/leveringen/2026-W09").andReturn();
    }

    @Test
    void eenBellerBovenDeGrensKrijgt429EnHerstelt() {
        RateLimitCheck.drieVerzoekenPerUurEnHerstel("partner", "RL-a", "RL-b", clock, RateLimitTest::verzoek);
    }
}
