package nl.werkplein.screening.klant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/klanten")
@Tag(name = "Klanten", description = "Klanten zoals screening ze kent")
@Produces(MediaType.APPLICATION_JSON)
public class KlantResource {

    @Inject
    KlantService service;

    @GET
    @Path("/{klantId}")
    @RolesAllowed({Roles.KLANT, Roles.CONSULENT, Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Operation(summary = "Klant raadplegen")
    public KlantResponse raadplegen(@PathParam("klantId") UUID klantId) {
        return KlantResponse.from(service.raadpleeg(klantId));
    }
}
