package nl.werkplein.intake.aanvraag;

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
import jakarta.ws.rs.core.UriInfo;
import nl.werkplein.intake.besluit.BesluitRequest;
import nl.werkplein.intake.besluit.UitstroomRequest;
import nl.werkplein.intake.verplichting.StartkwalificatieUitzonderingRequest;
import nl.werkplein.intake.verplichting.VerplichtingRequest;
import nl.werkplein.intake.verplichting.VerplichtingSoort;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/aanvragen")
@Tag(name = "Aanvragen", description = "Aanvragen levensonderhoud, de zoekperiode, de verplichtingen en de uitkomst")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AanvraagResource {

    @Inject
    AanvraagService service;

    @POST
    @RolesAllowed({Roles.PORTAAL, Roles.KCC, Roles.CONSULENT})
    @Operation(summary = "Aanvraag indienen", description = "Bepaalt de zoekperiode; de BSN wordt nooit teruggegeven.")
    @APIResponse(responseCode = "201", description = "Ingediend")
    @APIResponse(responseCode = "409", description = "Er loopt al een aanvraag voor deze BSN")
    public Response indienen(@Valid @NotNull(message = "body is verplicht") AanvraagRequest request, UriInfo uri) {
        Aanvraag aanvraag = service.indienen(request);
        return Response.created(uri.getAbsolutePathBuilder().path(aanvraag.id.toString()).build())
                .entity(service.raadplegenZonderAudit(aanvraag)).build();
    }

    @GET
    @RolesAllowed({Roles.KLANT, Roles.KCC, Roles.CONSULENT, Roles.RECHTMATIGHEID, Roles.BEHEER})
    @Operation(summary = "Aanvragen zoeken", description = "Een klant ziet alleen de eigen aanvragen.")
    public Page<AanvraagResponse> zoeken(
            @Parameter(description = "Alleen van deze klant", schema = @Schema(format = "uuid")) @QueryParam("klantId") String klantId,
            @Parameter(description = "Alleen met deze status") @QueryParam("status") String status,
            @Parameter(description = "Alleen als de zoekperiode voor deze datum eindigt", schema = @Schema(format = "date"))
            @QueryParam("zoekperiodeEindigtVoor") String eindigtVoor,
            @Parameter(description = "Paginanummer, vanaf 1") @QueryParam("page") Integer page,
            @Parameter(description = "Aantal per pagina, hoogstens 1000") @QueryParam("size") Integer size) {
        QueryParams params = new QueryParams();
        UUID klant = params.uuid("klantId", klantId);
        AanvraagStatus gezocht = null;
        if (status != null && !status.isBlank()) {
            try {
                gezocht = AanvraagStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                params.invalid("status", "moet een van " + java.util.Arrays.toString(AanvraagStatus.values()) + " zijn");
            }
        }
        var voor = params.datum("zoekperiodeEindigtVoor", eindigtVoor);
        params.check();
        return service.zoeken(klant, gezocht, voor, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.KLANT, Roles.KCC, Roles.CONSULENT, Roles.RECHTMATIGHEID, Roles.BEHEER})
    @Operation(summary = "Aanvraag raadplegen")
    public AanvraagResponse raadplegen(@PathParam("id") UUID id) {
        return service.raadplegen(id);
    }

    @POST
    @Path("/{id}/bevestiging")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.KCC)
    @Operation(summary = "Aanvraag bevestigen (KCC)", description = "Start de zoekperiode en verstuurt de activeringsmail, één keer; nogmaals bevestigen verandert niets.")
    @APIResponse(responseCode = "200", description = "Bevestigd")
    @APIResponse(responseCode = "409", description = "De aanvraag is al afgerond zonder bevestiging")
    public AanvraagResponse bevestigen(@PathParam("id") UUID id) {
        return service.bevestigen(id);
    }

    @PUT
    @Path("/{id}/verplichtingen/{soort}")
    @RolesAllowed({Roles.KLANT, Roles.CONSULENT})
    @Operation(summary = "Verplichting bijwerken", description = "Bij SOLLICITATIES met de sollicitaties die het aantonen.")
    @APIResponse(responseCode = "200", description = "Bijgewerkt")
    @APIResponse(responseCode = "409", description = "De aanvraag is afgerond")
    public AanvraagResponse verplichting(@PathParam("id") UUID id, @PathParam("soort") VerplichtingSoort soort,
                                         @Valid @NotNull(message = "body is verplicht") VerplichtingRequest request) {
        return service.verplichtingBijwerken(id, soort, request);
    }

    @PUT
    @Path("/{id}/startkwalificatie-uitzondering")
    @RolesAllowed(Roles.CONSULENT)
    @Operation(summary = "Vastleggen dat een startkwalificatie nu niet haalbaar is", description = "Wat de jongere aantoonde; het advies terug naar school vervalt.")
    @APIResponse(responseCode = "200", description = "Vastgelegd")
    @APIResponse(responseCode = "409", description = "Voor deze aanvraag geldt geen advies terug naar school")
    public AanvraagResponse startkwalificatieUitzondering(@PathParam("id") UUID id,
                                                         @Valid @NotNull(message = "body is verplicht") StartkwalificatieUitzonderingRequest request) {
        return service.startkwalificatieUitzondering(id, request.toelichting());
    }

    @POST
    @Path("/{id}/besluit")
    @RolesAllowed(Roles.RECHTMATIGHEID)
    @Operation(summary = "Besluit na het eerste gesprek", description = "Alleen in status GESPREK_GEPLAND.")
    @APIResponse(responseCode = "200", description = "Besloten")
    @APIResponse(responseCode = "409", description = "Niet in status GESPREK_GEPLAND")
    public AanvraagResponse besluit(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") BesluitRequest request) {
        return service.besluiten(id, request);
    }

    @POST
    @Path("/{id}/uitstroom")
    @RolesAllowed({Roles.CONSULENT, Roles.KLANT})
    @Operation(summary = "Uitstroom vóór de uitkomst", description = "Werk, opleiding of ingetrokken.")
    @APIResponse(responseCode = "200", description = "Uitgestroomd")
    @APIResponse(responseCode = "409", description = "De aanvraag is al afgerond")
    public AanvraagResponse uitstroom(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") UitstroomRequest request) {
        return service.uitstromen(id, request.reden());
    }
}
