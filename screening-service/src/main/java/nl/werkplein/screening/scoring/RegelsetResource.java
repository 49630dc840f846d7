package nl.werkplein.screening.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regelsets")
@Tag(name = "Regelsets", description = "Gepubliceerde, onveranderlijke regelsets voor de Entreevragenlijst")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegelsetResource {

    @Inject
    RegelsetRepository regelsets;

    @POST
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Regelset publiceren", description = "Een gepubliceerde versie verandert nooit meer; gebruik ze om besluiten te herbeoordelen.")
    @APIResponse(responseCode = "201", description = "Gepubliceerd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = Regelset.class)))
    @APIResponse(responseCode = "409", description = "Deze naam en versie bestaan al")
    // a published rule set has no URL to read it at, so no Location (the body is the rule set)
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = nl.werkplein.platform.api.OpenApiContractFilter.GEEN_LOCATION, value = "true")
    public Response publiceer(@Valid @NotNull(message = "body is verplicht") RegelsetRequest r) {
        return Response.status(201).entity(regelsets.publiceer(new Regelset(r.naam(), r.versie(), r.modus(), r.zelfdoenerDrempel(),
                r.participatieDrempel(), r.klantondersteuningWillenDrempel()))).build();
    }
}
