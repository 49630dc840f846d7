package nl.werkplein.screening.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Policy what-if over the whole caseload (issue 18 point 6): a draft rule set, not published, against the decided lines. */
@Path("/api/v1/regelsets/wat-als")
@Tag(name = "Regelsets", description = "Gepubliceerde, onveranderlijke regelsets voor de Entreevragenlijst")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WatAlsResource {

    @Inject
    WatAlsService service;

    @POST
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Wat-als over het hele bestand",
            description = "Beoordeelt elke bewaarde antwoordenset van de periode opnieuw onder een conceptregelset en telt oude lijn × nieuwe lijn, "
                    + "optioneel per wijk. Slaat niets op, publiceert niets, geeft geen persoonsgegevens.")
    @APIResponse(responseCode = "200", description = "De kruistabel")
    @APIResponse(responseCode = "400", description = "Ongeldige regelset of periode; elk veld genoemd")
    public WatAlsResponse watAls(@Valid @NotNull(message = "body is verplicht") WatAlsRequest request) {
        QueryParams params = new QueryParams();
        LocalDate van = params.datum("van", request.van());
        LocalDate tot = params.datum("tot", request.tot());
        if (request.van() == null || request.van().isBlank()) {
            params.invalid("van", "is verplicht");
        }
        if (request.tot() == null || request.tot().isBlank()) {
            params.invalid("tot", "is verplicht");
        }
        if (van != null && tot != null && tot.isBefore(van)) {
            params.invalid("tot", "ligt voor van");
        }
        params.check();
        RegelsetRequest r = request.regelset();
        Regelset concept = new Regelset(r.naam(), r.versie(), r.modus(), r.zelfdoenerDrempel(), r.participatieDrempel(),
                r.klantondersteuningWillenDrempel());
        boolean perWijk = Boolean.TRUE.equals(request.perWijk());
        WatAlsService.Resultaat uit = service.bereken(concept, van, tot, perWijk);
        return new WatAlsResponse(concept, van, tot, uit.totaal(), uit.perWijk(), uit.duurMs());
    }
}
