package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operators' CustomResourceDefinitions (vendored from their release tags, see
 * resources/schemas/SOURCES.md), validated the way the API server does with strict field
 * validation: the openAPIV3Schema of each served version, where an object with declared properties
 * admits no other field unless it says {@code x-kubernetes-preserve-unknown-fields}.
 */
public final class CrdSchemas {

    static final List<String> FILES = List.of(
            "strimzi-040-Crd-kafka.yaml", "strimzi-043-Crd-kafkatopic.yaml", "strimzi-044-Crd-kafkauser.yaml",
            "strimzi-045-Crd-kafkanodepool.yaml",
            "keda.sh_scaledobjects.yaml", "keda.sh_triggerauthentications.yaml",
            "keda.sh_clustertriggerauthentications.yaml",
            "postgresql.cnpg.io_clusters.yaml", "postgresql.cnpg.io_scheduledbackups.yaml",
            "postgresql.cnpg.io_databases.yaml",
            "monitoring.coreos.com_servicemonitors.yaml", "monitoring.coreos.com_podmonitors.yaml",
            "monitoring.coreos.com_prometheusrules.yaml");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static volatile Map<String, JsonSchema> schemas;

    private CrdSchemas() {
    }

    /** "group/version Kind" of every served version of the vendored CRDs. */
    public static Set<String> served() {
        return new TreeSet<>(load().keySet());
    }

    public static boolean knows(String apiVersion, String kind) {
        return load().containsKey(apiVersion + " " + kind);
    }

    /** @return every problem of the custom resource, empty when it is valid. */
    public static List<String> validate(Manifest m) {
        JsonSchema schema = load().get(m.apiVersion() + " " + m.kind());
        if (schema == null) {
            return List.of(m.apiVersion() + " " + m.kind() + " is not a served version of the vendored CRDs " + served());
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(m.body())) {
            problems.add(message.getMessage());
        }
        // the CRD schemas leave metadata open; the API server checks it as ObjectMeta
        KubernetesSchemas.parse(V1ObjectMeta.class, m.body().path("metadata")).ifPresent(p -> problems.add("metadata: " + p));
        return problems;
    }

    private static Map<String, JsonSchema> load() {
        if (schemas == null) {
            synchronized (CrdSchemas.class) {
                if (schemas == null) {
                    Map<String, JsonSchema> all = new HashMap<>();
                    for (String file : FILES) {
                        JsonNode crd = read("/schemas/crds/" + file);
                        String group = crd.path("spec").path("group").asText();
                        String kind = crd.path("spec").path("names").path("kind").asText();
                        for (JsonNode version : crd.path("spec").path("versions")) {
                            if (!version.path("served").asBoolean(false)) {
                                continue;
                            }
                            JsonNode schema = version.path("schema").path("openAPIV3Schema");
                            all.put(group + "/" + version.path("name").asText() + " " + kind,
                                    FACTORY.getSchema(strict(schema.deepCopy(), true)));
                        }
                    }
                    schemas = all;
                }
            }
        }
        return schemas;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return Manifests.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns a structural OpenAPI v3 schema into a JSON Schema with the API server's strictness:
     * declared properties close the object, int-or-string and nullable become JSON Schema types.
     * Branches of oneOf/anyOf/allOf/not only constrain (which fields are set) and stay as they are.
     */
    static JsonNode strict(JsonNode node, boolean structural) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode o = (ObjectNode) node;
        if (structural) {
            if (o.path("x-kubernetes-int-or-string").asBoolean(false)) {
                o.remove("type");
                ArrayNode anyOf = o.putArray("anyOf");
                anyOf.addObject().put("type", "integer");
                anyOf.addObject().put("type", "string");
            }
            if (o.path("nullable").asBoolean(false) && o.path("type").isTextual()) {
                ArrayNode types = Manifests.JSON.createArrayNode().add(o.path("type").asText()).add("null");
                o.set("type", types);
            }
            boolean open = o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (o.has("properties") && !o.has("additionalProperties") && !open) {
                o.put("additionalProperties", false);
            }
            // formats (int32, date-time, quantity, ...) are the server's business, not the structure's
            o.remove("format");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = f.getKey();
            boolean branch = key.equals("oneOf") || key.equals("anyOf") && !o.has("x-kubernetes-int-or-string")
                    || key.equals("allOf") || key.equals("not");
            if (key.equals("properties") || key.equals("patternProperties")) {
                f.getValue().fields().forEachRemaining(p -> strict(p.getValue(), structural));
            } else if (key.equals("items") || key.equals("additionalProperties")) {
                strict(f.getValue(), structural);
            } else if (branch) {
                f.getValue().forEach(b -> strict(b, false));
            }
        }
        return o;
    }
}
