package nl.werkplein.ecoach;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.ServiceConformanceTest;

/** Health, metrics, errors, auth, audit and the API Design Rules, as every service promises them. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ConformanceTest extends ServiceConformanceTest {
}
