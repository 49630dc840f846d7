package nl.werkplein.screening.participatie;

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
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Participation referrals that arrive (domain.md 5, issue 18 point 4): a staff list per organisation,
 * the organisation's acknowledgement, and the consulents' worklist of referrals whose wijk is unknown.
 */
@Path("/api/v1/participatieverwijzingen")
@Tag(name = "Participatieverwijzingen", description = "Verwijzingen naar een wijkorganisatie of het SW-bedrijf, de werklijst en de ontvangstbevestiging")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipatieverwijzingResource {

    @Inject
    ParticipatieverwijzingService service;
    @Inject
    WijkService wijken;

    @GET
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Verwijzingen van een organisatie",
            description = "De verwijzingen, de nieuwste eerst; met organisatie die van één organisatie (de lijst die haar medewerkers bijhouden).")
    @APIResponse(responseCode = "200", description = "Een pagina verwijzingen")
    @APIResponse(responseCode = "400", description = "Onbekende organisatie of status, of ongeldige page of size")
    public Page<ParticipatieverwijzingResponse> lijst(@Parameter(description = "Code van de organisatie", example = "radar") @QueryParam("organisatie") String organisatie,
                                      @Parameter(description = "VERWEZEN, WERKLIJST of ONTVANGEN") @QueryParam("status") String status,
                                      @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        String code = organisatie == null || organisatie.isBlank() ? null : organisatie.strip();
        if (code != null && !wijken.bestaandeOrganisatie(code)) {
            params.invalid("organisatie", ParticipatieverwijzingService.ONBEKENDE_ORGANISATIE);
        }
        Participatieverwijzing.Status filter = params.enumWaarde("status", status, Participatieverwijzing.Status.class);
        params.check();
        return service.lijst(code, filter, paginering.verzoek()).map(ParticipatieverwijzingResponse::from);
    }

    @GET
    @Path("/werklijst")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Werklijst: verwijzingen zonder wijk",
            description = "De verwijzingen waarvan de wijk niet bekend is, de oudste eerst; een consulent verwijst ze met PUT .../{id}/organisatie.")
    @APIResponse(responseCode = "200", description = "Een pagina verwijzingen op de werklijst")
    @APIResponse(responseCode = "400", description = "Ongeldige page of size")
    public Page<ParticipatieverwijzingResponse> werklijst(@BeanParam Paginering paginering) {
        return service.werklijst(paginering.verzoek()).map(ParticipatieverwijzingResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Verwijzing raadplegen")
    @APIResponse(responseCode = "200", description = "De verwijzing")
    @APIResponse(responseCode = "404", description = "Onbekende verwijzing")
    public ParticipatieverwijzingResponse een(@Parameter(description = "De verwijzing") @PathParam("id") UUID id) {
        return ParticipatieverwijzingResponse.from(service.raadpleeg(id));
    }

    @PUT
    @Path("/{id}/organisatie")
    @RolesAllowed(Roles.CONSULENT)
    @Operation(summary = "Verwijzing van de werklijst verwijzen",
            description = "De consulent kiest de organisatie voor een verwijzing zonder bekende wijk; publiceert participatie-verwezen met de organisatie.")
    @APIResponse(responseCode = "200", description = "Verwezen")
    @APIResponse(responseCode = "400", description = "Organisatie ontbreekt of is onbekend")
    @APIResponse(responseCode = "404", description = "Onbekende verwijzing")
    @APIResponse(responseCode = "409", description = "De verwijzing staat niet (meer) op de werklijst")
    public ParticipatieverwijzingResponse verwijs(@Parameter(description = "De verwijzing") @PathParam("id") UUID id,
                                  @Valid @NotNull(message = "body is verplicht") VerwijsRequest request) {
        return ParticipatieverwijzingResponse.from(service.verwijs(id, request.organisatie(), request.wijk()));
    }

    @POST
    @Path("/{id}/ontvangstbevestiging")
    @RolesAllowed(Roles.CONSULENT)
    @Operation(summary = "Ontvangst bevestigen",
            description = "De organisatie heeft de verwijzing ontvangen (status ONTVANGEN, event participatie-ontvangen). Nogmaals verandert niets.")
    @APIResponse(responseCode = "200", description = "Bevestigd (ook: al bevestigd)")
    @APIResponse(responseCode = "400", description = "Opmerking te lang")
    @APIResponse(responseCode = "404", description = "Onbekende verwijzing")
    @APIResponse(responseCode = "409", description = "De verwijzing staat op de werklijst: er is nog geen organisatie")
    public ParticipatieverwijzingResponse bevestig(@Parameter(description = "De verwijzing") @PathParam("id") UUID id, @Valid BevestigingRequest request) {
        return ParticipatieverwijzingResponse.from(service.bevestig(id, request == null ? null : request.opmerking()));
    }

    @GET
    @Path("/organisaties")
    @RolesAllowed({Roles.CONSULENT, Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Operation(summary = "Organisaties voor participatie", description = "De organisaties van seed 002 en het SW-bedrijf, met de wijken die zij bedienen.")
    @APIResponse(responseCode = "200", description = "De organisaties")
    public List<OrganisatieResponse> organisaties() {
        return wijken.organisaties();
    }
}
