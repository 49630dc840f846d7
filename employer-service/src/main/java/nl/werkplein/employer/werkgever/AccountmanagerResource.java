package nl.werkplein.employer.werkgever;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accountmanagers")
@Tag(name = "Accountmanagers", description = "Accountmanagers per branche")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountmanagerResource {

    @Inject
    WerkgeverService service;

    @POST
    @RolesAllowed({Roles.ACCOUNTMANAGER, Roles.BEHEER})
    @Operation(summary = "Accountmanager vastleggen", description = "Met de branches die hij of zij bedient.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = AccountmanagerResponse.class)))
    public Response vastleggen(@Valid @NotNull(message = "body is verplicht") AccountmanagerRequest request) {
        // no GET of one accountmanager: the list has it
        return Response.created(java.net.URI.create("/api/v1/accountmanagers")).entity(service.accountmanagerVastleggen(request)).build();
    }

    @GET
    @RolesAllowed({Roles.ACCOUNTMANAGER, Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Accountmanagers zoeken", description = "Filter branche: wie die branche bedient.")
    public Page<AccountmanagerResponse> zoeken(
            @Parameter(description = "Branche", example = "BOUW") @QueryParam("branche") String branche,
            @BeanParam Paginering paginering) {
        return service.accountmanagers(branche == null || branche.isBlank() ? null : branche.trim(), paginering.verzoek());
    }
}
