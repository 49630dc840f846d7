package nl.werkplein.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static nl.werkplein.platform.api.OpenApiWalk.SCHEMAS;
import static nl.werkplein.platform.api.OpenApiWalk.forEachOperation;
import static nl.werkplein.platform.api.OpenApiWalk.string;

import nl.werkplein.platform.time.DateTimes;

/**
 * Makes each document true for a generated client (issue 19), after {@link AdrOpenApiFilter} gave it
 * its ADR form: operation ids that read as the API's verbs, Java implementation types (UUID,
 * LocalDate, OffsetDateTime, LocalTime, JsonNode) inlined as plain JSON types, every parameter
 * typed, response fields nullable unless the record promises them (required), every 201 with its
 * Location header, and date-time examples in the one format the services write ({@link DateTimes}).
 * The parts: {@link OpenApiJavaTypes}, {@link OpenApiNullable}, {@link OpenApiWalk}.
 */
public class OpenApiContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        operationIds(openAPI);
        OpenApiJavaTypes.inlineJavaTypes(openAPI);
        typeParameters(openAPI);
        OpenApiNullable.nullableResponseFields(openAPI);
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
}
