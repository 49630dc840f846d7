package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule: ports and paths match what each service serves. The container port is quarkus.http.port (or
 * QUARKUS_HTTP_PORT when the Deployment sets it); health and metrics are on that port unless the
 * management interface is enabled (then QUARKUS_MANAGEMENT_PORT, default 9000). Liveness probes
 * /q/health/live, readiness /q/health/ready, a startup probe exists; the Service, ServiceMonitor,
 * NetworkPolicy and Ingress point at those ports; Ingress never routes /q/* outside the cluster.
 */
public final class PortsAndProbes {

    private PortsAndProbes() {
    }

    public static List<String> check(List<Manifest> manifests, TopicsInCode code) {
        List<String> problems = new ArrayList<>();
        for (ServiceCode s : code.services().values()) {
            Optional<Manifest> d = ServiceDeployments.deployment(manifests, s.name());
            if (d.isEmpty()) {
                continue; // EnvVarsAreProperties reports the missing Deployment
            }
            JsonNode c = ServiceDeployments.container(d.get(), s.name());
            Map<String, String> env = ServiceDeployments.environment(manifests, c);
            int http = Integer.parseInt(env.getOrDefault("QUARKUS_HTTP_PORT", String.valueOf(s.httpPort())));
            boolean management = Boolean.parseBoolean(env.getOrDefault("QUARKUS_MANAGEMENT_ENABLED",
                    s.properties().getProperty("quarkus.management.enabled", "false")));
            int health = management ? Integer.parseInt(env.getOrDefault("QUARKUS_MANAGEMENT_PORT", "9000")) : http;
            String where = "Deployment " + s.name();

            if (!containerPorts(c).containsValue(http)) {
                problems.add(where + " has no containerPort " + http + " (the port " + s.name() + " listens on)");
            }
            probe(c, "livenessProbe", "/q/health/live", health, where, problems);
            probe(c, "readinessProbe", "/q/health/ready", health, where, problems);
            if (c.path("startupProbe").isMissingNode()) {
                problems.add(where + " has no startupProbe");
            } else {
                String path = c.path("startupProbe").path("httpGet").path("path").asText();
                if (!path.equals("/q/health/live") && !path.equals("/q/health/started")) {
                    problems.add(where + " startupProbe asks " + path + ", not /q/health/started or /q/health/live");
                }
                portOf(c, c.path("startupProbe").path("httpGet").path("port")).filter(p -> p != health)
                        .ifPresent(p -> problems.add(where + " startupProbe on port " + p + ", health is on " + health));
            }

            JsonNode podLabels = d.get().spec().path("template").path("metadata").path("labels");
            for (Manifest svc : manifests) {
                if (svc.is("Service") && selects(svc.spec().path("selector"), podLabels)) {
                    for (JsonNode port : svc.spec().path("ports")) {
                        JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
                        Optional<Integer> p = portOf(c, target);
                        if (p.isEmpty() || (p.get() != http && p.get() != health)) {
                            problems.add("Service " + svc.name() + " port " + port.path("name").asText(port.path("port").asText())
                                    + " targets " + target.asText() + ", which " + s.name() + " does not serve");
                        }
                    }
                    serviceMonitors(manifests, svc, c, health, problems);
                    ingresses(manifests, svc, problems);
                }
            }
            for (Manifest np : manifests) {
                if (np.is("NetworkPolicy") && selects(np.spec().path("podSelector").path("matchLabels"), podLabels)) {
                    boolean open = false;
                    for (JsonNode rule : np.spec().path("ingress")) {
                        if (rule.path("ports").isEmpty()) {
                            open = true;
                        }
                        for (JsonNode port : rule.path("ports")) {
                            open |= portOf(c, port.path("port")).map(p -> p == http).orElse(false);
                        }
                    }
                    if (!open) {
                        problems.add("NetworkPolicy " + np.name() + " admits no ingress to port " + http + " of " + s.name());
                    }
                }
            }
        }
        return problems;
    }

    private static void serviceMonitors(List<Manifest> manifests, Manifest svc, JsonNode container, int health, List<String> problems) {
        for (Manifest sm : manifests) {
            if (!sm.is("ServiceMonitor") || !selects(sm.spec().path("selector").path("matchLabels"), svc.body().path("metadata").path("labels"))) {
                continue;
            }
            for (JsonNode ep : sm.spec().path("endpoints")) {
                if (!ep.path("path").asText("/metrics").equals("/q/metrics")) {
                    problems.add("ServiceMonitor " + sm.name() + " scrapes " + ep.path("path").asText("/metrics") + ", the services serve /q/metrics");
                }
                String portName = ep.path("port").asText();
                boolean found = false;
                for (JsonNode port : svc.spec().path("ports")) {
                    if (port.path("name").asText().equals(portName)) {
                        found = true;
                        JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
                        portOf(container, target).filter(p -> p != health).ifPresent(p ->
                                problems.add("ServiceMonitor " + sm.name() + " scrapes port " + p + ", metrics are on " + health));
                    }
                }
                if (!found) {
                    problems.add("ServiceMonitor " + sm.name() + " names port " + portName + ", which Service " + svc.name() + " does not have");
                }
            }
        }
    }

    private static void ingresses(List<Manifest> manifests, Manifest svc, List<String> problems) {
        for (Manifest ing : manifests) {
            if (!ing.is("Ingress")) {
                continue;
            }
            for (JsonNode rule : ing.spec().path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode backend = path.path("backend").path("service");
                    if (!backend.path("name").asText().equals(svc.name())) {
                        continue;
                    }
                    String p = path.path("path").asText("/");
                    if (p.equals("/") || p.startsWith("/q")) {
                        problems.add("Ingress " + ing.name() + " routes " + p + " to " + svc.name() + ": /q/* would be reachable from outside");
                    }
                    JsonNode port = backend.path("port");
                    boolean found = false;
                    for (JsonNode sp : svc.spec().path("ports")) {
                        found |= port.has("name") ? sp.path("name").asText().equals(port.path("name").asText())
                                : sp.path("port").asInt() == port.path("number").asInt();
                    }
                    if (!found) {
                        problems.add("Ingress " + ing.name() + " routes to port " + port + ", which Service " + svc.name() + " does not have");
                    }
                }
            }
        }
    }

    private static void probe(JsonNode c, String probe, String path, int port, String where, List<String> problems) {
        JsonNode get = c.path(probe).path("httpGet");
        if (get.isMissingNode()) {
            problems.add(where + " has no " + probe + " (httpGet " + path + ")");
            return;
        }
        if (!get.path("path").asText().equals(path)) {
            problems.add(where + " " + probe + " asks " + get.path("path").asText() + ", not " + path);
        }
        Optional<Integer> p = portOf(c, get.path("port"));
        if (p.isEmpty() || p.get() != port) {
            problems.add(where + " " + probe + " on port " + get.path("port").asText() + ", health is served on " + port);
        }
    }

    static Map<String, Integer> containerPorts(JsonNode c) {
        Map<String, Integer> ports = new java.util.LinkedHashMap<>();
        for (JsonNode p : c.path("ports")) {
            ports.put(p.path("name").asText(String.valueOf(p.path("containerPort").asInt())), p.path("containerPort").asInt());
        }
        return ports;
    }

    /** A port given by number or by the container port's name. */
    static Optional<Integer> portOf(JsonNode container, JsonNode port) {
        if (port.isInt() || port.asText().matches("\\d+")) {
            return Optional.of(port.asInt(Integer.parseInt(port.asText("0"))));
        }
        return Optional.ofNullable(containerPorts(container).get(port.asText()));
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        var fields = selector.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (!f.getValue().asText().equals(labels.path(f.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
