package nl.werkplein.intake.brief;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The postal address intake uses for letters when a client has no e-mail address (most often a
 * client of the existing caseload, whose import has none): the KCC or a consulent records it. It
 * stays in intake-service; no event carries it.
 */
@Path("/api/v1/postadressen")
@Tag(name = "Postadressen", description = "Het postadres voor brieven aan klanten zonder e-mailadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostadresResource {

    @Inject
    BriefService service;

    @PUT
    @Path("/{klantId}")
    @RolesAllowed({Roles.KCC, Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Postadres vastleggen", description = "Vervangt een eerder vastgelegd postadres; brieven die al klaarstaan "
            + "houden het adres waarmee ze gemaakt zijn. 404 voor een onbekende klant.")
    @APIResponse(responseCode = "200", description = "Vastgelegd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostadresResponse.class)))
    public PostadresResponse vastleggen(@PathParam("klantId") UUID klantId,
                                        @Valid @NotNull(message = "body is verplicht") PostadresRequest request) {
        return service.legPostadresVast(klantId, request);
    }

    @GET
    @Path("/{klantId}")
    @RolesAllowed({Roles.KCC, Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Postadres raadplegen", description = "404 als er geen postadres is vastgelegd. Vastgelegd in de auditlog.")
    @APIResponse(responseCode = "200", description = "Het postadres",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostadresResponse.class)))
    public PostadresResponse raadplegen(@PathParam("klantId") UUID klantId) {
        return service.postadres(klantId);
    }
}
