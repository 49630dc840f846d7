package nl.werkplein.ecoach.workshop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** What the e-coach (and the client) sees of the workshop referrals and the partner's attendance report. */
@Path("/api/v1/trajecten/{klantId}/workshops")
@Tag(name = "Trajecten", description = "De e-dienstverlening van een zelfdoener: e-coach, voorlichting, evaluatie, escalatie")
@Produces(MediaType.APPLICATION_JSON)
public class TrajectWorkshopResource {

    @Inject
    WorkshopService service;

    @GET
    @RolesAllowed({Roles.KLANT, Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Workshops van de klant",
            description = "De workshopverwijzingen van alle trajecten van de klant, de nieuwste eerst, met de aanwezigheid die de partner meldde. "
                    + "De klant de eigen, de e-coach die van de eigen caseload, beheer alle.")
    @APIResponse(responseCode = "200", description = "De verwijzingen (leeg als er geen zijn)")
    @APIResponse(responseCode = "404", description = "Geen traject, of niet van de e-coach of klant")
    public List<TrajectWorkshopResponse> workshops(@PathParam("klantId") UUID klantId) {
        return service.vanKlant(klantId);
    }
}
