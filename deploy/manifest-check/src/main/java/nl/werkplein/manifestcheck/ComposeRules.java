package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule: the Compose file validates against the Compose Specification's JSON schema (vendored, see
 * resources/schemas/SOURCES.md), and each service in it uses the same image, container port and
 * variable names as its Kubernetes Deployment: every variable is a configuration property of the
 * service, and each of the suite's own settings (WERKPLEIN_*) it sets is one the Deployment sets too
 * (the cluster may set more: the municipality's links and places).
 */
public final class ComposeRules {

    private ComposeRules() {
    }

    /** Reads a Compose file with anchors and merge keys resolved, as Compose does. */
    public static JsonNode read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String yaml) {
        Object doc = new Yaml(new LoaderOptions()).load(yaml);
        return Manifests.JSON.valueToTree(doc);
    }

    public static List<String> schema(JsonNode compose) {
        try (InputStream in = ComposeRules.class.getResourceAsStream("/schemas/compose/compose-spec.json")) {
            com.fasterxml.jackson.databind.node.ObjectNode spec = (com.fasterxml.jackson.databind.node.ObjectNode) Manifests.JSON.readTree(in);
            // the spec's relative $id ("compose_spec.json") is no absolute URI; its $refs are all local
            spec.remove("$id");
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(spec);
            List<String> problems = new ArrayList<>();
            for (ValidationMessage m : schema.validate(compose)) {
                problems.add("compose: " + m.getMessage());
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> check(JsonNode compose, List<Manifest> manifests, TopicsInCode code) {
        List<String> problems = new ArrayList<>(schema(compose));
        for (ServiceCode s : code.services().values()) {
            JsonNode svc = compose.path("services").path(s.name());
            if (svc.isMissingNode()) {
                problems.add("compose has no service " + s.name());
                continue;
            }
            Optional<Manifest> d = ServiceDeployments.deployment(manifests, s.name());
            if (d.isEmpty()) {
                continue;
            }
            JsonNode container = ServiceDeployments.container(d.get(), s.name());
            String k8sImage = repository(container.path("image").asText());
            String composeImage = repository(svc.path("image").asText());
            if (!k8sImage.equals(composeImage)) {
                problems.add("compose service " + s.name() + " runs image " + composeImage + ", Kubernetes runs " + k8sImage);
            }
            Set<Integer> k8sPorts = new TreeSet<>(PortsAndProbes.containerPorts(container).values());
            Set<Integer> composePorts = new TreeSet<>();
            for (JsonNode p : svc.path("ports")) {
                composePorts.add(containerPort(p));
            }
            for (JsonNode p : svc.path("expose")) {
                composePorts.add(Integer.parseInt(p.asText().replaceAll("/.*", "")));
            }
            if (!composePorts.containsAll(k8sPorts)) {
                problems.add("compose service " + s.name() + " publishes container ports " + composePorts
                        + ", Kubernetes serves " + k8sPorts);
            }
            Set<String> composeVars = variables(svc.path("environment"));
            for (String v : composeVars) {
                if (!EnvVarsAreProperties.isProperty(v, s)) {
                    problems.add("compose service " + s.name() + " sets " + v + ", which is no configuration property of " + s.name());
                }
            }
            Map<String, String> k8sVars = ServiceDeployments.environment(manifests, container);
            for (String v : composeVars) {
                if (v.startsWith("WERKPLEIN_") && !k8sVars.containsKey(v)) {
                    problems.add("compose service " + s.name() + " sets " + v + ", which its Deployment does not");
                }
            }
        }
        return problems;
    }

    /** The image without its tag or digest, Compose's ${VAR:-default} replaced by its default. */
    static String repository(String image) {
        String resolved = image.replaceAll("\\$\\{\\w+:?-([^}]*)\\}", "$1").replaceAll("\\$\\{[^}]*\\}", "");
        String noDigest = resolved.replaceAll("@.*", "");
        int colon = noDigest.lastIndexOf(':');
        return colon > noDigest.lastIndexOf('/') ? noDigest.substring(0, colon) : noDigest;
    }

    private static int containerPort(JsonNode p) {
        if (p.isObject()) {
            return p.path("target").asInt();
        }
        String spec = p.asText().replaceAll("/.*", "");
        String[] parts = spec.split(":");
        return Integer.parseInt(parts[parts.length - 1]);
    }

    private static Set<String> variables(JsonNode env) {
        Set<String> vars = new TreeSet<>();
        if (env.isObject()) {
            env.fieldNames().forEachRemaining(vars::add);
        } else {
            env.forEach(e -> vars.add(e.asText().replaceAll("=.*", "")));
        }
        return vars;
    }
}
