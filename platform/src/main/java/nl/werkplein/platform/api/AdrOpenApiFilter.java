package nl.werkplein.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * Makes every service's OpenAPI document meet the Dutch API Design Rules without repeating the same
 * annotations on every endpoint: the server carries the major version (/api/v1), every 2xx/3xx
 * response documents the API-Version header, and every operation documents its problem+json errors.
 */
public class AdrOpenApiFilter implements OASFilter {

    private static final String PREFIX = "/api/v1";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url(serverUrl()).description("Deze service, major versie 1")));
        Components components = openAPI.getComponents() != null ? openAPI.getComponents() : OASFactory.createComponents();
        components.addSchema("Problem", problemSchema());
        components.addSchema("InvalidParam", invalidParamSchema());
        openAPI.setComponents(components);

        Paths paths = OASFactory.createPaths();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
                String path = entry.getKey().startsWith(PREFIX) ? entry.getKey().substring(PREFIX.length()) : entry.getKey();
                PathItem item = entry.getValue();
                if (item.getOperations() != null) {
                    item.getOperations().forEach((method, operation) -> document(path, method, operation, item));
                }
                paths.addPathItem(path.isEmpty() ? "/" : path, item);
            }
        }
        openAPI.setPaths(paths);
        // then make it true for a generated client (issue 19)
        new OpenApiContractFilter().filterOpenAPI(openAPI);
    }

    /**
     * The server a generated client calls. A deployment sets its public address with
     * WERKPLEIN_API_SERVER_URL (e.g. https://api.gemeente.nl/intake/api/v1); without it the
     * relative /api/v1 means "this host", which is right wherever the document is read from.
     */
    static String serverUrl() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("werkplein.api.server-url", String.class)
                .map(String::trim).filter(url -> !url.isEmpty()).orElse(PREFIX);
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation, PathItem item) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            String code = response.getKey();
            if (code.startsWith("2") || code.startsWith("3")) {
                response.getValue().addHeader("API-Version", apiVersionHeader());
            } else if (code.startsWith("4") || code.startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
        }
        boolean hasParameters = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;
        if (writes || hasParameters) {
            addProblem(operation, "400", "Ongeldige invoer; alle fouten staan in invalidParams");
        }
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        if (secured && !path.startsWith("/openapi")) {
            addProblem(operation, "401", "Geen, een verlopen of een ongeldig token");
            addProblem(operation, "403", "De rol van het token mag dit niet");
        }
        if (path.contains("{")) {
            addProblem(operation, "404", "Bestaat niet, of is niet voor deze gebruiker inzichtelijk");
        }
        if (operation.getRequestBody() != null) {
            addProblem(operation, "413", "De body is groter dan deze service aanneemt");
            addProblem(operation, "415", "De body heeft een mediatype dat deze operatie niet leest");
        }
        if (!path.startsWith("/openapi")) {
            addProblem(operation, "406", "Accept noemt niets wat deze operatie kan sturen");
        }
        addProblem(operation, "500", "Interne fout");
        if (!path.startsWith("/openapi")) {
            addProblem(operation, "503", "De database of Kafka is even niet bereikbaar, of de service is vol (te veel verzoeken tegelijk); opnieuw na Retry-After");
            operation.getResponses().getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                    .description("Na hoeveel seconden opnieuw proberen zin heeft")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(5)));
        }
    }

    private static void addProblem(Operation operation, String code, String description) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Header apiVersionHeader() {
        return OASFactory.createHeader().description("De volledige versie van de API (semver)")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("1.0.0"));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("Foutmelding volgens RFC 9457")
                .required(List.of("status", "title", "detail"))
                .addProperty("type", string("URI die het soort fout aanduidt", "about:blank"))
                .addProperty("title", string("Korte omschrijving van het soort fout", "Ongeldige invoer"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(400))
                .addProperty("detail", string("Uitleg bij deze fout", "Eén of meer velden zijn ongeldig."))
                .addProperty("instance", string("Het pad van het verzoek", "/api/v1/aanvragen"))
                .addProperty("invalidParams", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/InvalidParam")));
    }

    private static Schema invalidParamSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("name", string("Pad van het veld", "vacatures[3].postcode"))
                .addProperty("reason", string("Waarom het ongeldig is", "moet een Nederlandse postcode zijn"));
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description).example(example);
    }

}
