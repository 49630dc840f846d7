package nl.werkplein.manifestcheck;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is: the surefire property of the root pom, or found upwards from here. */
public final class Repository {

    private Repository() {
    }

    public static Path root() {
        String configured = System.getProperty("werkplein-test.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "deploy", "k8s"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("deploy/k8s")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the repository root (deploy/k8s) from " + Path.of("").toAbsolutePath());
    }

    public static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    public static Path compose() {
        return root().resolve("deploy/compose/compose.yaml");
    }
}
