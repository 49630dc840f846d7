package nl.werkplein.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;

import java.util.concurrent.atomic.AtomicBoolean;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portals' reads, one per virtual user, in equal shares: a client's aanvraag (intake), their indeling
 * (screening) and trajectory (ecoach), each with the client's own token as werk.nl and the Werkmap call
 * them, and a page of a matcher's werkvoorraad (employer). Request names are the summary's rows.
 */
final class Portaal {

    /** Set by the delivery scenario while a partner delivery is under way: reads then count in their own group. */
    static final AtomicBoolean LEVERING = new AtomicBoolean();
    static final String TIJDENS = "portaal tijdens levering";
    static final String BUITEN = "portaal buiten levering";

    static final String AANVRAAG = "portaal: aanvraag (intake)";
    static final String INDELING = "portaal: indeling (screening)";
    static final String TRAJECT = "portaal: traject (ecoach)";
    static final String WERKVOORRAAD = "portaal: werkvoorraad (employer)";

    static final String RUW = "vloer: /q/health/live";

    private Portaal() {
    }

    /**
     * The floor beside scenario 1: a liveness probe of one of the same four services per virtual user (no
     * token, no database, no audit): what Gatling, loopback and the HTTP stack cost at the same rate.
     */
    static ChainBuilder ruw() {
        return exec(uniformRandomSwitch().on(
                exec(http(RUW).get(Omgeving.INTAKE + "/q/health/live").check(status().is(200))),
                exec(http(RUW).get(Omgeving.SCREENING + "/q/health/live").check(status().is(200))),
                exec(http(RUW).get(Omgeving.ECOACH + "/q/health/live").check(status().is(200))),
                exec(http(RUW).get(Omgeving.EMPLOYER + "/q/health/live").check(status().is(200)))));
    }

    /** Scenario 1: one read per virtual user. */
    static ChainBuilder lezen() {
        return voeden().exec(een());
    }

    /**
     * Scenario 3: the same reads, in the group "portaal tijdens levering" while the delivery runs, else in
     * "portaal buiten levering"; a group of one request has that request's time, so the group's p99 is
     * the portal's p99 in that window.
     */
    static ChainBuilder lezenRondLevering() {
        return voeden().exec(doIfOrElse(s -> LEVERING.get()).then(group(TIJDENS).on(een())).orElse(group(BUITEN).on(een())));
    }

    private static ChainBuilder voeden() {
        FeederBuilder<Object> klanten = listFeeder(Omgeving.klanten()).circular();
        // employer allows one caller 60 werkvoorraad pages a minute: load.sh writes one matcher per read a second
        FeederBuilder<Object> matchers = listFeeder(Omgeving.tokens("matchers")).circular();
        return feed(klanten).feed(matchers);
    }

    private static ChainBuilder een() {
        return exec(uniformRandomSwitch().on(
                exec(http(AANVRAAG).get(Omgeving.INTAKE + "/api/v1/aanvragen/#{aanvraagId}")
                        .header("Authorization", "Bearer #{klantToken}").check(status().is(200))),
                exec(http(INDELING).get(Omgeving.SCREENING + "/api/v1/klanten/#{klantId}/indeling")
                        .header("Authorization", "Bearer #{klantToken}").check(status().is(200))),
                exec(http(TRAJECT).get(Omgeving.ECOACH + "/api/v1/trajecten/#{klantId}")
                        .header("Authorization", "Bearer #{klantToken}").check(status().is(200))),
                exec(http(WERKVOORRAAD).get(Omgeving.EMPLOYER + "/api/v1/pools/BEMIDDELBAAR/werkvoorraad?page=1&size=20")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))));
    }
}
