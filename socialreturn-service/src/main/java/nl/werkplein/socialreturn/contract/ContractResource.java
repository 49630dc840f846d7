package nl.werkplein.socialreturn.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Paginering;
import jakarta.ws.rs.BeanParam;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import nl.werkplein.socialreturn.plaatsing.PlaatsingResponse;
import nl.werkplein.socialreturn.plaatsing.PlaatsingService;
import nl.werkplein.socialreturn.rapportage.Rapportage;
import nl.werkplein.socialreturn.rapportage.RapportageService;
import nl.werkplein.socialreturn.vacature.VacatureResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/contracten")
@Tag(name = "Contracten", description = "Contracten met een Social Return-verplichting, hun plaatsen, plaatsingen en realisatie")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    ContractService service;
    @Inject
    PlaatsingService plaatsingen;
    @Inject
    RapportageService rapportages;

    @POST
    @RolesAllowed(Roles.SOCIALRETURN)
    @Operation(summary = "Contract registreren", description = "De verplichting is opdrachtwaarde × percentage / 100, op de cent afgerond (half-up).")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer, alle velden tegelijk")
    public Response registreren(@Valid @NotNull(message = "body is verplicht") ContractRequest request, UriInfo uri) {
        ContractResponse c = service.registreer(request);
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(c).build();
    }

    @GET
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Contracten zoeken")
    public Page<ContractResponse> zoeken(
            @Parameter(description = "Deel van de naam van de opdrachtnemer") @QueryParam("opdrachtnemer") String opdrachtnemer,
            @Parameter(description = "Deel van de naam van de opdrachtgever") @QueryParam("opdrachtgever") String opdrachtgever,
            @Parameter(description = "Alleen contracten van deze partner") @QueryParam("partnerId") String partnerId,
            @Parameter(description = "Alleen contracten die op deze datum lopen", schema = @Schema(format = "date")) @QueryParam("actiefOp") String actiefOp,
            @Parameter(description = "Alleen contracten die (niet) achter op schema liggen") @QueryParam("achterOpSchema") String achterOpSchema,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        LocalDate op = params.datum("actiefOp", actiefOp);
        Boolean achter = null;
        if (achterOpSchema != null && !achterOpSchema.isBlank()) {
            if (!achterOpSchema.equals("true") && !achterOpSchema.equals("false")) {
                params.invalid("achterOpSchema", "moet true of false zijn");
            } else {
                achter = Boolean.valueOf(achterOpSchema);
            }
        }
        PageRequest pageRequest = null;
        try {
            pageRequest = paginering.verzoek();
        } catch (nl.werkplein.platform.api.ProblemException e) {
            e.problem().invalidParams().forEach(p -> params.invalid(p.name(), p.reason()));
        }
        params.check();
        return service.zoeken(opdrachtnemer, opdrachtgever, partnerId, op, achter, pageRequest);
    }

    @GET
    @Path("/achterstand")
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Contracten die achter op schema liggen",
            description = "Gerealiseerd is minder dan de verplichting maal het verstreken deel van de periode (begindatum tot einddatum,"
                    + " of begindatum plus de standaardlooptijd). Grootste achterstand eerst.")
    public Page<ContractResponse> achterstand(@BeanParam Paginering paginering) {
        return service.achterOpSchema(paginering.verzoek());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Contract raadplegen", description = "Met verplichting, gerealiseerd, realisatiePercentage en de voortgang op schema.")
    @APIResponse(responseCode = "200", description = "Het contract met zijn voortgang")
    @APIResponse(responseCode = "404", description = "Onbekend contract")
    public ContractResponse raadplegen(@PathParam("id") UUID id) {
        return service.raadplegen(id);
    }

    @POST
    @Path("/{id}/plaatsen")
    @RolesAllowed(Roles.SOCIALRETURN)
    @Operation(summary = "Plaats registreren (sociale opbrengst)",
            description = "Een baan, werkleerplek, detacheringsplek of opleidingsplaats die de opdrachtnemer aanbiedt; gaat als vacature"
                    + " (bron SOCIAL_RETURN) naar de matchers van de juiste pool.")
    @APIResponse(responseCode = "201", description = "Geregistreerd en aangeboden",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = VacatureResponse.class)))
    @APIResponse(responseCode = "409", description = "Het contract is afgelopen")
    public Response plaatsRegistreren(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") PlaatsRequest request,
                                      UriInfo uri) {
        VacatureResponse v = service.plaatsRegistreren(id, request);
        // one plaats has no GET of its own (only DELETE): the contract's list of plaatsen has it
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(v).build();
    }

    @GET
    @Path("/{id}/plaatsen")
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Plaatsen en vacatures van een contract")
    public Page<VacatureResponse> plaatsen(@PathParam("id") UUID id,
                                           @BeanParam Paginering paginering) {
        return service.plaatsen(id, paginering.verzoek());
    }

    @DELETE
    @Path("/{id}/plaatsen/{vacatureId}")
    @RolesAllowed(Roles.SOCIALRETURN)
    @Operation(summary = "Plaats intrekken", description = "De matchers krijgen vacature-ingetrokken; nogmaals intrekken verandert niets.")
    @APIResponse(responseCode = "200", description = "Ingetrokken")
    @APIResponse(responseCode = "404", description = "Onbekende plaats onder dit contract")
    public VacatureResponse plaatsIntrekken(@PathParam("id") UUID id, @PathParam("vacatureId") UUID vacatureId) {
        return service.plaatsIntrekken(id, vacatureId);
    }

    @GET
    @Path("/{id}/plaatsingen")
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Plaatsingen van een contract", description = "Met hun bouwblokkenwaarde en berekening; ook wat niet is toegerekend, met de reden "
            + "(overlap met een toegerekende plaatsing van dezelfde persoon), en de herwaardering van een voortijdig beëindigde plaatsing.")
    public Page<PlaatsingResponse> plaatsingen(@PathParam("id") UUID id,
                                                                @BeanParam Paginering paginering) {
        return plaatsingen.vanContract(id, paginering.verzoek());
    }

    @GET
    @Path("/{id}/rapportage")
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Rapportage per week van een contract", description = "Leveringen van de partner, plaatsen, plaatsingen en opbrengst per ISO-week.")
    public Rapportage rapportage(@PathParam("id") UUID id) {
        return rapportages.contract(id);
    }
}
