package nl.werkplein.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Scenario 2: the whole zelfdoener flow at load.flows per second (default 50) for load.seconds (60):
 * aanvraag filed (intake, portaal) → bevestiging (kcc) → screening knows the client (poll) →
 * Entreevragenlijst with 5 everywhere (screening, consulent) → besluit TOEGEKEND (intake, rechtmatigheid)
 * → trajectory visible at ecoach (poll). The two polls are groups timed by their duration
 * (gatling.conf useGroupDurationMetric): the asynchronous hops over Kafka, target p99 ≤ load.hopP99 ms.
 */
public class ZelfdoenerSimulation extends Simulation {

    static final String HOP_SCREENING = "hop: bevestiging -> screening kent klant";
    static final String HOP_ECOACH = "hop: besluit -> traject zichtbaar";

    /** A fresh BSN that passes the 11-proef and a mailbox per flow; filed 40 days ago so the bevestiging plans the gesprek. */
    static Iterator<Map<String, Object>> aanvragers() {
        String aanvraagdatum = LocalDate.now().minusDays(40).toString();
        return Stream.generate((java.util.function.Supplier<Map<String, Object>>) () -> Map.of(
                "bsn", bsn(), "email", "load-" + UUID.randomUUID() + "@example.nl", "aanvraagdatum", aanvraagdatum)).iterator();
    }

    static String bsn() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            int[] d = new int[8];
            d[0] = 1 + r.nextInt(9);
            int sum = 9 * d[0];
            for (int i = 1; i < 8; i++) {
                d[i] = r.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int laatste = sum % 11;
            if (laatste <= 9) {
                StringBuilder b = new StringBuilder(9);
                for (int x : d) {
                    b.append(x);
                }
                return b.append(laatste).toString();
            }
        }
    }

    static final String VIJVEN;

    static {
        StringBuilder b = new StringBuilder("{\"versie\":\"2026.1\",\"antwoorden\":{");
        String sep = "";
        for (String dim : new String[] {"K", "W", "C"}) {
            for (int i = 1; i <= 4; i++) {
                b.append(sep).append('"').append(dim).append(i).append("\":5");
                sep = ",";
            }
        }
        VIJVEN = b.append("}}").toString();
    }

    /** Polls GET url until 200 (404 meanwhile), POLL_MS apart, at most HOP_MAX_MS; a hop that never arrives fails its group. */
    static ChainBuilder wachtOp(String groep, String naam, String url, Function<Session, String> token) {
        int pogingen = Math.max(1, Omgeving.HOP_MAX_MS / Math.max(1, Omgeving.POLL_MS));
        return group(groep).on(
                exec(s -> s.set("gezien", 0).set("poging", 0))
                        .exec(asLongAs(s -> s.getInt("gezien") != 200 && s.getInt("poging") < pogingen).on(
                                exec(http(naam).get(url).header("Authorization", s -> "Bearer " + token.apply(s))
                                        .check(status().in(200, 404).saveAs("gezien")))
                                        .exec(s -> s.set("poging", s.getInt("poging") + 1))
                                        .doIf(s -> s.getInt("gezien") != 200).then(pause(Duration.ofMillis(Omgeving.POLL_MS)))))
                        .exec(s -> s.getInt("gezien") == 200 ? s : s.markAsFailed()))
                .exitHereIfFailed();
    }

    {
        String portaal = Omgeving.token("portaal");
        String kcc = Omgeving.token("kcc");
        String consulent = Omgeving.token("consulent");
        String rechtmatigheid = Omgeving.token("rechtmatigheid");
        String beheer = Omgeving.token("beheer");
        // intake allows one caller 300 aanvragen a minute: the portal files under several subjects
        var portalen = listFeeder(Omgeving.tokens("portalen")).circular();

        ChainBuilder flow = feed(aanvragers()).feed(portalen)
                .exec(http("aanvraag indienen (intake)").post(Omgeving.INTAKE + "/api/v1/aanvragen")
                        .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                        .body(StringBody("{\"bsn\":\"#{bsn}\",\"geboortedatum\":\"1985-05-05\",\"email\":\"#{email}\",\"postcode\":\"9731AB\","
                                + "\"aanvraagdatum\":\"#{aanvraagdatum}\",\"startkwalificatie\":true}"))
                        .check(status().is(201), jsonPath("$.id").saveAs("aanvraagId"), jsonPath("$.klantId").saveAs("klantId")))
                .exitHereIfFailed()
                .exec(http("bevestiging (intake)").post(Omgeving.INTAKE + "/api/v1/aanvragen/#{aanvraagId}/bevestiging")
                        .header("Authorization", "Bearer " + kcc).check(status().is(200), jsonPath("$.status").is("GESPREK_GEPLAND")))
                .exitHereIfFailed()
                .exec(wachtOp(HOP_SCREENING, "poll: klant bij screening", Omgeving.SCREENING + "/api/v1/klanten/#{klantId}", s -> consulent))
                .exec(http("entreevragenlijst (screening)").post(Omgeving.SCREENING + "/api/v1/klanten/#{klantId}/entreevragenlijst")
                        .header("Authorization", "Bearer " + consulent).header("Content-Type", "application/json")
                        .body(StringBody(VIJVEN)).check(status().is(201), jsonPath("$.uitkomst").is("ZELFDOENER")))
                .exitHereIfFailed()
                .exec(http("besluit toegekend (intake)").post(Omgeving.INTAKE + "/api/v1/aanvragen/#{aanvraagId}/besluit")
                        .header("Authorization", "Bearer " + rechtmatigheid).header("Content-Type", "application/json")
                        .body(StringBody("{\"uitkomst\":\"TOEGEKEND\",\"verplichtingenNagekomen\":true,\"reden\":\"recht vastgesteld\"}"))
                        .check(status().is(200)))
                .exitHereIfFailed()
                .exec(wachtOp(HOP_ECOACH, "poll: traject bij ecoach", Omgeving.ECOACH + "/api/v1/trajecten/#{klantId}", s -> beheer));

        setUp(scenario("zelfdoener").exec(flow)
                .injectOpen(constantUsersPerSec(Omgeving.FLOWS).during(Duration.ofSeconds(Omgeving.SECONDS))))
                .protocols(PortaalLezenSimulation.protocol())
                .assertions(details(HOP_SCREENING).responseTime().percentile(99.0).lte(Omgeving.HOP_P99_MS),
                        details(HOP_ECOACH).responseTime().percentile(99.0).lte(Omgeving.HOP_P99_MS),
                        // every flow completes: its last hop succeeded once per flow started
                        details(HOP_ECOACH).failedRequests().count().is(0L),
                        global().failedRequests().count().is(0L));
    }
}
