package nl.werkplein.manifestcheck;

import java.util.ArrayList;
import java.util.List;

/** Rule: every object validates against its real schema (Kubernetes 1.32 or the operator's CRD). */
public final class ManifestSchemas {

    private ManifestSchemas() {
    }

    public static List<String> check(List<Manifest> manifests) {
        List<String> problems = new ArrayList<>();
        for (Manifest m : manifests) {
            for (String p : validate(m)) {
                problems.add(m + ": " + p);
            }
        }
        return problems;
    }

    public static List<String> validate(Manifest m) {
        if (m.apiVersion().isEmpty() || m.kind().isEmpty()) {
            return List.of("apiVersion and kind are required");
        }
        if (m.name().isEmpty() && !m.is("List")) {
            return List.of("metadata.name is required");
        }
        if (KubernetesSchemas.knows(m.group(), m.kind())) {
            return KubernetesSchemas.validate(m).map(List::of).orElse(List.of());
        }
        return CrdSchemas.validate(m);
    }
}
