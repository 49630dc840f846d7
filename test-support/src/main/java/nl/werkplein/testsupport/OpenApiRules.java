package nl.werkplein.testsupport;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a generated client needs from a service's OpenAPI document (issue 19), beyond the form the
 * ADR linter checks: every success documents its body, no Java implementation types as schemas,
 * typed parameters, readable unique operation ids, a Location on every 201, no numbered twins.
 */
public final class OpenApiRules {

    private static final Set<String> JAVA_TYPES = Set.of("JsonNode", "JsonNodeType", "LocalDate", "LocalTime",
            "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "Instant", "UUID", "BigDecimal", "Object");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");

    private OpenApiRules() {
    }

    /** Every rule the document breaks, one line each; empty when it is true for a client. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(String document) {
        List<String> out = new ArrayList<>();
        JsonPath json = JsonPath.from(document);
        Map<String, Object> schemas = json.getMap("components.schemas");
        if (schemas != null) {
            for (String name : schemas.keySet()) {
                if (JAVA_TYPES.contains(name)) {
                    out.add("schema named after a Java type: " + name);
                }
                if (Character.isDigit(name.charAt(name.length() - 1))) {
                    out.add("numbered schema (a twin of another with the same simple name): " + name);
                }
            }
        }
        for (String type : JAVA_TYPES) {
            if (document.contains("\"#/components/schemas/" + type + "\"")) {
                out.add("reference to the Java type " + type);
            }
        }
        Set<String> ids = new HashSet<>();
        Map<String, Object> paths = json.getMap("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> op = (Map<String, Object>) entry.getValue();
                String id = (String) op.get("operationId");
                if (id == null || !OPERATION_ID.matcher(id).matches() || !ids.add(id)) {
                    out.add(where + ": operationId missing, not camelCase or not unique: " + id);
                }
                for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                    if (schema == null || (!schema.containsKey("type") && !schema.containsKey("$ref"))) {
                        out.add(where + ": parameter " + parameter.get("name") + " has no type");
                    }
                }
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                if (body != null && ((Map<String, Object>) body.getOrDefault("content", Map.of())).containsKey("*/*")) {
                    out.add(where + ": request body of any media type (*/*)");
                }
                Map<String, Object> responses = (Map<String, Object>) op.getOrDefault("responses", Map.of());
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    out.add(where + ": no success response");
                }
                for (Map.Entry<String, Object> response : responses.entrySet()) {
                    String code = response.getKey();
                    Map<String, Object> value = (Map<String, Object>) response.getValue();
                    if (code.startsWith("2") && !code.equals("204")) {
                        Map<String, Object> content = (Map<String, Object>) value.get("content");
                        if (content == null || content.isEmpty()) {
                            out.add(where + ": " + code + " has no content");
                        } else {
                            content.forEach((media, m) -> {
                                Object schema = ((Map<String, Object>) m).get("schema");
                                if (!(schema instanceof Map<?, ?> s) || s.isEmpty()) {
                                    out.add(where + ": " + code + " " + media + " has no schema");
                                }
                            });
                        }
                    }
                    if (code.equals("201") && !((Map<String, Object>) value.getOrDefault("headers", Map.of())).containsKey("Location")) {
                        out.add(where + ": 201 without a Location header");
                    }
                    if ((code.startsWith("4") || code.startsWith("5"))
                            && !((Map<String, Object>) value.getOrDefault("content", Map.of())).containsKey("application/problem+json")) {
                        out.add(where + ": " + code + " is not problem+json");
                    }
                }
            }
        }
        return out;
    }
}
