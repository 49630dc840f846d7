package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule: every metric an alert (PrometheusRule) or the Grafana dashboard (ConfigMaps labelled
 * grafana_dashboard) reads is served: registered by the code (werkplein_*) or from a known family of
 * the Quarkus binders or the exporters (Metrics.FOREIGN_PREFIXES), or recorded by a rule. Every
 * alert has a runbook_url into docs/operations.md, and its anchor is a heading there.
 */
public final class MetricNames {

    private MetricNames() {
    }

    public static Set<String> registered(TopicsInCode code) {
        Set<String> all = new TreeSet<>(code.platform().metrics());
        for (ServiceCode s : code.services().values()) {
            all.addAll(Metrics.registered(ServiceCode.javaSources(s.module().resolve("src/main/java"))));
        }
        return all;
    }

    public static List<String> check(List<Manifest> manifests, TopicsInCode code, Path operationsDoc) {
        List<String> problems = new ArrayList<>();
        Set<String> served = registered(code);
        Set<String> anchors = anchors(operationsDoc);
        for (Manifest m : manifests) {
            if (m.is("PrometheusRule")) {
                m.spec().path("groups").forEach(g -> g.path("rules").forEach(r -> {
                    if (r.has("record")) {
                        served.add(r.path("record").asText());
                    }
                }));
            }
        }
        for (Manifest m : manifests) {
            if (m.is("PrometheusRule")) {
                for (JsonNode group : m.spec().path("groups")) {
                    for (JsonNode rule : group.path("rules")) {
                        String what = "PrometheusRule " + m.name() + " " + rule.path("alert").asText(rule.path("record").asText());
                        expression(rule.path("expr").asText(), served, what, problems);
                        if (rule.has("alert")) {
                            runbook(rule.path("annotations").path("runbook_url").asText(""), anchors, what, problems);
                        }
                    }
                }
            }
            if (m.is("ConfigMap") && m.body().path("metadata").path("labels").has("grafana_dashboard")) {
                m.body().path("data").fields().forEachRemaining(e -> {
                    try {
                        JsonNode dashboard = Manifests.JSON.readTree(e.getValue().asText());
                        List<JsonNode> exprs = dashboard.findValues("expr");
                        if (exprs.isEmpty()) {
                            problems.add("dashboard " + e.getKey() + " has no queries");
                        }
                        exprs.forEach(x -> expression(x.asText(), served, "dashboard " + e.getKey(), problems));
                        dashboard.findValues("query").stream().filter(x -> x.isTextual() && x.asText().contains("("))
                                .forEach(x -> expression(x.asText().replaceAll("label_values\\(([^,)]*).*", "$1"), served,
                                        "dashboard " + e.getKey() + " variable", problems));
                    } catch (IOException ex) {
                        problems.add("dashboard " + e.getKey() + " is not JSON: " + ex.getMessage());
                    }
                });
            }
        }
        return problems;
    }

    private static void expression(String expr, Set<String> served, String what, List<String> problems) {
        for (String name : Metrics.namesIn(expr)) {
            if (!Metrics.served(name, served)) {
                problems.add(what + " reads metric " + name + ", which no service serves (served: " + served + ")");
            }
        }
    }

    private static void runbook(String url, Set<String> anchors, String what, List<String> problems) {
        int hash = url.indexOf("operations.md#");
        if (hash < 0) {
            problems.add(what + " has no runbook_url into docs/operations.md");
        } else if (!anchors.isEmpty() && !anchors.contains(url.substring(hash + "operations.md#".length()))) {
            problems.add(what + " runbook_url " + url + " names no heading of docs/operations.md");
        }
    }

    /** GitHub's anchors of the headings: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(Path doc) {
        Set<String> anchors = new TreeSet<>();
        if (!Files.exists(doc)) {
            return anchors;
        }
        try {
            for (String line : Files.readAllLines(doc)) {
                if (line.startsWith("#")) {
                    String title = line.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT);
                    anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return anchors;
    }
}
