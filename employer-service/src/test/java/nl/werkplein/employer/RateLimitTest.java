package nl.werkplein.employer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.RateLimitCheck;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * Issue 15 point 7: the per-caller limit "werkvoorraad" (platform RateLimitFilter), 3 requests per hour for
 * the two callers here by their own override in the %test configuration (application.properties), so
 * this class needs no profile of its own and no restart. The clock is moved to recover, and back.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class RateLimitTest {

    @jakarta.inject.Inject
    nl.werkplein.testsupport.MovableClock clock;

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
