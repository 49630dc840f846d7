package nl.werkplein.socialreturn.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import jakarta.ws.rs.BeanParam;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.platform.security.Roles;
import nl.werkplein.socialreturn.levering.IsoWeek;
import nl.werkplein.socialreturn.levering.LeveringConfig;
import nl.werkplein.socialreturn.levering.LeveringRequest;
import nl.werkplein.socialreturn.levering.LeveringService;
import nl.werkplein.socialreturn.levering.LeveringUitkomst;
import nl.werkplein.socialreturn.levering.Leveringscontrole;
import nl.werkplein.socialreturn.plaatsing.PlaatsingResponse;
import nl.werkplein.socialreturn.plaatsing.PlaatsingService;
import nl.werkplein.socialreturn.rapportage.Rapportage;
import nl.werkplein.socialreturn.rapportage.RapportageService;
import nl.werkplein.socialreturn.vacature.VacatureResponse;
import nl.werkplein.socialreturn.vacature.VacatureStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Partners and the partner API (api.md): a partner delivers its complete set of open vacancies per
 * ISO week. A partner only ever sees its own deliveries; addressing another partner's is 403.
 */
@Path("/api/v1/partners")
@Tag(name = "Partners", description = "Partners, hun wekelijkse vacatureleveringen en of ze op tijd leveren")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    PartnerService partners;
    @Inject
    LeveringService leveringen;
    @Inject
    Leveringscontrole controle;
    @Inject
    PlaatsingService plaatsingen;
    @Inject
    RapportageService rapportages;
    @Inject
    LeveringConfig config;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Partners opvragen")
    public Page<PartnerResponse> alle(@BeanParam Paginering paginering) {
        return partners.alle(paginering.verzoek());
    }

    @POST
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Partner vastleggen", description = "Het partnerId is het sub van het token waarmee de partner levert.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = PartnerResponse.class)))
    @APIResponse(responseCode = "409", description = "Deze partner bestaat al")
    public Response aanmaken(@Valid @NotNull(message = "body is verplicht") PartnerRequest request) {
        PartnerResponse partner = partners.aanmaken(request);
        return Response.created(java.net.URI.create("/api/v1/partners/" + partner.partnerId())).entity(partner).build();
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({Roles.PARTNER, Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Partner raadplegen", description = "Een partner ziet alleen zichzelf.")
    public PartnerResponse raadplegen(@PathParam("partnerId") String partnerId) {
        magInzien(partnerId);
        return partners.raadplegen(partnerId);
    }

    @PUT
    @Path("/{partnerId}")
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Partner wijzigen", description = "Naam, standaardpool (voor nieuwe vacatures), actief, leverenVanaf.")
    public PartnerResponse wijzigen(@PathParam("partnerId") String partnerId,
                                    @Valid @NotNull(message = "body is verplicht") PartnerRequest request) {
        return partners.wijzigen(partnerId, request);
    }

    @PUT
    @Path("/{partnerId}/leveringen/{week}")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Vacatures van een week leveren",
            description = "De volledige set open vacatures van de partner in deze ISO-week (bijvoorbeeld 2026-W09). Elke vacature wordt los"
                    + " gecontroleerd; afgewezen vacatures staan met al hun redenen in het antwoord. Dezelfde levering nogmaals verandert"
                    + " niets. Een referentie die in een latere levering ontbreekt wordt ingetrokken.")
    @APIResponse(responseCode = "200", description = "Verwerkt (ook: dezelfde levering nogmaals)")
    @APIResponse(responseCode = "400", description = "Ongeldige week of body")
    @APIResponse(responseCode = "403", description = "Een andere partner")
    @APIResponse(responseCode = "404", description = "Onbekende partner")
    @APIResponse(responseCode = "409", description = "De week ligt voor de laatste levering")
    @APIResponse(responseCode = "413", description = "Meer dan 10.000 vacatures of een body groter dan 20 MB")
    public LeveringUitkomst leveren(@PathParam("partnerId") String partnerId,
                                    @Parameter(description = "ISO-week, zoals 2026-W09") @PathParam("week") String week,
                                    LeveringRequest request) {
        if (!partnerId.equals(caller.subject())) {
            throw ProblemException.forbidden("Een partner levert alleen zijn eigen vacatures.");
        }
        IsoWeek isoWeek = week(week);
        if (request == null || request.vacatures() == null) {
            throw ProblemException.invalid("vacatures", "is verplicht (een lijst, mag leeg zijn)");
        }
        if (request.vacatures().size() > config.maxVacatures()) {
            throw new ProblemException(Problem.of(413, "Te groot", "Een levering heeft hoogstens " + config.maxVacatures()
                    + " vacatures; deze heeft er " + request.vacatures().size() + "."));
        }
        return leveringen.verwerk(partnerId, isoWeek, request.vacatures(), leveringen.hash(request.vacatures()));
    }

    @GET
    @Path("/{partnerId}/leveringen/{week}")
    @RolesAllowed({Roles.PARTNER, Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Uitkomst van de levering van een week")
    @APIResponse(responseCode = "200", description = "De uitkomst, zoals bij het leveren")
    @APIResponse(responseCode = "404", description = "Onbekende partner of geen levering voor die week")
    public LeveringUitkomst levering(@PathParam("partnerId") String partnerId,
                                     @Parameter(description = "ISO-week, zoals 2026-W09") @PathParam("week") String week) {
        magInzien(partnerId);
        return leveringen.raadplegen(partnerId, week(week));
    }

    @GET
    @Path("/{partnerId}/leveringen")
    @RolesAllowed({Roles.PARTNER, Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Alle leveringen van een partner", description = "Nieuwste week eerst.")
    public List<LeveringUitkomst> leveringen(@PathParam("partnerId") String partnerId) {
        magInzien(partnerId);
        return leveringen.alle(partnerId);
    }

    @GET
    @Path("/{partnerId}/leveringsachterstand")
    @RolesAllowed({Roles.PARTNER, Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Gemiste wekelijkse leveringen van een partner",
            description = "Een week is gemist als ze voorbij is zonder levering; de partner loopt achter zolang er gemiste weken na zijn laatste levering zijn.")
    public Leveringscontrole.Achterstand achterstand(@PathParam("partnerId") String partnerId) {
        magInzien(partnerId);
        return controle.achterstand(partnerId);
    }

    @GET
    @Path("/{partnerId}/vacatures")
    @RolesAllowed({Roles.PARTNER, Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "De vacatures van een partner", description = "Met pool, routeringsreden en status.")
    public Page<VacatureResponse> vacatures(@PathParam("partnerId") String partnerId,
                                            @Parameter(description = "ACTIEF of INGETROKKEN") @QueryParam("status") String status,
                                            @BeanParam Paginering paginering) {
        magInzien(partnerId);
        QueryParams params = new QueryParams();
        VacatureStatus gezocht = params.enumWaarde("status", status, VacatureStatus.class);
        params.check();
        return partners.vacatures(partnerId, gezocht, paginering.verzoek());
    }

    @GET
    @Path("/{partnerId}/plaatsingen")
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Plaatsingen op vacatures van een partner", description = "Met hun bouwblokkenwaarde.")
    public Page<PlaatsingResponse> plaatsingen(@PathParam("partnerId") String partnerId,
                                                                @BeanParam Paginering paginering) {
        return plaatsingen.vanPartner(partnerId, paginering.verzoek());
    }

    @GET
    @Path("/{partnerId}/rapportage")
    @RolesAllowed({Roles.PARTNER, Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Rapportage per week van een partner", description = "Leveringen, vacatures, plaatsingen en opbrengst per ISO-week.")
    public Rapportage rapportage(@PathParam("partnerId") String partnerId) {
        magInzien(partnerId);
        return rapportages.partner(partnerId);
    }

    private void magInzien(String partnerId) {
        if (caller.is(Roles.PARTNER) && !partnerId.equals(caller.subject())) {
            throw ProblemException.forbidden("Een partner ziet alleen zijn eigen leveringen.");
        }
    }

    private static IsoWeek week(String week) {
        return IsoWeek.parse(week).orElseThrow(() -> ProblemException.invalid("week",
                "moet een bestaande ISO-week zijn, zoals 2026-W09"));
    }
}
