package nl.werkplein.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import nl.werkplein.platform.time.DateTimes;

/**
 * Makes each document true for a generated client (issue 19), after {@link AdrOpenApiFilter} gave it
 * its ADR form: operation ids that read as the API's verbs, Java implementation types (UUID,
 * LocalDate, OffsetDateTime, LocalTime, JsonNode) inlined as plain JSON types, every parameter
 * typed, response fields nullable unless the record promises them (required), every 201 with its
 * Location header, and date-time examples in the one format the services write ({@link DateTimes}).
 */
public class OpenApiContractFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        operationIds(openAPI);
        inlineJavaTypes(openAPI);
        typeParameters(openAPI);
        nullableResponseFields(openAPI);
        createdHeaders(openAPI);
        rateLimited(openAPI);
    }

    // --- operation ids -------------------------------------------------------------------------

    /** AanvraagResource_indienen becomes aanvraagIndienen; unique per document. */
    static String operationId(String strategyId) {
        if (strategyId == null) {
            return null;
        }
        int underscore = strategyId.indexOf('_');
        if (underscore < 0) {
            return strategyId;
        }
        String owner = strategyId.substring(0, underscore).replaceFirst("Resource$", "");
        String method = strategyId.substring(underscore + 1);
        if (owner.isEmpty()) {
            return method;
        }
        return Character.toLowerCase(owner.charAt(0)) + owner.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    private static void operationIds(OpenAPI openAPI) {
        Set<String> used = new HashSet<>();
        forEachOperation(openAPI, (path, method, op) -> {
            String id = operationId(op.getOperationId());
            if (id == null) {
                return;
            }
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + n;
            }
            op.setOperationId(unique);
        });
    }

    // --- Java types ----------------------------------------------------------------------------

    private static void inlineJavaTypes(OpenAPI openAPI) {
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
    private static void copySiblings(Schema from, Schema to) {
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

    private static void addNull(Schema schema) {
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

    private static boolean isNullType(Schema schema) {
        return schema.getRef() == null && schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL));
    }

    // --- parameters ----------------------------------------------------------------------------

    /** A parameter with only a format (uuid, date) or an enum is a string for a generated signature. */
    private static void typeParameters(OpenAPI openAPI) {
        forEachOperation(openAPI, (path, method, op) -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(OpenApiContractFilter::typeParameter);
            }
        });
    }

    private static void typeParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null || (schema.getType() != null && !schema.getType().isEmpty())) {
            return;
        }
        if (schema.getFormat() != null || schema.getEnumeration() != null || schema.getPattern() != null) {
            schema.addType(SchemaType.STRING);
        }
    }

    // --- nullable response fields --------------------------------------------------------------

    /**
     * The services write every field of a response record, null included (Jackson's default). So in
     * a schema that only responses use, a field the record does not promise (required, from @NotNull
     * or @Schema(required = true)) may be null, and the document says so.
     */
    private static void nullableResponseFields(OpenAPI openAPI) {
        Map<String, Schema> components = schemas(openAPI);
        Set<String> fromRequests = new HashSet<>();
        Set<String> fromResponses = new HashSet<>();
        forEachOperation(openAPI, (path, method, op) -> {
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(m -> reach(m.getSchema(), components, fromRequests));
            }
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> reach(p.getSchema(), components, fromRequests));
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("2") && response.getContent() != null && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().values().forEach(m -> reach(m.getSchema(), components, fromResponses));
                    }
                });
            }
        });
        for (String name : new TreeMap<>(components).keySet()) {
            if (fromResponses.contains(name) && !fromRequests.contains(name) && !name.equals("Problem")) {
                markNullable(components.get(name));
            }
        }
    }

    private static void reach(Schema schema, Map<String, Schema> components, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String name = schema.getRef().substring(SCHEMAS.length());
            if (seen.add(name)) {
                reach(components.get(name), components, seen);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> reach(p, components, seen));
        }
        reach(schema.getItems(), components, seen);
        reach(schema.getAdditionalPropertiesSchema(), components, seen);
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(s -> reach(s, components, seen));
            }
        }
    }

    private static void markNullable(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() != null ? schema.getRequired() : List.of();
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) ->
                properties.put(name, required.contains(name) ? property : nullable(property)));
        schema.setProperties(properties);
    }

    /** type X becomes [X, "null"]; a reference becomes anyOf [ref, {type: null}]. */
    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema ref = OASFactory.createSchema().ref(property.getRef());
            Schema wrapper = OASFactory.createSchema();
            copySiblings(property, wrapper);
            wrapper.setType(null);
            wrapper.setAnyOf(List.of(ref, OASFactory.createSchema().addType(SchemaType.NULL)));
            return wrapper;
        }
        if (property.getType() != null && !property.getType().isEmpty()) {
            addNull(property);
            return property;
        }
        if (property.getAnyOf() != null || property.getOneOf() != null) {
            List<Schema> options = new ArrayList<>(property.getAnyOf() != null ? property.getAnyOf() : property.getOneOf());
            if (options.stream().noneMatch(OpenApiContractFilter::isNullType)) {
                options.add(OASFactory.createSchema().addType(SchemaType.NULL));
            }
            if (property.getAnyOf() != null) {
                property.setAnyOf(options);
            } else {
                property.setOneOf(options);
            }
        }
        return property;
    }

    // --- created resources ---------------------------------------------------------------------

    /**
     * An operation whose created resource has no URL to read it at marks itself with this extension
     * ({@code @Extension(name = GEEN_LOCATION, value = "true")}); the filter removes it again.
     */
    public static final String GEEN_LOCATION = "x-werkplein-geen-location";

    /** Every 201 names where the new resource lives (a required Location), unless it has no URL to read. */
    private static void createdHeaders(OpenAPI openAPI) {
        forEachOperation(openAPI, (path, method, op) -> {
            APIResponse created = op.getResponses() != null ? op.getResponses().getAPIResponse("201") : null;
            // SmallRye copies a method's extension onto the operation, its responses and each response
            boolean noUrl = false;
            List<org.eclipse.microprofile.openapi.models.Extensible<?>> places = new ArrayList<>();
            places.add(op);
            if (op.getResponses() != null) {
                places.add(op.getResponses());
                if (op.getResponses().getAPIResponses() != null) {
                    places.addAll(op.getResponses().getAPIResponses().values());
                }
            }
            for (org.eclipse.microprofile.openapi.models.Extensible<?> where : places) {
                if (where != null && where.getExtensions() != null && where.getExtensions().containsKey(GEEN_LOCATION)) {
                    where.removeExtension(GEEN_LOCATION);
                    noUrl = true;
                }
            }
            if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
                created.addHeader("Location", noUrl
                        ? OASFactory.createHeader().required(false).schema(string().format("uri-reference"))
                                .description("Niet gezet: deze resource heeft geen eigen URL om te lezen; het antwoord is de resource")
                        : locationHeader(path));
            }
        });
    }

    private static Header locationHeader(String path) {
        String example = "/api/v1" + path.replaceAll("\\{[^}]+}", "9c2a5d6e-7f8a-4b0c-8d1e-2f3a4b5c6d7e")
                + "/3f2b6c1e-8a4d-4e7b-9c2a-5d6e7f8a9b0c";
        return OASFactory.createHeader().description("Waar de nieuwe resource te lezen is (GET)").required(true)
                .schema(string().format("uri-reference").examples(List.of(example)));
    }

    // --- rate limits ---------------------------------------------------------------------------

    /**
     * Every operation may be answered 429 by the platform's rate limiter (problem+json with
     * Retry-After), so a generated client knows the answer and when to try again.
     */
    private static void rateLimited(OpenAPI openAPI) {
        forEachOperation(openAPI, (path, method, op) -> {
            if (path.startsWith("/openapi") || op.getResponses() == null || op.getResponses().hasAPIResponse("429")) {
                return;
            }
            op.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Te veel verzoeken; opnieuw na Retry-After")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + "Problem"))))
                    .addHeader("Retry-After", OASFactory.createHeader()
                            .description("Na hoeveel seconden opnieuw proberen zin heeft")
                            .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).examples(List.of(1)))));
        });
    }

    // --- walking -------------------------------------------------------------------------------

    interface OperationVisitor {
        void visit(String path, PathItem.HttpMethod method, Operation operation);
    }

    private static void forEachOperation(OpenAPI openAPI, OperationVisitor visitor) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        new TreeMap<>(openAPI.getPaths().getPathItems()).forEach((path, item) -> {
            if (item.getOperations() != null) {
                new TreeMap<>(item.getOperations()).forEach((method, op) -> visitor.visit(path, method, op));
            }
        });
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

    private static Map<String, Schema> schemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null) {
            openAPI.getComponents().setSchemas(new LinkedHashMap<>());
        }
        return openAPI.getComponents().getSchemas();
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
