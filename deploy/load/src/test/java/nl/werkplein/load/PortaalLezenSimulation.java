package nl.werkplein.load;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/** Scenario 1: portal reads at load.rps (default 500/s) for load.seconds (60); p99 ≤ load.p99 ms (20), none failed. */
public class PortaalLezenSimulation extends Simulation {

    static HttpProtocolBuilder protocol() {
        // a portal backend keeps a connection pool: share connections instead of one per virtual user
        return http.acceptHeader("application/json").shareConnections().disableCaching();
    }

    {
        setUp(scenario("portaal lezen").exec(Portaal.lezen())
                .injectOpen(constantUsersPerSec(Omgeving.RPS).during(Duration.ofSeconds(Omgeving.SECONDS))))
                .protocols(protocol())
                .assertions(global().responseTime().percentile(99.0).lte(Omgeving.P99_MS),
                        global().failedRequests().count().is(0L));
    }
}
