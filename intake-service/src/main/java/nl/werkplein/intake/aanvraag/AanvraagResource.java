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
import nl.werkplein.intake.beeindiging.BeeindigingRequest;
import nl.werkplein.intake.besluit.BesluitRequest;
import nl.werkplein.intake.tijdiggeld.TermijnBewaking;
import nl.werkplein.intake.tijdiggeld.TermijnSignaal;
import nl.werkplein.intake.tijdiggeld.TermijnbewakingItem;
import nl.werkplein.intake.tijdiggeld.VoorschotRequest;
import nl.werkplein.intake.besluit.UitstroomRequest;
import nl.werkplein.intake.verplichting.StartkwalificatieUitzonderingRequest;
import nl.werkplein.intake.verplichting.VerplichtingRequest;
import nl.werkplein.intake.verplichting.VerplichtingSoort;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import jakarta.ws.rs.BeanParam;
import nl.werkplein.platform.api.ProblemException;
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
    @Inject
    nl.werkplein.intake.verplichting.VerplichtingService verplichtingen;
    @Inject
    nl.werkplein.intake.beeindiging.BeeindigingService beeindigingen;
    @Inject
    TermijnBewaking termijnen;

    @POST
    @RolesAllowed({Roles.PORTAAL, Roles.KCC, Roles.CONSULENT})
    @Operation(summary = "Aanvraag indienen", description = "Bepaalt de zoekperiode; de BSN wordt nooit teruggegeven.")
    @APIResponse(responseCode = "201", description = "Ingediend",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AanvraagResponse.class)))
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
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        UUID klant = params.uuid("klantId", klantId);
        AanvraagStatus gezocht = params.enumWaarde("status", status, AanvraagStatus.class);
        var voor = params.datum("zoekperiodeEindigtVoor", eindigtVoor);
        params.check();
        return service.zoeken(klant, gezocht, voor, paginering.verzoek());
    }

    @GET
    @Path("/termijnbewaking")
    @RolesAllowed({Roles.CONSULENT, Roles.RECHTMATIGHEID, Roles.BEHEER})
    @Operation(summary = "Termijnbewaking tijdig geld",
            description = "Aanvragen waarover nog niet is beslist en die het voorschotmoment (4 weken na de complete aanvraag) of de "
                    + "beslistermijn (8 weken na de aanvraagdatum) naderen of voorbij zijn; de eerstvolgende beslistermijn eerst.")
    public Page<TermijnbewakingItem> termijnbewaking(
            @Parameter(description = "Alleen aanvragen met dit signaal") @QueryParam("signaal") String signaal,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        TermijnSignaal gezocht = params.enumWaarde("signaal", signaal, TermijnSignaal.class);
        params.check();
        return termijnen.werklijst(gezocht, paginering.verzoek());
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
    @Operation(summary = "Verplichting melden of beoordelen",
            description = "Een klant meldt een verplichting als nagekomen, met bewijs (toelichting verplicht); een consulent verifieert "
                    + "(nagekomen true) of keurt af (false). Bij SOLLICITATIES met de sollicitaties die het aantonen. ENTREEVRAGENLIJST "
                    + "kan hier niet: die is alleen nagekomen met een ingediende Entreevragenlijst (400 op soort).")
    @APIResponse(responseCode = "200", description = "Gemeld of beoordeeld")
    @APIResponse(responseCode = "409", description = "De aanvraag is afgerond")
    public AanvraagResponse verplichting(@PathParam("id") UUID id,
                                         @Parameter(description = "UWV_INSCHRIJVING, CV of SOLLICITATIES (ENTREEVRAGENLIJST kan hier niet)",
                                                 schema = @Schema(enumeration = {"UWV_INSCHRIJVING", "CV", "SOLLICITATIES", "ENTREEVRAGENLIJST"}))
                                         @PathParam("soort") String soort,
                                         @Valid @NotNull(message = "body is verplicht") VerplichtingRequest request) {
        // an unknown soort is bad input naming the field, not a missing resource
        QueryParams params = new QueryParams();
        VerplichtingSoort gezocht = params.enumWaarde("soort", soort, VerplichtingSoort.class);
        params.check();
        return verplichtingen.verplichtingBijwerken(id, gezocht, request);
    }

    @PUT
    @Path("/{id}/startkwalificatie-uitzondering")
    @RolesAllowed(Roles.CONSULENT)
    @Operation(summary = "Vastleggen dat een startkwalificatie nu niet haalbaar is", description = "Wat de jongere aantoonde; het advies terug naar school vervalt.")
    @APIResponse(responseCode = "200", description = "Vastgelegd")
    @APIResponse(responseCode = "409", description = "Voor deze aanvraag geldt geen advies terug naar school, of er is al over beslist")
    public AanvraagResponse startkwalificatieUitzondering(@PathParam("id") UUID id,
                                                         @Valid @NotNull(message = "body is verplicht") StartkwalificatieUitzonderingRequest request) {
        return service.startkwalificatieUitzondering(id, request.toelichting());
    }

    @POST
    @Path("/{id}/besluit")
    @RolesAllowed(Roles.RECHTMATIGHEID)
    @Operation(summary = "Besluit na het eerste gesprek",
            description = "Alleen in status GESPREK_GEPLAND. Legt het oordeel en de geregistreerde stand van de vier verplichtingen vast; "
                    + "een oordeel dat van die stand afwijkt vraagt een reden. Een jongere zonder startkwalificatie kan pas worden "
                    + "toegekend als de startkwalificatie-uitzondering is vastgelegd.")
    @APIResponse(responseCode = "200", description = "Besloten")
    @APIResponse(responseCode = "409", description = "Niet in status GESPREK_GEPLAND, of toekennen zonder de vereiste startkwalificatie-uitzondering")
    public AanvraagResponse besluit(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") BesluitRequest request) {
        return service.besluiten(id, request);
    }

    @POST
    @Path("/{id}/beeindiging")
    @RolesAllowed({Roles.CONSULENT, Roles.RECHTMATIGHEID})
    @Operation(summary = "Uitkering beëindigen", description = "Alleen een toegekende uitkering (status TOEGEKEND); de datum niet vóór de ingangsdatum. "
            + "Status BEEINDIGD; elke service sluit af wat het voor de klant loopt.")
    @APIResponse(responseCode = "200", description = "Beëindigd")
    @APIResponse(responseCode = "409", description = "Niet in status TOEGEKEND")
    public AanvraagResponse beeindiging(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") BeeindigingRequest request) {
        return beeindigingen.beeindigen(id, request);
    }

    @POST
    @Path("/{id}/voorschotten")
    @RolesAllowed({Roles.CONSULENT, Roles.RECHTMATIGHEID})
    @Operation(summary = "Voorschot vastleggen", description = "Een voorschot zolang het recht nog niet is vastgesteld (tijdig geld); "
            + "alleen bij een bevestigde aanvraag waarover nog niet is beslist.")
    @APIResponse(responseCode = "201", description = "Vastgelegd; de aanvraag met haar voorschotten",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AanvraagResponse.class)))
    @APIResponse(responseCode = "409", description = "De aanvraag is niet bevestigd of er is al over beslist")
    public Response voorschot(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") VoorschotRequest request) {
        AanvraagResponse aanvraag = service.voorschotVastleggen(id, request);
        return Response.created(java.net.URI.create("/api/v1/aanvragen/" + id)).entity(aanvraag).build();
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
