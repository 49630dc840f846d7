package nl.werkplein.socialreturn;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.RateLimitCheck;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * Issue 15 point 7: the per-caller limit "partner-levering" (platform RateLimitFilter), 3 requests per hour for
 * the two callers here by their own override in the %test configuration (application.properties), so
 * this class needs no profile of its own and no restart. The clock is moved to recover, and back.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class RateLimitTest {

    @jakarta.inject.Inject
    nl.werkplein.testsupport.MovableClock clock;

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
