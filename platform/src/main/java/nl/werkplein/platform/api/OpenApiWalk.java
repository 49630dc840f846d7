package nl.werkplein.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;


/** Walking an OpenAPI document for {@link OpenApiContractFilter}: operations in path order, the components. */
final class OpenApiWalk {

    static final String SCHEMAS = "#/components/schemas/";

    private OpenApiWalk() {
    }

    interface OperationVisitor {
        void visit(String path, PathItem.HttpMethod method, Operation operation);
    }

    static void forEachOperation(OpenAPI openAPI, OperationVisitor visitor) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        new TreeMap<>(openAPI.getPaths().getPathItems()).forEach((path, item) -> {
            if (item.getOperations() != null) {
                new TreeMap<>(item.getOperations()).forEach((method, op) -> visitor.visit(path, method, op));
            }
        });
    }

    static Map<String, Schema> schemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null) {
            openAPI.getComponents().setSchemas(new LinkedHashMap<>());
        }
        return openAPI.getComponents().getSchemas();
    }

    static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
