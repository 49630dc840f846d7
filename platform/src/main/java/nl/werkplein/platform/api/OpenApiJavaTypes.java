package nl.werkplein.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nl.werkplein.platform.time.DateTimes;

import static nl.werkplein.platform.api.OpenApiWalk.SCHEMAS;
import static nl.werkplein.platform.api.OpenApiWalk.forEachOperation;
import static nl.werkplein.platform.api.OpenApiWalk.schemas;
import static nl.werkplein.platform.api.OpenApiWalk.string;

/**
 * Java implementation types (UUID, LocalDate, OffsetDateTime, LocalTime, JsonNode) that SmallRye
 * publishes as components, inlined as the plain JSON types a generated client should see; date-time
 * examples in the one format the services write ({@link DateTimes}).
 */
final class OpenApiJavaTypes {

    /** Java types SmallRye publishes as components; a client must see plain JSON types instead. */
    private static final Map<String, Supplier<Schema>> JAVA_TYPES = Map.of(
            "UUID", () -> string().format("uuid"),
            "LocalDate", () -> string().format("date").examples(List.of("2026-03-01")),
            "OffsetDateTime", () -> string().format("date-time").examples(List.of(DateTimes.EXAMPLE)),
            "Instant", () -> string().format("date-time").examples(List.of(DateTimes.EXAMPLE)),
            "LocalTime", () -> string().pattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$").examples(List.of("10:00"))
                    .description("Lokale tijd (Europe/Amsterdam), HH:mm[:ss]"),
            // a free answer value (questionnaires): a number, a yes/no or a choice
            "JsonNode", () -> OASFactory.createSchema().oneOf(List.of(
                    OASFactory.createSchema().addType(SchemaType.INTEGER),
                    OASFactory.createSchema().addType(SchemaType.BOOLEAN),
                    OASFactory.createSchema().addType(SchemaType.STRING))));
    /** Only ever referenced from the Java types above. */
    private static final Set<String> DROPPED = Set.of("JsonNodeType");

    private OpenApiJavaTypes() {
    }

    static void inlineJavaTypes(OpenAPI openAPI) {
        Map<String, Schema> components = new LinkedHashMap<>();
        schemas(openAPI).forEach((name, schema) -> {
            if (!JAVA_TYPES.containsKey(name) && !DROPPED.contains(name)) {
                components.put(name, inline(schema));
            }
        });
        openAPI.getComponents().setSchemas(components);
        forEachOperation(openAPI, (path, method, op) -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> p.setSchema(inline(p.getSchema())));
            }
            forEachMediaType(op, media -> media.setSchema(inline(media.getSchema())));
        });
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> p.setSchema(inline(p.getSchema())));
                }
            });
        }
    }

    /** The schema with every reference to a Java type replaced by its JSON form, recursively. */
    static Schema inline(Schema schema) {
        if (schema == null) {
            return null;
        }
        String javaType = javaType(schema.getRef());
        if (javaType != null) {
            Schema plain = JAVA_TYPES.get(javaType).get();
            copySiblings(schema, plain);
            return plain;
        }
        // anyOf: [{$ref: Java type}, {type: null}] is just a nullable plain type
        if (schema.getAnyOf() != null && schema.getAnyOf().size() == 2) {
            Schema first = schema.getAnyOf().get(0);
            Schema second = schema.getAnyOf().get(1);
            if (javaType(first.getRef()) != null && isNullType(second) && !"JsonNode".equals(javaType(first.getRef()))) {
                Schema plain = JAVA_TYPES.get(javaType(first.getRef())).get();
                schema.setAnyOf(null);
                copySiblings(schema, plain);
                addNull(plain);
                return plain;
            }
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, p) -> properties.put(name, inline(p)));
            schema.setProperties(properties);
        }
        schema.setItems(inline(schema.getItems()));
        schema.setAdditionalPropertiesSchema(inline(schema.getAdditionalPropertiesSchema()));
        schema.setAllOf(inlineAll(schema.getAllOf()));
        schema.setAnyOf(inlineAll(schema.getAnyOf()));
        schema.setOneOf(inlineAll(schema.getOneOf()));
        examplesInOneFormat(schema);
        return schema;
    }

    private static List<Schema> inlineAll(List<Schema> schemas) {
        if (schemas == null) {
            return null;
        }
        List<Schema> out = new ArrayList<>();
        schemas.forEach(s -> out.add(inline(s)));
        return out;
    }

    /** Description, examples, readOnly, ... of the referring schema win over the inlined type's. */
    static void copySiblings(Schema from, Schema to) {
        boolean nullable = from.getType() != null && from.getType().contains(SchemaType.NULL);
        for (Map.Entry<String, ?> entry : from.getAll().entrySet()) {
            String key = entry.getKey();
            if (!key.equals("$ref") && !key.equals("type") && entry.getValue() != null) {
                to.set(key, entry.getValue());
            }
        }
        if (nullable) {
            addNull(to);
        }
        examplesInOneFormat(to);
    }

    /** Examples of date-times read as the services write them (UTC, milliseconds, Z). */
    private static void examplesInOneFormat(Schema schema) {
        if (!"date-time".equals(schema.getFormat()) || schema.getExamples() == null) {
            return;
        }
        List<Object> examples = new ArrayList<>();
        for (Object example : schema.getExamples()) {
            try {
                examples.add(DateTimes.format(OffsetDateTime.parse(String.valueOf(example)).withOffsetSameInstant(ZoneOffset.UTC)));
            } catch (DateTimeParseException e) {
                examples.add(example);
            }
        }
        schema.setExamples(examples);
    }

    static void addNull(Schema schema) {
        if (schema.getType() == null || !schema.getType().contains(SchemaType.NULL)) {
            schema.addType(SchemaType.NULL);
        }
    }

    private static String javaType(String ref) {
        if (ref == null || !ref.startsWith(SCHEMAS)) {
            return null;
        }
        String name = ref.substring(SCHEMAS.length());
        return JAVA_TYPES.containsKey(name) ? name : null;
    }

    static boolean isNullType(Schema schema) {
        return schema.getRef() == null && schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL));
    }

    private static void forEachMediaType(Operation op, java.util.function.Consumer<MediaType> action) {
        RequestBody body = op.getRequestBody();
        if (body != null && body.getContent() != null && body.getContent().getMediaTypes() != null) {
            body.getContent().getMediaTypes().values().forEach(action);
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            for (APIResponse response : op.getResponses().getAPIResponses().values()) {
                Content content = response.getContent();
                if (content != null && content.getMediaTypes() != null) {
                    content.getMediaTypes().values().forEach(action);
                }
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(h -> h.setSchema(inline(h.getSchema())));
                }
            }
        }
    }
}
