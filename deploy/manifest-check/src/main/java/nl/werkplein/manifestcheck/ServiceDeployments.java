package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Deployment of a service (named like the service) and what its container gets as environment. */
final class ServiceDeployments {

    private ServiceDeployments() {
    }

    static Optional<Manifest> deployment(List<Manifest> manifests, String service) {
        return manifests.stream().filter(m -> m.is("Deployment") && m.name().equals(service)).findFirst();
    }

    static JsonNode container(Manifest deployment, String service) {
        JsonNode containers = deployment.spec().path("template").path("spec").path("containers");
        for (JsonNode c : containers) {
            if (service.equals(c.path("name").asText())) {
                return c;
            }
        }
        return containers.path(0);
    }

    static Optional<Manifest> named(List<Manifest> manifests, String kind, String name) {
        return manifests.stream().filter(m -> m.is(kind) && m.name().equals(name)).findFirst();
    }

    /**
     * Every variable the container gets, with where it comes from: its env (value, or "secret:..." for a
     * reference) and the data keys of the ConfigMaps it takes with envFrom.
     */
    static Map<String, String> environment(List<Manifest> manifests, JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String prefix = from.path("prefix").asText("");
            String cm = from.path("configMapRef").path("name").asText(null);
            if (cm != null) {
                named(manifests, "ConfigMap", cm).ifPresent(m ->
                        m.body().path("data").fields().forEachRemaining(e -> env.put(prefix + e.getKey(), e.getValue().asText())));
            }
        }
        for (JsonNode e : container.path("env")) {
            String value = e.has("value") ? e.path("value").asText()
                    : "ref:" + e.path("valueFrom").toString();
            env.put(e.path("name").asText(), value);
        }
        return env;
    }
}
