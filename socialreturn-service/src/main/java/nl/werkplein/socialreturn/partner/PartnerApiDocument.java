package nl.werkplein.socialreturn.partner;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.OpenApiDeelDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The partner API as its own small document (issue 19), for the partners (Randstad) who generate a
 * client from it: only the operations a partner token may call, cut from this service's document so
 * the two never disagree. Published, like the whole document, without a token.
 */
@Path("/api/v1/partners/openapi.json")
public class PartnerApiDocument {

    /** What a partner calls (RolesAllowed PARTNER in PartnerResource). */
    static final List<String> OPERATIES = List.of(
            "GET /partners/{partnerId}",
            "PUT /partners/{partnerId}/leveringen/{week}",
            "GET /partners/{partnerId}/leveringen/{week}",
            "GET /partners/{partnerId}/leveringen",
            "GET /partners/{partnerId}/leveringsachterstand",
            "GET /partners/{partnerId}/vacatures",
            "GET /partners/{partnerId}/rapportage");

    @Inject
    OpenApiDocumentService documents;

    private volatile String document;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String document() {
        if (document == null) {
            String whole = new String(documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON), StandardCharsets.UTF_8);
            document = OpenApiDeelDocument.van(whole, OPERATIES, "Werkplein partner-API",
                    "De operaties van socialreturn-service voor partners (zoals Randstad): de wekelijkse levering van open vacatures,"
                            + " de uitkomst ervan en wat de partner zelf mag inzien. Een partner-token (rol partner, sub = partnerId)"
                            + " ziet alleen de eigen gegevens. Het hele document van de service staat op /api/v1/openapi.json.");
        }
        return document;
    }
}
