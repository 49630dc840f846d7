package nl.werkplein.screening.klantondersteuning;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/klanten/{klantId}/klantondersteuning")
@Tag(name = "Klantondersteuning", description = "Centrum voor Werk, werkintake, loonwaarde en werkleerplek")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KlantondersteuningResource {

    @Inject
    KlantondersteuningService service;

    @GET
    @RolesAllowed({Roles.KLANT, Roles.KLANTONDERSTEUNER, Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Traject Klantondersteuning raadplegen", description = "Het lopende of laatste traject van de klant; 404 als er geen is.")
    public KlantondersteuningResponse bekijk(@PathParam("klantId") UUID klantId) {
        return KlantondersteuningResponse.from(service.bekijk(klantId));
    }

    @POST
    @RolesAllowed(Roles.KLANTONDERSTEUNER)
    @Operation(summary = "Centrum voor Werk starten", description = "Fase 1: ten hoogste 6 weken, 16 tot en met 20 uur per week. Alleen na doorgeleiding naar Klantondersteuning.")
    @APIResponse(responseCode = "201", description = "Gestart",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = KlantondersteuningResponse.class)))
    @APIResponse(responseCode = "409", description = "Niet doorgeleid naar Klantondersteuning, of al een lopend traject")
    public Response start(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") CentrumVoorWerkRequest request) {
        return Response.created(java.net.URI.create("/api/v1/klanten/" + klantId + "/klantondersteuning")).entity(KlantondersteuningResponse.from(service.start(klantId, request.begindatum(), request.urenPerWeek()))).build();
    }

    @PUT
    @Path("/werkintake")
    @RolesAllowed(Roles.KLANTONDERSTEUNER)
    @Operation(summary = "Werkintake vastleggen", description = "Dag 1 in het Centrum voor Werk: kan de klant werken met beperkte steun (kandidaat voor bemiddeling), of volgt nadere diagnose?")
    @APIResponse(responseCode = "200", description = "Vastgelegd; het traject")
    @APIResponse(responseCode = "409", description = "Het traject is niet in het Centrum voor Werk")
    public KlantondersteuningResponse werkintake(@PathParam("klantId") UUID klantId,
                                                 @Valid @NotNull(message = "body is verplicht") WerkintakeRequest request) {
        return KlantondersteuningResponse.from(service.werkintake(klantId, request.resultaat(), request.loonwaardeOnderWmlVermoed(),
                request.toelichting()));
    }

    @PUT
    @Path("/loonwaarde")
    @RolesAllowed(Roles.KLANTONDERSTEUNER)
    @Operation(summary = "Loonwaarde vastleggen", description = "De inschatting van de loonwaarde in procenten van het WML; onder 100% is de klant in aanmerking voor loonkostensubsidie (het doelgroepregister is de indicatie van UWV).")
    public KlantondersteuningResponse loonwaarde(@PathParam("klantId") UUID klantId,
                                                 @Valid @NotNull(message = "body is verplicht") LoonwaardeRequest request) {
        return KlantondersteuningResponse.from(service.loonwaarde(klantId, request.percentage()));
    }

    @POST
    @Path("/werkleerplek")
    @RolesAllowed(Roles.KLANTONDERSTEUNER)
    @Operation(summary = "Werkleerplek starten", description = "Fase 2, ten hoogste 1 jaar. Eerst de werkintake; bij een vermoede loonwaarde onder 100% WML eerst de loonwaarde.")
    @APIResponse(responseCode = "200", description = "Gestart; het traject")
    @APIResponse(responseCode = "409", description = "Werkintake of verplichte loonwaarde ontbreekt, of het traject is niet in fase 1")
    public KlantondersteuningResponse werkleerplek(@PathParam("klantId") UUID klantId,
                                                   @Valid @NotNull(message = "body is verplicht") WerkleerplekRequest request) {
        return KlantondersteuningResponse.from(service.werkleerplek(klantId, request.begindatum(), request.branche(), request.organisatie()));
    }

    @POST
    @Path("/afsluiting")
    @RolesAllowed(Roles.KLANTONDERSTEUNER)
    @Operation(summary = "Traject afsluiten", description = "Met reden, bijvoorbeeld uitstroom naar werk.")
    public KlantondersteuningResponse afsluiten(@PathParam("klantId") UUID klantId,
                                                @Valid @NotNull(message = "body is verplicht") AfsluitingRequest request) {
        return KlantondersteuningResponse.from(service.sluitAf(klantId, request.reden()));
    }
}
