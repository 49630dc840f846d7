package nl.werkplein.endtoend;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The five services, started once per test JVM and shared by every test class that needs them
 * running: a packaged service costs 5-7 s of CPU to boot, and booting a suite per class was most of
 * this module's time. Each test follows its own clients (fresh klantIds, BSNs and e-mail addresses),
 * so the classes do not see each other's data. Tests that change a service's configuration or kill
 * one (mail outage, replicas) start their own processes beside it.
 */
final class Suite {

    private static Suite instance;

    final ServiceProcess intake;
    final ServiceProcess screening;
    final ServiceProcess ecoach;
    final ServiceProcess employer;
    final ServiceProcess socialreturn;
    /** intake's environment (its BSN keys above all), for a second replica on the same database. */
    private final Map<String, String> intakeEnv;

    private static final Map<String, String> EMPLOYER_ENV = Map.of("WERKPLEIN_API_RATE_LIMITS_LIMITS_WERKVOORRAAD_REQUESTS", "100000");
    // the sessions hold everyone the classes route (ConsumentReplicasTest alone routes 120 zelfdoeners;
    // 25 a week would leave ZelfdoenerTest's client without a voorlichting)
    private static final Map<String, String> ECOACH_ENV = Map.of("WERKPLEIN_ECOACH_VOORLICHTING_CAPACITEIT", "1000");

    private Suite() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("WERKPLEIN_INTAKE_BSN_SLEUTEL", Klantreis.randomKey());
        env.put("WERKPLEIN_INTAKE_BSN_HMAC_SLEUTEL", Klantreis.randomKey());
        // the activeringsmail goes out within a second, so the journeys need not wait for it
        env.put("WERKPLEIN_INTAKE_MAIL_INTERVAL", "1s");
        env.put("WERKPLEIN_INTAKE_MAIL_EERSTE_WACHT", "1s");
        // the limits stay on (the filter runs as in production) but high: the classes share one
        // client address, and the limits themselves are each service's RateLimitTest
        env.put("WERKPLEIN_API_RATE_LIMITS_LIMITS_AANVRAAG_REQUESTS", "100000");
        intakeEnv = Map.copyOf(env);
        // started together and awaited together: the boots overlap on the machine's cores
        intake = ServiceProcess.start("intake-service", "e2e_intake", intakeEnv);
        screening = ServiceProcess.start("screening-service", "e2e_screening", Map.of());
        ecoach = ServiceProcess.start("ecoach-service", "e2e_ecoach", ECOACH_ENV);
        employer = ServiceProcess.start("employer-service", "e2e_employer", EMPLOYER_ENV);
        socialreturn = ServiceProcess.start("socialreturn-service", "e2e_socialreturn", Map.of());
        for (ServiceProcess p : all()) {
            p.awaitReady(Duration.ofSeconds(180));
        }
    }

    static synchronized Suite get() throws Exception {
        if (instance == null) {
            instance = new Suite();
        }
        return instance;
    }

    List<ServiceProcess> all() {
        return List.of(intake, screening, ecoach, employer, socialreturn);
    }

    /** The suite's configuration of a service other than intake (whose BSN keys are per suite). */
    static Map<String, String> env(String service) {
        return switch (service) {
            case "employer-service" -> EMPLOYER_ENV;
            case "ecoach-service" -> ECOACH_ENV;
            default -> Map.of();
        };
    }

    /** Another intake replica on the suite's database and keys; the caller stops it. */
    ServiceProcess extraIntake() throws Exception {
        return extra(List.of("intake-service")).get(0);
    }

    /** More replicas of suite services (on the suite's databases and configuration), started together; the caller stops them. */
    List<ServiceProcess> extra(List<String> services) throws Exception {
        List<ServiceProcess> started = new java.util.ArrayList<>();
        for (String service : services) {
            Map<String, String> env = service.equals("intake-service") ? intakeEnv : env(service);
            started.add(ServiceProcess.start(service, "e2e_" + service.substring(0, service.indexOf('-')), env));
        }
        for (ServiceProcess p : started) {
            p.awaitReady(Duration.ofSeconds(180));
        }
        return started;
    }
}
