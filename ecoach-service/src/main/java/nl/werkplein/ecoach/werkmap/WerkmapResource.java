package nl.werkplein.ecoach.werkmap;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The client's Werkmap (domain.md 3.3): activities, CV, profile and the messages with the e-coach.
 * The klant sees and changes only their own; the e-coach only their own caseload's; beheer reads all.
 */
@Path("/api/v1/werkmappen/{klantId}")
@Tag(name = "Werkmappen", description = "Sollicitatieactiviteiten, cv, profiel en berichten met de e-coach")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WerkmapResource {

    @Inject
    WerkmapService service;

    @POST
    @Path("/activiteiten")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH})
    @Operation(summary = "Sollicitatieactiviteit registreren", description = "Resultaat AANGENOMEN sluit het traject met reden WERK.")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = ActiviteitResponse.class)))
    @APIResponse(responseCode = "409", description = "Het traject is afgesloten")
    public Response registreer(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") ActiviteitRequest body) {
        ActiviteitResponse activiteit = service.registreer(klantId, body);
        return Response.created(java.net.URI.create("/api/v1/werkmappen/" + klantId + "/activiteiten")).entity(activiteit).build();
    }

    @GET
    @Path("/activiteiten")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Sollicitatieactiviteiten opvragen", description = "Nieuwste eerst.")
    @APIResponse(responseCode = "200", description = "Een pagina activiteiten")
    public Page<ActiviteitResponse> activiteiten(@PathParam("klantId") UUID klantId, @BeanParam Paginering paginering) {
        return service.activiteiten(klantId, paginering.verzoek());
    }

    @GET
    @Path("/cv")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Cv raadplegen", description = "404 zolang er geen cv is.")
    @APIResponse(responseCode = "200", description = "Het cv")
    public CvResponse cv(@PathParam("klantId") UUID klantId) {
        return service.cv(klantId);
    }

    @PUT
    @Path("/cv")
    @RolesAllowed(Roles.KLANT)
    @Operation(summary = "Cv bewaren", description = "Vervangt het cv.")
    @APIResponse(responseCode = "200", description = "Bewaard")
    public CvResponse bewaarCv(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") CvRequest body) {
        return service.bewaarCv(klantId, body.tekst());
    }

    @GET
    @Path("/profiel")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Profiel raadplegen", description = "404 zolang er geen profiel is.")
    @APIResponse(responseCode = "200", description = "Het profiel")
    public ProfielResponse profiel(@PathParam("klantId") UUID klantId) {
        return service.profiel(klantId);
    }

    @PUT
    @Path("/profiel")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH})
    @Operation(summary = "Profiel bewaren", description = "Vervangt het profiel; matching bij employer-service volgt het (profiel-gewijzigd).")
    @APIResponse(responseCode = "200", description = "Bewaard")
    public ProfielResponse bewaarProfiel(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") ProfielRequest body) {
        return service.bewaarProfiel(klantId, body);
    }

    @POST
    @Path("/berichten")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH})
    @Operation(summary = "Bericht sturen", description = "Eén draad per klant tussen klant en e-coach; een bericht van de e-coach meldt de klant per mail (zonder inhoud).")
    @APIResponse(responseCode = "201", description = "Geplaatst",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = BerichtResponse.class)))
    @APIResponse(responseCode = "409", description = "Het traject is afgesloten")
    public Response stuur(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") BerichtRequest body) {
        BerichtResponse bericht = service.stuur(klantId, body.tekst());
        return Response.created(java.net.URI.create("/api/v1/werkmappen/" + klantId + "/berichten")).entity(bericht).build();
    }

    @GET
    @Path("/berichten")
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Berichten opvragen", description = "De draad tussen klant en e-coach, oudste eerst.")
    @APIResponse(responseCode = "200", description = "Een pagina berichten")
    public Page<BerichtResponse> berichten(@PathParam("klantId") UUID klantId, @BeanParam Paginering paginering) {
        return service.berichten(klantId, paginering.verzoek());
    }
}
