package nl.werkplein.ecoach.ecoach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.ecoach.caseload.CaseloadKlant;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/ecoaches")
@Tag(name = "E-coaches", description = "E-coaches (beheer) en hun caseload")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EcoachResource {

    @Inject
    EcoachService service;

    @GET
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "E-coaches opvragen", description = "Met het aantal actieve klanten per e-coach.")
    @APIResponse(responseCode = "200", description = "Een pagina e-coaches")
    public Page<EcoachResponse> lijst(@BeanParam Paginering paginering) {
        return service.lijst(paginering.verzoek());
    }

    @POST
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "E-coach toevoegen", description = "Een nieuwe e-coach krijgt volgens de caseloadregel nieuwe klanten.")
    @APIResponse(responseCode = "201", description = "Toegevoegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = EcoachResponse.class)))
    @APIResponse(responseCode = "409", description = "Dit id bestaat al")
    public Response maak(@Valid @NotNull(message = "body is verplicht") EcoachRequest request) {
        EcoachResponse ecoach = service.maak(request);
        return Response.created(java.net.URI.create("/api/v1/ecoaches/" + ecoach.ecoachId())).entity(ecoach).build();
    }

    @GET
    @Path("/{ecoachId}")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "E-coach raadplegen", description = "Een e-coach ziet alleen zichzelf.")
    @APIResponse(responseCode = "200", description = "De e-coach")
    public EcoachResponse een(@PathParam("ecoachId") UUID ecoachId) {
        return service.een(ecoachId);
    }

    @PUT
    @Path("/{ecoachId}")
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "E-coach wijzigen", description = "Naam, actief (inactief: geen nieuwe klanten; de caseload blijft) en capaciteit.")
    @APIResponse(responseCode = "200", description = "Gewijzigd")
    public EcoachResponse wijzig(@PathParam("ecoachId") UUID ecoachId, @Valid @NotNull(message = "body is verplicht") EcoachRequest request) {
        return service.wijzig(ecoachId, request);
    }

    @GET
    @Path("/{ecoachId}/caseload")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Caseload raadplegen", description = "Per klant het aantal sollicitatieactiviteiten in de afgelopen weken tegenover de norm; "
            + "wie achterloopt of een evaluatie nodig heeft staat bovenaan. Een e-coach ziet alleen de eigen caseload.")
    @APIResponse(responseCode = "200", description = "Een pagina van de caseload")
    public Page<CaseloadKlant> caseload(
            @PathParam("ecoachId") UUID ecoachId,
            @Parameter(description = "true: alleen wie achterloopt; false: alleen wie de norm haalt") @QueryParam("achterstand") String achterstandParam,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        Boolean achterstand = null;
        if (achterstandParam != null && !achterstandParam.isBlank()) {
            if (!achterstandParam.equals("true") && !achterstandParam.equals("false")) {
                params.invalid("achterstand", "moet true of false zijn");
            } else {
                achterstand = Boolean.valueOf(achterstandParam);
            }
        }
        // all problems at once: the paging ones too
        if (paginering.page != null && paginering.page < 1) {
            params.invalid("page", "moet 1 of hoger zijn");
        }
        if (paginering.size != null && (paginering.size < 1 || paginering.size > PageRequest.MAX_SIZE)) {
            params.invalid("size", "moet tussen 1 en " + PageRequest.MAX_SIZE + " liggen");
        }
        params.check();
        return service.caseload(ecoachId, achterstand, paginering.verzoek());
    }
}
