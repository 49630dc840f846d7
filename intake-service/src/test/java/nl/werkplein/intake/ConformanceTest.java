package nl.werkplein.intake;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.DatabaseOutage;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.ServiceConformanceTest;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Health, metrics, errors, auth, audit and the API Design Rules, as every service promises them. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ConformanceTest extends ServiceConformanceTest {

    /** issue 15: PostgreSQL stopped under a stream of new aanvragen (DatabaseOutage). */
    @Test
    void postgresUitvalIs503MetRetryAfterZonderValse409EnHerstelt() throws InterruptedException {
        DatabaseOutage.verify(() -> given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body(Map.of("bsn", TestBsn.volgende(), "geboortedatum", "1980-04-01", "email", "uitval@example.nl",
                        "postcode", "9731AB", "startkwalificatie", true))
                .post("/api/v1/aanvragen"), 201);
    }
}
