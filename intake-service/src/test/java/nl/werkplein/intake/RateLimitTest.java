package nl.werkplein.intake;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.RateLimitCheck;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * Issue 15 point 7: the per-caller limit "aanvraag" (platform RateLimitFilter), 3 requests per hour for
 * the two callers here by their own override in the %test configuration (application.properties), so
 * this class needs no profile of its own and no restart. The clock is moved to recover, and back.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class RateLimitTest {

    @jakarta.inject.Inject
    nl.werkplein.testsupport.MovableClock clock;

    /** Counted before the body is read: an invalid aanvraag (400) spends a request too. */
    private static Response verzoek(String token, String subject) {
        return given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/aanvragen").andReturn();
    }

    @Test
    void eenBellerBovenDeGrensKrijgt429EnHerstelt() {
        RateLimitCheck.drieVerzoekenPerUurEnHerstel("portaal", "portaal-a", "portaal-b", clock, RateLimitTest::verzoek);
    }
}
