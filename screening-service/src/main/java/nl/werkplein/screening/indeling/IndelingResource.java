package nl.werkplein.screening.indeling;

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

@Path("/api/v1/klanten/{klantId}")
@Tag(name = "Indeling", description = "De Entreevragenlijst, de dienstverleningslijn en haar historie")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndelingResource {

    @Inject
    IndelingService service;
    @Inject
    nl.werkplein.screening.participatie.ParticipatieService participatie;

    @POST
    @Path("/entreevragenlijst")
    @RolesAllowed({Roles.KLANT, Roles.CONSULENT})
    @Operation(summary = "Entreevragenlijst indienen", description = "Geeft de uitkomst, de scores per dimensie, de regelset en de toelichting.")
    @APIResponse(responseCode = "201", description = "Beoordeeld",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = BeoordelingResponse.class)))
    public Response indienen(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") EntreeRequest request) {
        // the outcome stays readable as the client's indeling
        return Response.created(java.net.URI.create("/api/v1/klanten/" + klantId + "/indeling")).entity(service.vulIn(klantId, request)).build();
    }

    @POST
    @Path("/aanvullende-vragenlijst")
    @RolesAllowed({Roles.KLANT, Roles.CONSULENT})
    @Operation(summary = "Aanvullende vragenlijst indienen", description = "Alleen in Maatschappelijke participatie: verwijst naar de organisatie van de wijk, of naar Klantondersteuning als werk bereikbaar is.")
    @APIResponse(responseCode = "201", description = "Beoordeeld",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = nl.werkplein.screening.participatie.ParticipatieUitkomstResponse.class)))
    @APIResponse(responseCode = "409", description = "De klant is niet in Maatschappelijke participatie")
    public Response aanvullend(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") EntreeRequest request) {
        return Response.created(java.net.URI.create("/api/v1/klanten/" + klantId + "/indeling")).entity(participatie.vulIn(klantId, request)).build();
    }

    @GET
    @Path("/indeling")
    @RolesAllowed({Roles.KLANT, Roles.CONSULENT, Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Operation(summary = "Indeling raadplegen", description = "lijn is null zolang een gesprek nodig is.")
    public IndelingResponse indeling(@PathParam("klantId") UUID klantId) {
        return service.overzicht(klantId);
    }

    @PUT
    @Path("/indeling")
    @RolesAllowed(Roles.CONSULENT)
    @Operation(summary = "Lijn bepalen in het gesprek", description = "Het besluit van de consulent, met reden.")
    @APIResponse(responseCode = "200", description = "Vastgelegd; de indeling met haar historie")
    @APIResponse(responseCode = "409", description = "De cyclus van de klant is beëindigd; een nieuwe aanvraag begint een nieuwe indeling")
    public IndelingResponse beslis(@PathParam("klantId") UUID klantId, @Valid @NotNull(message = "body is verplicht") LijnRequest request) {
        return service.beslis(klantId, request.lijn(), request.reden());
    }
}
