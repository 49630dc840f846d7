package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loads what an overlay deploys: rendered by {@code kubectl kustomize} when kubectl is on the PATH
 * (what an operator applies), otherwise the resource files the kustomizations list, read as they are
 * (patches and generators are then not applied, and the test output says so).
 */
public final class Manifests {

    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    public static final ObjectMapper JSON = new ObjectMapper();

    private Manifests() {
    }

    /** The kubectl executable on the PATH, if any. */
    public static Optional<Path> kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Renders a kustomization directory with kubectl, or reads its resource files without it. */
    public static List<Manifest> load(Path kustomization) {
        Optional<Path> kubectl = kubectl();
        return kubectl.isPresent() ? render(kubectl.get(), kustomization) : readResources(kustomization);
    }

    public static List<Manifest> render(Path kubectl, Path kustomization) {
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process p = new ProcessBuilder(kubectl.toString(), "kustomize", kustomization.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + kustomization + " did not finish in 60 s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + kustomization + " failed:\n" + Files.readString(err));
                }
                return parse(Files.readString(out, StandardCharsets.UTF_8), "kustomize " + kustomization.getFileName());
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Without kubectl: every resource file the kustomization (and the ones it includes) lists. */
    public static List<Manifest> readResources(Path kustomization) {
        List<Manifest> all = new ArrayList<>();
        Path file = kustomizationFile(kustomization);
        JsonNode k = readTree(file);
        for (JsonNode r : k.path("resources")) {
            Path p = kustomization.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                all.addAll(readResources(p));
            } else {
                all.addAll(parseFile(p));
            }
        }
        return all;
    }

    static Path kustomizationFile(Path dir) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            if (Files.exists(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        throw new IllegalArgumentException("no kustomization in " + dir);
    }

    public static List<Manifest> parseFile(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML document of the text; a document that is not an object is a parse error. */
    public static List<Manifest> parse(String yaml, String source) {
        List<Manifest> result = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            int i = 0;
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                i++;
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                if (!doc.isObject()) {
                    throw new IllegalArgumentException(source + " document " + i + " is not an object");
                }
                result.add(new Manifest(source + "#" + i, (ObjectNode) doc));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(source + " does not parse: " + e.getMessage(), e);
        }
        return result;
    }

    public static JsonNode readTree(Path file) {
        try {
            return file.toString().endsWith(".json") ? JSON.readTree(file.toFile()) : YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " does not parse: " + e.getMessage(), e);
        }
    }

    /** The kustomization directories under deploy/k8s: base and every overlay. */
    public static List<Path> kustomizations(Path k8s) {
        try (Stream<Path> s = Files.walk(k8s)) {
            return s.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Manifest> copy(List<Manifest> manifests) {
        return manifests.stream().map(Manifest::copy).toList();
    }
}
