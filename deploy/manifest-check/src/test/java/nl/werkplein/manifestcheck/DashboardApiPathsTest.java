package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The management-information dashboard reads only paths and fields the committed OpenAPI documents have. */
class DashboardApiPathsTest {

    static final Path BASE = Repository.k8s().resolve("base");

    static JsonNode managementinformatie() {
        Path file = DashboardApiPaths.dashboards(BASE).stream()
                .filter(p -> p.getFileName().toString().equals("managementinformatie-dashboard.json")).findFirst().orElseThrow();
        return Manifests.readTree(file);
    }

    static ObjectNode eersteInfinityTarget(JsonNode dashboard) {
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                if (DashboardApiPaths.INFINITY.equals(target.path("datasource").path("type").asText())) {
                    return (ObjectNode) target;
                }
            }
        }
        throw new AssertionError("no Infinity target");
    }

    @Test
    void elkPaneelLeestEenGedocumenteerdPadEnVeld() {
        List<Path> dashboards = DashboardApiPaths.dashboards(BASE);
        assertTrue(dashboards.stream().anyMatch(p -> p.endsWith("managementinformatie-dashboard.json")), dashboards.toString());
        long targets = managementinformatie().findValues("root_selector").size();
        assertTrue(targets >= 5, "panels with an Infinity query: " + targets);
        assertEquals(List.of(), DashboardApiPaths.check(dashboards, Repository.root()));
    }

    @Test
    void eenOnbekendPadWordtGemeld() {
        JsonNode d = managementinformatie().deepCopy();
        ObjectNode t = eersteInfinityTarget(d);
        t.put("url", t.path("url").asText().replace("/managementinformatie/aanvragen", "/managementinformatie/aanvraagjes"));
        List<String> problems = DashboardApiPaths.check("kapot", d, Repository.root());
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).contains("GET /managementinformatie/aanvraagjes is not in intake-service's OpenAPI document"), problems.toString());
    }

    @Test
    void eenOnbekendVeldEnEenOnbekendeServiceWordenGemeld() {
        JsonNode d = managementinformatie().deepCopy();
        ObjectNode t = eersteInfinityTarget(d);
        ((ObjectNode) ((ArrayNode) t.path("columns")).get(1)).put("selector", "ingedient");
        List<String> problems = DashboardApiPaths.check("kapot", d, Repository.root());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("field ingedient is not in the response"), problems.toString());

        t.put("url", "https://archief.${domein}/api/v1/managementinformatie/aanvragen");
        assertTrue(DashboardApiPaths.check("kapot", d, Repository.root()).get(0).contains("names no service"));
        t.put("url", "https://intake.${domein}/api/v1/managementinformatie/aanvragen");
        t.put("root_selector", "rijen");
        assertTrue(DashboardApiPaths.check("kapot", d, Repository.root()).get(0).contains("root_selector rijen"));
    }
}
