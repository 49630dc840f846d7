package nl.werkplein.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Scenario 3: scenario 1's portal reads, and load.leveringNa seconds in one partner (load.partner, default
 * randstad) delivers load.vacatures (10,000) vacancies for this week. Reads made from the start of the PUT
 * until load.naloop seconds after its answer (the pools' consumers still at work) are in the group
 * "portaal tijdens levering", the others in "portaal buiten levering"; the summary sets the first
 * group's p99 beside scenario 1's (target: within 2×).
 */
public class LeveringTijdensPortaalSimulation extends Simulation {

    static final String LEVERING = "levering: PUT " + Omgeving.VACATURES + " vacatures (socialreturn)";

    /** The benchmark's rows (socialreturn LeveringBenchmark): every tenth a werkleerplek, every tenth for SW, the rest jobs. */
    static String levering(int aantal) {
        StringBuilder b = new StringBuilder(aantal * 330).append("{\"vacatures\":[");
        String sluiting = LocalDate.now().plusDays(60).toString();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < aantal; i++) {
            if (i > 0) {
                b.append(',');
            }
            String soort = i % 10 == 3 ? "WERKLEERPLEK" : "BAAN";
            b.append("{\"referentie\":\"LOAD-").append(run).append('-').append(i)
                    .append("\",\"titel\":\"Medewerker logistiek ").append(i)
                    .append("\",\"omschrijving\":\"Orderpicken, laden en lossen in ploegendienst bij een distributiecentrum in de regio\"")
                    .append(",\"beroepscode\":\"9333\",\"postcode\":\"97").append(10 + i % 80).append("AB\"")
                    .append(",\"urenPerWeek\":").append(16 + i % 25)
                    .append(",\"opleidingsniveau\":\"MBO2\",\"sluitingsdatum\":\"").append(sluiting)
                    .append("\",\"soort\":\"").append(soort).append("\",\"sw\":").append(i % 10 == 7)
                    .append(",\"werkgever\":\"Distributiecentrum Noord\"}");
        }
        return b.append("]}").toString();
    }

    static String dezeWeek() {
        LocalDate d = LocalDate.now();
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    {
        String body = levering(Omgeving.VACATURES);
        String partner = Omgeving.token("partner");
        var leveren = scenario("levering")
                .exec(pause(Duration.ofSeconds(Omgeving.LEVERING_NA_S)))
                .exec(s -> {
                    Portaal.LEVERING.set(true);
                    return s;
                })
                .exec(http(LEVERING).put(Omgeving.SOCIALRETURN + "/api/v1/partners/" + Omgeving.PARTNER + "/leveringen/" + dezeWeek())
                        .header("Authorization", "Bearer " + partner).header("Content-Type", "application/json")
                        .body(StringBody(body)).requestTimeout(Duration.ofMinutes(2))
                        .check(status().is(200), jsonPath("$.geaccepteerd").saveAs("geaccepteerd")))
                .exec(pause(Duration.ofSeconds(Omgeving.NALOOP_S)))
                .exec(s -> {
                    Portaal.LEVERING.set(false);
                    return s;
                });
        setUp(scenario("portaal lezen").exec(Portaal.lezenRondLevering())
                        .injectOpen(constantUsersPerSec(Omgeving.RPS).during(Duration.ofSeconds(Omgeving.SECONDS))),
                leveren.injectOpen(atOnceUsers(1)))
                .protocols(PortaalLezenSimulation.protocol())
                .assertions(details(LEVERING).failedRequests().count().is(0L),
                        global().failedRequests().count().is(0L));
    }
}
