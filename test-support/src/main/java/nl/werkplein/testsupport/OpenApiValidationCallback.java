package nl.werkplein.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link OpenApiResponseValidation} before every @QuarkusTest method of every service
 * (found through META-INF/services), once: a REST test needs nothing to have its responses checked.
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(OpenApiResponseValidation.class::isInstance)) {
            RestAssured.filters(new OpenApiResponseValidation());
        }
    }
}
