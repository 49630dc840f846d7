package nl.werkplein.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/** Scenario 0, the raw limit: scenario 1's rate of liveness probes on the same services; only "none failed" is asserted. */
public class VloerSimulation extends Simulation {
    {
        setUp(scenario("vloer").exec(Portaal.ruw())
                .injectOpen(constantUsersPerSec(Omgeving.RPS).during(Duration.ofSeconds(Omgeving.SECONDS))))
                .protocols(PortaalLezenSimulation.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
