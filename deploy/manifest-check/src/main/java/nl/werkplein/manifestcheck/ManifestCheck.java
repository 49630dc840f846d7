package nl.werkplein.manifestcheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** All rules over one rendered overlay; each problem names its rule. */
public final class ManifestCheck {

    private ManifestCheck() {
    }

    public static List<String> consistency(List<Manifest> manifests, TopicsInCode code, Path root) {
        List<String> problems = new ArrayList<>();
        KafkaTopicCoverage.check(manifests, code).forEach(p -> problems.add("[topics] " + p));
        KafkaUserAcls.check(manifests, code).forEach(p -> problems.add("[acls] " + p));
        EnvVarsAreProperties.check(manifests, code).forEach(p -> problems.add("[env] " + p));
        PortsAndProbes.check(manifests, code).forEach(p -> problems.add("[ports] " + p));
        MetricNames.check(manifests, code, root.resolve("docs/operations.md")).forEach(p -> problems.add("[metrics] " + p));
        KedaReplicaRule.check(manifests, code).forEach(p -> problems.add("[keda] " + p));
        return problems;
    }

    public static List<String> all(List<Manifest> manifests, TopicsInCode code, Path root) {
        List<String> problems = new ArrayList<>();
        ManifestSchemas.check(manifests).forEach(p -> problems.add("[schema] " + p));
        problems.addAll(consistency(manifests, code, root));
        return problems;
    }
}
