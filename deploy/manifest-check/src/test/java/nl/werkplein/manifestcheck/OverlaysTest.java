package nl.werkplein.manifestcheck;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** deploy/k8s (base and every overlay) and deploy/compose as they are in the repository. */
class OverlaysTest {

    @TestFactory
    List<DynamicTest> everyOverlayValidatesAndMatchesTheCode() {
        System.out.println("deploy/k8s: " + Rendered.how());
        List<Path> kustomizations = Manifests.kustomizations(Repository.k8s());
        assertTrue(kustomizations.size() >= 2, "base and at least one overlay: " + kustomizations);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path k : kustomizations) {
            String name = Repository.k8s().relativize(k).toString();
            tests.add(DynamicTest.dynamicTest(name + ": every object validates against its schema", () -> {
                List<Manifest> manifests = Rendered.overlay(k);
                assertFalse(manifests.isEmpty(), name + " renders no objects");
                assertEquals(List.of(), ManifestSchemas.check(manifests), name);
            }));
            tests.add(DynamicTest.dynamicTest(name + ": consistent with the code", () ->
                    assertEquals(List.of(), ManifestCheck.consistency(Rendered.overlay(k), Rendered.code(), Repository.root()), name)));
        }
        return tests;
    }

    @Test
    void productionDeclaresEveryKindTheIssueAsksFor() {
        List<String> kinds = Rendered.production().stream().map(Manifest::kind).distinct().toList();
        for (String kind : List.of("Deployment", "Service", "ServiceAccount", "PodDisruptionBudget", "NetworkPolicy",
                "ServiceMonitor", "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "ScheduledBackup",
                "ScaledObject", "PrometheusRule", "Ingress", "ConfigMap")) {
            assertTrue(kinds.contains(kind), "production has no " + kind + " (it has " + kinds + ")");
        }
    }

    @Test
    void composeValidatesAgainstTheSpecAndMatchesTheCluster() {
        assertEquals(List.of(), ComposeRules.check(ComposeRules.read(Repository.compose()), Rendered.production(), Rendered.code()));
    }
}
