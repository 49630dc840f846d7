package nl.werkplein.screening.vragenlijst;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/vragenlijsten")
@Tag(name = "Vragenlijsten", description = "De Entreevragenlijst en de aanvullende vragenlijst, in hun huidige versie")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VragenlijstResource {

    @Inject
    VragenlijstService service;

    @GET
    @Path("/entree")
    @Operation(summary = "De huidige Entreevragenlijst")
    public VragenlijstResponse entree() {
        return service.huidige(Vragenlijst.Soort.ENTREE);
    }

    @GET
    @Path("/aanvullend")
    @Operation(summary = "De huidige aanvullende vragenlijst (Maatschappelijke participatie)")
    public VragenlijstResponse aanvullend() {
        return service.huidige(Vragenlijst.Soort.AANVULLEND);
    }

    @jakarta.ws.rs.POST
    @Path("/{soort}/versies")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @jakarta.annotation.security.RolesAllowed(nl.werkplein.platform.security.Roles.BEHEER)
    @Operation(summary = "Nieuwe versie publiceren", description = "Een gepubliceerde versie verandert nooit; de nieuwste is de huidige. soort: entree of aanvullend.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Gepubliceerd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = VragenlijstResponse.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "409", description = "Deze versie bestaat al")
    public jakarta.ws.rs.core.Response publiceer(@jakarta.ws.rs.PathParam("soort") String soortParam,
                                                 @jakarta.validation.Valid @jakarta.validation.constraints.NotNull(message = "body is verplicht") PublicatieRequest request) {
        Vragenlijst.Soort soort = switch (soortParam) {
            case "entree" -> Vragenlijst.Soort.ENTREE;
            case "aanvullend" -> Vragenlijst.Soort.AANVULLEND;
            default -> throw ProblemException.notFound("Vragenlijst " + soortParam);
        };
        VragenlijstResponse gepubliceerd = service.publiceer(soort, request.versie(), request.vragen());
        // the newest version is the current one of its soort
        return jakarta.ws.rs.core.Response.created(java.net.URI.create("/api/v1/vragenlijsten/" + soortParam)).entity(gepubliceerd).build();
    }
}
