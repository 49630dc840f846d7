package nl.werkplein.ecoach.workshop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partner API for workshop referrals (api.md, domain.md 3.5): the partner sees only its own
 * referrals, each client as a pseudonymous reference and the subject of the workshop, nothing else.
 */
@Path("/api/v1/partners/{partnerId}/workshopverwijzingen")
@Tag(name = "Workshopverwijzingen", description = "Verwijzingen naar een workshop van de partner (Randstad) en de aanwezigheid die de partner terugmeldt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkshopverwijzingResource {

    @Inject
    WorkshopService service;

    @GET
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Workshopverwijzingen van de partner",
            description = "De verwijzingen naar de workshops van deze partner, de nieuwste eerst; met status=OPEN alleen die nog een melding wachten. Alleen de eigen partnerId (anders 403).")
    @APIResponse(responseCode = "200", description = "Een pagina verwijzingen")
    @APIResponse(responseCode = "400", description = "Ongeldige status, page of size")
    @APIResponse(responseCode = "403", description = "Een andere partner")
    public Page<WorkshopverwijzingResponse> lijst(@Parameter(description = "De partner, gelijk aan de sub van het token", example = "randstad")
                                      @PathParam("partnerId") String partnerId,
                                      @Parameter(description = "Alleen verwijzingen met deze status: OPEN, AANWEZIG, AFWEZIG of VERVALLEN")
                                      @QueryParam("status") String status,
                                      @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        WorkshopStatus filter = params.enumWaarde("status", status, WorkshopStatus.class);
        params.check();
        return service.lijst(partnerId, filter, paginering.verzoek());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Workshopverwijzing raadplegen", description = "Eén verwijzing van deze partner.")
    @APIResponse(responseCode = "200", description = "De verwijzing")
    @APIResponse(responseCode = "403", description = "Een andere partner")
    @APIResponse(responseCode = "404", description = "Geen verwijzing van deze partner")
    public WorkshopverwijzingResponse een(@Parameter(description = "De partner, gelijk aan de sub van het token", example = "randstad")
                              @PathParam("partnerId") String partnerId,
                              @Parameter(description = "De verwijzing") @PathParam("id") String id) {
        return service.een(partnerId, id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Aanwezigheid melden",
            description = "De partner meldt of de klant de workshop bijwoonde (AANWEZIG of AFWEZIG); de e-coach ziet het in het traject. "
                    + "Dezelfde melding nogmaals verandert niets (200); een andere melding daarna is 409.")
    @APIResponse(responseCode = "200", description = "Gemeld (ook: dezelfde melding nogmaals)")
    @APIResponse(responseCode = "400", description = "Status ontbreekt of is niet AANWEZIG/AFWEZIG")
    @APIResponse(responseCode = "403", description = "Een andere partner")
    @APIResponse(responseCode = "404", description = "Geen verwijzing van deze partner")
    @APIResponse(responseCode = "409", description = "Er is al een andere aanwezigheid gemeld, of de verwijzing is vervallen")
    public WorkshopverwijzingResponse meld(@Parameter(description = "De partner, gelijk aan de sub van het token", example = "randstad")
                               @PathParam("partnerId") String partnerId,
                               @Parameter(description = "De verwijzing") @PathParam("id") String id,
                               @Valid @NotNull(message = "body is verplicht") AanwezigheidsmeldingRequest request) {
        return service.meld(partnerId, id, request.status());
    }
}
