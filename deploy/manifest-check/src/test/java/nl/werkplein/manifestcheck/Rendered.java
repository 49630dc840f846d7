package nl.werkplein.manifestcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each overlay rendered once per test run (kubectl kustomize takes a few hundred ms). */
final class Rendered {

    private static final Map<Path, List<Manifest>> CACHE = new ConcurrentHashMap<>();
    private static volatile TopicsInCode code;

    private Rendered() {
    }

    static List<Manifest> overlay(Path kustomization) {
        return Manifests.copy(CACHE.computeIfAbsent(kustomization, Manifests::load));
    }

    static List<Manifest> production() {
        return overlay(Repository.k8s().resolve("overlays/production"));
    }

    static TopicsInCode code() {
        if (code == null) {
            code = TopicsInCode.read(Repository.root());
        }
        return code;
    }

    static String how() {
        return Manifests.kubectl().map(k -> "rendered with " + k + " kustomize")
                .orElse("kubectl is not on the PATH: validating the resource files as written (patches and generators not applied)");
    }
}
