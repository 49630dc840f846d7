package nl.werkplein.screening;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.ServiceConformanceTest;

@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ConformanceTest extends ServiceConformanceTest {

    @Override
    protected String service() {
        return "screening-service";
    }
}
