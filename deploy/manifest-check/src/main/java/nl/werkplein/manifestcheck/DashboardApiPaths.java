package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: every Grafana panel that reads a service's API through the Infinity datasource
 * (yesoreyeram-infinity-datasource) queries a GET operation that the service's committed OpenAPI
 * document ({@code <service>/src/main/openapi/openapi.yaml}) has, and every field it plots (a
 * column's {@code selector}, under the target's {@code root_selector}) is a property of the JSON
 * response schema of that operation's 200. The service is named by the URL's host
 * ({@code https://intake.${domein}/api/v1/...} → intake-service; an in-cluster
 * {@code intake-service.<ns>.svc} works too); the path is what follows {@code /api/v1}. Dashboards are
 * the files of the configMapGenerator entries labelled {@code grafana_dashboard} in the base
 * kustomization (read as files, so the check does not depend on kubectl).
 */
public final class DashboardApiPaths {

    static final String INFINITY = "yesoreyeram-infinity-datasource";
    static final String PREFIX = "/api/v1";

    private DashboardApiPaths() {
    }

    /** The dashboards of the base kustomization's configMapGenerator with the grafana_dashboard label. */
    public static List<Path> dashboards(Path base) {
        JsonNode k = Manifests.readTree(Manifests.kustomizationFile(base));
        List<Path> files = new ArrayList<>();
        for (JsonNode gen : k.path("configMapGenerator")) {
            if (gen.path("options").path("labels").has("grafana_dashboard")) {
                gen.path("files").forEach(f -> files.add(base.resolve(f.asText().replaceFirst("^[^=]*=", "")).normalize()));
            }
        }
        return files;
    }

    public static List<String> check(List<Path> dashboards, Path root) {
        List<String> problems = new ArrayList<>();
        for (Path file : dashboards) {
            JsonNode dashboard;
            try {
                dashboard = Manifests.JSON.readTree(Files.readString(file));
            } catch (IOException e) {
                problems.add("dashboard " + file.getFileName() + " is not JSON: " + e.getMessage());
                continue;
            }
            problems.addAll(check(file.getFileName().toString(), dashboard, root));
        }
        return problems;
    }

    public static List<String> check(String name, JsonNode dashboard, Path root) {
        List<String> problems = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                boolean infinity = INFINITY.equals(target.path("datasource").path("type").asText(panel.path("datasource").path("type").asText()));
                if (!infinity) {
                    continue;
                }
                String what = "dashboard " + name + " panel \"" + panel.path("title").asText() + "\"";
                target(what, target, root, problems);
            }
        }
        return problems;
    }

    private static void target(String what, JsonNode target, Path root, List<String> problems) {
        String url = target.path("url").asText("");
        URI uri;
        try {
            // Grafana variables are no URI characters; only host and path matter here
            uri = URI.create(url.replaceAll("\\$\\{[^}]*}", "x").replaceAll("\\$[a-zA-Z_]+", "x"));
        } catch (IllegalArgumentException e) {
            problems.add(what + ": url " + url + " is not a URL");
            return;
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        String label = host.split("\\.")[0];
        String service = label.endsWith("-service") ? label : label + "-service";
        Path document = root.resolve(service).resolve("src/main/openapi/openapi.yaml");
        if (!Files.exists(document)) {
            problems.add(what + ": url " + url + " names no service with a committed OpenAPI document (" + service + ")");
            return;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.startsWith(PREFIX + "/")) {
            problems.add(what + ": path " + path + " is not under " + PREFIX);
            return;
        }
        String operationPath = path.substring(PREFIX.length());
        JsonNode openapi = Manifests.readTree(document);
        JsonNode get = openapi.path("paths").path(operationPath).path("get");
        if (get.isMissingNode()) {
            problems.add(what + ": GET " + operationPath + " is not in " + service + "'s OpenAPI document");
            return;
        }
        JsonNode schema = resolve(openapi, get.path("responses").path("200").path("content").path("application/json").path("schema"));
        if (schema.isMissingNode()) {
            problems.add(what + ": GET " + operationPath + " of " + service + " documents no JSON 200 response");
            return;
        }
        String rootSelector = target.path("root_selector").asText("");
        if (!rootSelector.isEmpty()) {
            for (String step : rootSelector.split("\\.")) {
                JsonNode next = resolve(openapi, schema.path("properties").path(step));
                if (next.isMissingNode()) {
                    problems.add(what + ": root_selector " + rootSelector + " is not in the response of GET " + operationPath + " (" + service + ")");
                    return;
                }
                schema = next;
            }
        }
        if ("array".equals(schema.path("type").asText())) {
            schema = resolve(openapi, schema.path("items"));
        }
        JsonNode properties = schema.path("properties");
        if (target.path("columns").isEmpty()) {
            problems.add(what + ": plots no columns");
        }
        for (JsonNode column : target.path("columns")) {
            String field = column.path("selector").asText("");
            if (!properties.has(field)) {
                problems.add(what + ": field " + field + " is not in the response of GET " + operationPath + " (" + service + ")");
            }
        }
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            s = openapi.at(ref.substring(1));
        }
        return s;
    }
}
