package nl.werkplein.manifestcheck;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facts the rules compare against are really found in the sources (not an empty set that passes everything). */
class TopicsInCodeTest {

    private final TopicsInCode code = Rendered.code();

    @Test
    void findsTheFiveServicesWithTheirPorts() {
        assertEquals(Set.of("intake-service", "screening-service", "ecoach-service", "employer-service", "socialreturn-service"),
                code.services().keySet());
        assertEquals(8081, code.services().get("intake-service").httpPort());
        assertEquals(8085, code.services().get("socialreturn-service").httpPort());
    }

    @Test
    void findsProducedConsumedDeadLetterAndProgressTopics() {
        ServiceCode intake = code.services().get("intake-service");
        assertTrue(intake.produces().contains("werkplein.intake.aanvragen.v1"), intake.produces().toString());
        assertTrue(intake.consumes().contains("werkplein.screening.indelingen.v1"), intake.consumes().toString());
        assertTrue(intake.deadLetters().contains("werkplein.screening.indelingen.v1.dlq"), intake.deadLetters().toString());
        assertEquals("werkplein.intake-service.outbox-progress", intake.progressTopic());
        assertEquals("intake-service-outbox-", intake.transactionalIdPrefix());
        assertTrue(intake.groups().contains("intake-service-berichten"), intake.groups().toString());
    }

    @Test
    void resolvesThePoolTopicsAndThePatternChannel() {
        ServiceCode socialreturn = code.services().get("socialreturn-service");
        assertTrue(socialreturn.produces().contains("werkplein.matching.bemiddelbaar.v1"), socialreturn.produces().toString());
        ServiceCode employer = code.services().get("employer-service");
        assertTrue(employer.consumes().containsAll(Set.of("werkplein.matching.bemiddelbaar.v1", "werkplein.matching.sw.v1")),
                employer.consumes().toString());
        assertTrue(employer.deadLetters().contains("werkplein.matching.sw.v1.dlq"), employer.deadLetters().toString());
    }

    @Test
    void findsConfigMappingPropertiesAndMetrics() {
        ServiceCode intake = code.services().get("intake-service");
        assertTrue(intake.propertyNames().contains("werkplein.intake.bsn.hmac-sleutel"));
        assertTrue(intake.propertyNames().contains("werkplein.outbox.buckets"));
        assertTrue(EnvVarsAreProperties.isProperty("WERKPLEIN_INTAKE_BSN_HMAC_SLEUTEL", intake));
        assertTrue(!EnvVarsAreProperties.isProperty("WERKPLEIN_INTAKE_BSN_SLEUTL", intake));
        assertTrue(!EnvVarsAreProperties.isProperty("WERKPLEIN_SCREENING_HERSCREENING_PER_WEEK", intake),
                "another service's property is not intake's");
        assertTrue(MetricNames.registered(code).contains("werkplein_outbox_backlog"));
    }

    @Test
    void readsPromQlMetricNames() {
        assertEquals(Set.of("werkplein_events_handled_total", "http_server_requests_seconds_bucket"), Metrics.namesIn(
                "sum by (service) (increase(werkplein_events_handled_total{outcome=\"dead-letter\"}[10m])) > 0 "
                        + "or histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket{job=~\"$service\"}[5m])))"));
    }
}
