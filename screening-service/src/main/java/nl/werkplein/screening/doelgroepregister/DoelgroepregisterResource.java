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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/klanten/{klantId}/doelgroepregister")
@Tag(name = "Doelgroepregister", description = "De indicatie van UWV voor het doelgroepregister, vastgelegd als feit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DoelgroepregisterResource {

    @Inject
    DoelgroepregisterService service;

    @Schema(name = "DoelgroepregisterVastleggen")
    public record Request(@Schema(required = true, description = "Staat de klant volgens UWV in het doelgroepregister?") Boolean indicatie,
                          @Schema(required = true, description = "De datum van de indicatie bij UWV; niet in de toekomst") LocalDate datum,
                          @Schema(required = true, maxLength = DoelgroepregisterControle.BRON_MAX, description = "Waar de consulent het zag",
                                  example = "UWV Suwinet") String bron) {
    }

    @Schema(name = "DoelgroepregisterIndicatie")
    public record Indicatie(UUID klantId, boolean indicatie, LocalDate datum, String bron, OffsetDateTime vastgelegdOp, String vastgelegdDoor) {
        static Indicatie van(Doelgroepregister d) {
            return new Indicatie(d.klantId, d.indicatie, d.datum, d.bron, d.vastgelegdOp, d.vastgelegdDoor);
        }
    }

    @PUT
    @RolesAllowed(Roles.CONSULENT)
    @Operation(summary = "Doelgroepregister-indicatie vastleggen",
            description = "De indicatie van UWV (datum, bron); employer- en socialreturn-service gebruiken dit feit voor de doelgroep. Dezelfde indicatie opnieuw verandert niets.")
    @APIResponse(responseCode = "200", description = "Vastgelegd")
    public Indicatie leg(@PathParam("klantId") UUID klantId, @NotNull(message = "body is verplicht") Request request) {
        return Indicatie.van(service.leg(klantId, request.indicatie(), request.datum(), request.bron()));
    }

    @GET
    @RolesAllowed({Roles.CONSULENT, Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Operation(summary = "Doelgroepregister-indicatie raadplegen", description = "404 als er geen is vastgelegd.")
    public Indicatie bekijk(@PathParam("klantId") UUID klantId) {
        return Indicatie.van(service.bekijk(klantId));
    }
}
