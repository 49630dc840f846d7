package nl.werkplein.ecoach.workshop;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import nl.werkplein.ecoach.traject.Workshop;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.UUID;

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

    @Schema(name = "Workshopverwijzing", description = "Een verwijzing zoals de partner haar ziet: geen BSN, naam, adres of e-mailadres")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VerwijzingView(
            @Schema(description = "De verwijzing") UUID id,
            @Schema(description = "Pseudoniem verwijzingsnummer van de klant, willekeurig per verwijzing; de klant noemt het bij aanmelding",
                    example = "WS-7K2M9QX4TB1H") String referentie,
            @Schema(description = "Waar de workshop over gaat: PRESENTATIE, CV of ZOEKGEDRAG") Workshop onderwerp,
            @Schema(description = "OPEN, AANWEZIG, AFWEZIG of VERVALLEN (het traject is afgesloten vóór een melding)") WorkshopStatus status,
            @Schema(description = "Wanneer de e-coach verwees") OffsetDateTime verwezenOp,
            @Schema(description = "Wanneer de partner de aanwezigheid meldde", nullable = true) OffsetDateTime gemeldOp) {

        static VerwijzingView from(Workshopverwijzing v) {
            return new VerwijzingView(v.id, v.referentie, v.onderwerp, v.status, v.verwezenOp, v.gemeldOp);
        }
    }

    @Schema(name = "AanwezigheidMelden")
    public record MeldingRequest(
            @Schema(required = true, description = "AANWEZIG of AFWEZIG", enumeration = {"AANWEZIG", "AFWEZIG"})
            @NotNull(message = "is verplicht (AANWEZIG of AFWEZIG)") WorkshopStatus status) {
    }

    @GET
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Workshopverwijzingen van de partner",
            description = "De verwijzingen naar de workshops van deze partner, de nieuwste eerst; met status=OPEN alleen die nog een melding wachten. Alleen de eigen partnerId (anders 403).")
    @APIResponse(responseCode = "200", description = "Een pagina verwijzingen")
    @APIResponse(responseCode = "400", description = "Ongeldige status, page of size")
    @APIResponse(responseCode = "403", description = "Een andere partner")
    public Page<VerwijzingView> lijst(@Parameter(description = "De partner, gelijk aan de sub van het token", example = "randstad")
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
    public VerwijzingView een(@Parameter(description = "De partner, gelijk aan de sub van het token", example = "randstad")
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
    public VerwijzingView meld(@Parameter(description = "De partner, gelijk aan de sub van het token", example = "randstad")
                               @PathParam("partnerId") String partnerId,
                               @Parameter(description = "De verwijzing") @PathParam("id") String id,
                               @Valid @NotNull(message = "body is verplicht") MeldingRequest request) {
        return service.meld(partnerId, id, request.status());
    }
}
