package nl.werkplein.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The services publish OpenAPI 3.1; the response validator (swagger-request-validator) still reads
 * schemas as OpenAPI 3.0 and silently ignores 3.1 type lists. So the tests validate against the same
 * document said in 3.0: {@code type: [X, "null"]} becomes {@code type: X, nullable: true},
 * examples an example; {@code anyOf: [ref, {type: null}]} stays as it is (the validator's draft 4 knows null).
 */
final class OpenApi30 {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi30() {
    }

    static String convert(String document31) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(document31);
            root.put("openapi", "3.0.3");
            walk(root);
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document", e);
        }
    }

    private static void walk(JsonNode node) {
        if (node instanceof ObjectNode object) {
            schema(object);
            List<JsonNode> children = new ArrayList<>();
            object.elements().forEachRemaining(children::add);
            children.forEach(OpenApi30::walk);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30::walk);
        }
    }

    private static void schema(ObjectNode node) {
        JsonNode type = node.get("type");
        if (type instanceof ArrayNode types) {
            List<String> named = new ArrayList<>();
            boolean nullable = false;
            for (JsonNode t : types) {
                if (t.asText().equals("null")) {
                    nullable = true;
                } else {
                    named.add(t.asText());
                }
            }
            if (named.size() == 1) {
                node.put("type", named.get(0));
            } else {
                node.remove("type");
            }
            if (nullable) {
                node.put("nullable", true);
            }
        }
        // anyOf [ref, {type: null}] stays: the validator's JSON Schema (draft 4) knows type null, while
        // nullable next to a reference is not applied by it
        // a schema's examples are a list (3.1); those of media types and parameters are maps, left alone
        if (node.get("examples") instanceof ArrayNode examples) {
            if (!examples.isEmpty()) {
                node.set("example", examples.get(0));
            }
            node.remove("examples");
        }
        if (node.has("$ref") && node.size() > 1) {
            // 3.0: siblings of $ref are ignored, keep the reference meaningful through allOf
            JsonNode ref = node.remove("$ref");
            ArrayNode allOf = node.putArray("allOf");
            allOf.addObject().set("$ref", ref);
        }
    }
}
