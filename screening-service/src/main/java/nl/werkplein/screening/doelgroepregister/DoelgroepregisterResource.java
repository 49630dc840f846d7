package nl.werkplein.screening.doelgroepregister;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/klanten/{klantId}/doelgroepregister")
@Tag(name = "Doelgroepregister", description = "De indicatie van UWV voor het doelgroepregister, vastgelegd als feit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DoelgroepregisterResource {

    @Inject
    DoelgroepregisterService service;

    @PUT
    @RolesAllowed(Roles.CONSULENT)
    @Operation(summary = "Doelgroepregister-indicatie vastleggen",
            description = "De indicatie van UWV (datum, bron); employer- en socialreturn-service gebruiken dit feit voor de doelgroep. Dezelfde indicatie opnieuw verandert niets.")
    @APIResponse(responseCode = "200", description = "Vastgelegd")
    public DoelgroepregisterResponse leg(@PathParam("klantId") UUID klantId, @NotNull(message = "body is verplicht") DoelgroepregisterRequest request) {
        return DoelgroepregisterResponse.van(service.leg(klantId, request.indicatie(), request.datum(), request.bron()));
    }

    @GET
    @RolesAllowed({Roles.CONSULENT, Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Operation(summary = "Doelgroepregister-indicatie raadplegen", description = "404 als er geen is vastgelegd.")
    public DoelgroepregisterResponse bekijk(@PathParam("klantId") UUID klantId) {
        return DoelgroepregisterResponse.van(service.bekijk(klantId));
    }
}
