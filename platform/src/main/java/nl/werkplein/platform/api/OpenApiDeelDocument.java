package nl.werkplein.platform.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A part of a service's OpenAPI document published on its own, for one audience (issue 19: the
 * partner API for Randstad): only the named operations, with only the components they reach, so a
 * client generated from it has nothing the audience cannot call. Pure JSON in, JSON out.
 */
public final class OpenApiDeelDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiDeelDocument() {
    }

    /**
     * @param document   the whole document (JSON)
     * @param operations "METHOD /path" as in the document (e.g. {@code PUT /partners/{partnerId}/leveringen/{week}})
     */
    public static String van(String document, List<String> operations, String title, String description) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(document);
            ObjectNode paths = JSON.createObjectNode();
            Set<String> wanted = new HashSet<>();
            operations.forEach(o -> wanted.add(o.trim()));
            Set<String> found = new HashSet<>();
            Set<String> tags = new LinkedHashSet<>();
            root.path("paths").fields().forEachRemaining(path -> {
                ObjectNode item = JSON.createObjectNode();
                path.getValue().fields().forEachRemaining(field -> {
                    String key = field.getKey();
                    if (!METHODS.contains(key)) {
                        item.set(key, field.getValue());
                    } else if (wanted.contains(key.toUpperCase(Locale.ROOT) + " " + path.getKey())) {
                        item.set(key, field.getValue());
                        found.add(key.toUpperCase(Locale.ROOT) + " " + path.getKey());
                        field.getValue().path("tags").forEach(t -> tags.add(t.asText()));
                    }
                });
                if (item.fieldNames().hasNext() && hasOperation(item)) {
                    paths.set(path.getKey(), item);
                }
            });
            Set<String> missing = new HashSet<>(wanted);
            missing.removeAll(found);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("not in the document: " + missing);
            }
            root.set("paths", paths);
            ObjectNode info = root.get("info") instanceof ObjectNode i ? i : root.putObject("info");
            info.put("title", title);
            info.put("description", description);
            if (root.get("tags") instanceof ArrayNode allTags) {
                ArrayNode kept = JSON.createArrayNode();
                allTags.forEach(t -> {
                    if (tags.contains(t.path("name").asText())) {
                        kept.add(t);
                    }
                });
                root.set("tags", kept);
            }
            pruneSchemas(root);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasOperation(ObjectNode item) {
        Iterator<String> names = item.fieldNames();
        while (names.hasNext()) {
            if (METHODS.contains(names.next())) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the schemas that the kept paths reach, following references transitively. */
    private static void pruneSchemas(ObjectNode root) {
        JsonNode schemas = root.path("components").path("schemas");
        if (!(schemas instanceof ObjectNode all)) {
            return;
        }
        Set<String> reached = new LinkedHashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root.path("paths"));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
                    String name = ref.asText().substring("#/components/schemas/".length());
                    if (reached.add(name) && all.has(name)) {
                        todo.push(all.get(name));
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    todo.push(it.next().getValue());
                }
            } else if (node.isArray()) {
                node.forEach(todo::push);
            }
        }
        ObjectNode kept = JSON.createObjectNode();
        all.fields().forEachRemaining(e -> {
            if (reached.contains(e.getKey())) {
                kept.set(e.getKey(), e.getValue());
            }
        });
        ((ObjectNode) root.get("components")).set("schemas", kept);
    }
}
