package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken copies of the production overlay go through the same checker as the real one, and each
 * break is reported: the rules can fail.
 */
class BrokenManifestsTest {

    private static final String INTAKE = "intake-service";

    private final TopicsInCode code = Rendered.code();

    @Test
    void theUnbrokenCopyPasses() {
        assertEquals(List.of(), ManifestCheck.all(Rendered.production(), code, Repository.root()));
    }

    @Test
    void aMisspelledFieldFailsTheSchema() {
        List<Manifest> m = Rendered.production();
        ObjectNode container = (ObjectNode) container(m, INTAKE);
        container.set("readinesProbe", container.remove("readinessProbe"));
        ObjectNode topic = (ObjectNode) one(m, x -> x.is("KafkaTopic")).spec();
        topic.set("partitons", topic.remove("partitions"));
        ObjectNode scaled = (ObjectNode) one(m, x -> x.is("ScaledObject") && x.name().equals(INTAKE)).spec();
        scaled.put("maxReplicas", 3);
        ObjectNode cluster = (ObjectNode) one(m, x -> x.is("Cluster")).spec();
        cluster.put("instance", 3);
        ObjectNode rule = (ObjectNode) one(m, x -> x.is("PrometheusRule")).spec().path("groups").path(0).path("rules").path(0);
        rule.put("fro", "5m");
        List<String> problems = ManifestSchemas.check(m);
        assertReported(problems, "readinesProbe");
        assertReported(problems, "partitons");
        assertReported(problems, "maxReplicas");
        assertReported(problems, "'instance'");
        assertReported(problems, "'fro'");
    }

    @Test
    void aMisspelledFieldInTheFilesFailsAfterKustomize(@TempDir Path copy) throws IOException {
        copyTree(Repository.k8s(), copy);
        Path intake = copy.resolve("base/services/intake-service.yaml");
        String text = Files.readString(intake);
        assertTrue(text.contains("readinessProbe:"), "the edit needs a readinessProbe in " + intake);
        Files.writeString(intake, text.replaceFirst("readinessProbe:", "readinesProbe:"));
        List<String> problems = ManifestSchemas.check(Manifests.load(copy.resolve("overlays/production")));
        assertReported(problems, "readinesProbe");
    }

    @Test
    void aWrongApiVersionFails() {
        List<Manifest> m = Rendered.production();
        one(m, x -> x.is("KafkaTopic")).body().put("apiVersion", "kafka.strimzi.io/v1beta2");
        assertReported(ManifestSchemas.check(m), "kafka.strimzi.io/v1beta2 KafkaTopic is not a served version");
    }

    @Test
    void aMissingTopicIsReported() {
        List<Manifest> m = new ArrayList<>(Rendered.production());
        assertTrue(m.removeIf(x -> x.is("KafkaTopic") && topicName(x).equals("werkplein.screening.indelingen.v1.dlq")));
        assertTrue(m.removeIf(x -> x.is("KafkaTopic") && topicName(x).equals("werkplein.employer-service.outbox-progress")));
        List<String> problems = KafkaTopicCoverage.check(m, code);
        assertReported(problems, "topic werkplein.screening.indelingen.v1.dlq (used by");
        assertReported(problems, "topic werkplein.employer-service.outbox-progress (used by employer-service) has no KafkaTopic");
    }

    @Test
    void anUnusedTopicAndWrongProgressPartitionsAreReported() {
        List<Manifest> m = Rendered.production();
        Manifest topic = one(m, x -> x.is("KafkaTopic") && topicName(x).equals("werkplein.intake.aanvragen.v1"));
        Manifest extra = topic.copy();
        extra.body().with("metadata").put("name", "werkplein.intake.aanvraagen.v1");
        extra.body().with("spec").put("topicName", "werkplein.intake.aanvraagen.v1");
        m = new ArrayList<>(m);
        m.add(extra);
        one(m, x -> x.is("KafkaTopic") && topicName(x).equals("werkplein.intake-service.outbox-progress"))
                .body().with("spec").put("partitions", 3);
        List<String> problems = KafkaTopicCoverage.check(m, code);
        assertReported(problems, "KafkaTopic werkplein.intake.aanvraagen.v1 is used by no service");
        assertReported(problems, "werkplein.intake-service.outbox-progress has 3 partitions but the outbox of intake-service has");
    }

    @Test
    void moreReplicasThanPartitionsIsReported() {
        List<Manifest> m = Rendered.production();
        Manifest scaled = one(m, x -> x.is("ScaledObject") && x.name().equals(INTAKE));
        String topic = scaled.spec().path("triggers").path(0).path("metadata").path("topic").asText();
        int partitions = one(m, x -> x.is("KafkaTopic") && topicName(x).equals(topic)).spec().path("partitions").asInt();
        scaled.body().with("spec").put("maxReplicaCount", partitions + 1);
        assertReported(KedaReplicaRule.check(m, code), "allows maxReplicaCount " + (partitions + 1) + " but topic " + topic);

        // left out, KEDA's default of 100 applies
        scaled.body().with("spec").remove("maxReplicaCount");
        assertReported(KedaReplicaRule.check(m, code), "allows maxReplicaCount 100");
    }

    @Test
    void aKedaTriggerOnAForeignGroupAndAnExtraHpaAreReported() {
        List<Manifest> m = new ArrayList<>(Rendered.production());
        Manifest scaled = one(m, x -> x.is("ScaledObject") && x.name().equals(INTAKE));
        ((ObjectNode) scaled.spec().path("triggers").path(0).path("metadata")).put("consumerGroup", "screening-service");
        m.addAll(Manifests.parse("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: intake-service}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: intake-service}
                  maxReplicas: 3
                """, "test"));
        List<String> problems = KedaReplicaRule.check(m, code);
        assertReported(problems, "scales on consumer group screening-service, not one of intake-service's");
        assertReported(problems, "HorizontalPodAutoscaler intake-service targets a Deployment KEDA already scales");
    }

    @Test
    void anEnvironmentVariableThatIsNoPropertyIsReported() {
        List<Manifest> m = Rendered.production();
        ((ArrayNode) container(m, INTAKE).withArray("env")).addObject().put("name", "WERKPLEIN_INTAKE_BSN_SLEUTL").put("value", "x");
        String configMap = container(m, INTAKE).path("envFrom").path(0).path("configMapRef").path("name").asText();
        one(m, x -> x.is("ConfigMap") && x.name().equals(configMap)).body().with("data").put("WERKPLEIN_OUTBOX_BUCKET", "8");
        List<String> problems = EnvVarsAreProperties.check(m, code);
        assertReported(problems, "Deployment intake-service sets WERKPLEIN_INTAKE_BSN_SLEUTL, which is no configuration property");
        assertReported(problems, "Deployment intake-service sets WERKPLEIN_OUTBOX_BUCKET, which is no configuration property");
    }

    @Test
    void anAclGapAndAnAclTooWideAreReported() {
        List<Manifest> m = Rendered.production();
        Manifest user = one(m, x -> x.is("KafkaUser") && x.name().equals(INTAKE));
        ArrayNode acls = (ArrayNode) user.spec().path("authorization").path("acls");
        boolean removed = false;
        for (int i = 0; i < acls.size(); i++) {
            JsonNode r = acls.get(i).path("resource");
            if (r.path("type").asText().equals("topic") && r.path("name").asText().equals("werkplein.intake.aanvragen.v1")) {
                acls.remove(i);
                removed = true;
                break;
            }
        }
        assertTrue(removed, "intake-service's KafkaUser should grant its own topic");
        ObjectNode wide = acls.addObject();
        wide.putObject("resource").put("type", "topic").put("name", "werkplein.socialreturn.contracten.v1").put("patternType", "literal");
        wide.putArray("operations").add("Read");
        ObjectNode write = acls.addObject();
        write.putObject("resource").put("type", "topic").put("name", "werkplein.screening.").put("patternType", "prefix");
        write.putArray("operations").add("Write");
        List<String> problems = KafkaUserAcls.check(m, code);
        assertReported(problems, "KafkaUser intake-service lacks Write on topic werkplein.intake.aanvragen.v1");
        assertReported(problems, "grants Read on topic werkplein.socialreturn.contracten.v1, which intake-service does not use");
        assertReported(problems, "grants Write on topic werkplein.screening.indelingen.v1, which intake-service does not write");
    }

    @Test
    void wrongPortsProbesAndMetricsAreReported() {
        List<Manifest> m = Rendered.production();
        ObjectNode container = (ObjectNode) container(m, INTAKE);
        ((ObjectNode) container.path("ports").path(0)).put("containerPort", 8080);
        ((ObjectNode) container.path("livenessProbe").path("httpGet")).put("path", "/health");
        Manifest rule = one(m, x -> x.is("PrometheusRule"));
        ObjectNode first = (ObjectNode) rule.spec().path("groups").path(0).path("rules").path(0);
        first.put("expr", "werkplein_outbox_backlogg > 100");
        first.with("annotations").remove("runbook_url");
        List<String> problems = ManifestCheck.consistency(m, code, Repository.root());
        assertReported(problems, "Deployment intake-service has no containerPort 8081");
        assertReported(problems, "livenessProbe asks /health, not /q/health/live");
        assertReported(problems, "reads metric werkplein_outbox_backlogg, which no service serves");
        assertReported(problems, "has no runbook_url into docs/operations.md");
    }

    @Test
    void aBrokenComposeFileIsReported() throws IOException {
        String text = Files.readString(Repository.compose());
        JsonNode compose = ComposeRules.parse(text);
        ObjectNode intake = (ObjectNode) compose.path("services").path(INTAKE);
        intake.put("image", "werkplein/intake:1.0.0");
        intake.put("restart_policy", "always");
        ((ObjectNode) intake.path("environment")).put("WERKPLEIN_INTAKE_SLEUTEL", "x");
        List<String> problems = ComposeRules.check(compose, Rendered.production(), code);
        assertReported(problems, "restart_policy");
        assertReported(problems, "compose service intake-service runs image werkplein/intake, Kubernetes runs werkplein/intake-service");
        assertReported(problems, "compose service intake-service sets WERKPLEIN_INTAKE_SLEUTEL, which is no configuration property");
    }

    private static void assertReported(List<String> problems, String expected) {
        assertFalse(problems.isEmpty(), "nothing reported, expected: " + expected);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected a problem containing «" + expected + "» in:\n"
                + String.join("\n", problems));
    }

    private static Manifest one(List<Manifest> m, Predicate<Manifest> which) {
        return m.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no such object in production"));
    }

    private static JsonNode container(List<Manifest> m, String service) {
        return ServiceDeployments.container(one(m, x -> x.is("Deployment") && x.name().equals(service)), service);
    }

    private static String topicName(Manifest topic) {
        return topic.spec().path("topicName").asText(topic.name());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
