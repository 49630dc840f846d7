package nl.werkplein.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;


import static nl.werkplein.platform.api.OpenApiJavaTypes.addNull;
import static nl.werkplein.platform.api.OpenApiJavaTypes.copySiblings;
import static nl.werkplein.platform.api.OpenApiWalk.SCHEMAS;
import static nl.werkplein.platform.api.OpenApiWalk.forEachOperation;
import static nl.werkplein.platform.api.OpenApiWalk.schemas;

/** Response fields nullable unless the record promises them (required), for {@link OpenApiContractFilter}. */
final class OpenApiNullable {

    private OpenApiNullable() {
    }

    /**
     * The services write every field of a response record, null included (Jackson's default). So in
     * a schema that only responses use, a field the record does not promise (required, from @NotNull
     * or @Schema(required = true)) may be null, and the document says so.
     */
    static void nullableResponseFields(OpenAPI openAPI) {
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
            if (options.stream().noneMatch(OpenApiJavaTypes::isNullType)) {
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
}
