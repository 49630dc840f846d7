package nl.werkplein.socialreturn.bouwblok;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/tarieftabellen")
@Tag(name = "Tarieftabellen", description = "De bouwblokken-tarieftabel: geversioneerde gegevens met een ingangsdatum")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TarieftabelResource {

    @Inject
    TarieftabelService service;
    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Alle versies van de tarieftabel", description = "Oudste eerst.")
    public List<TarieftabelResponse> alle() {
        return service.alle();
    }

    @GET
    @Path("/geldig")
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "De tarieftabel die op een datum geldt", description = "Standaard vandaag.")
    public TarieftabelResponse geldig(@Parameter(description = "De datum (JJJJ-MM-DD)", schema = @Schema(format = "date"))
                                      @QueryParam("datum") String datum) {
        QueryParams params = new QueryParams();
        LocalDate op = params.datum("datum", datum);
        params.check();
        Bouwblokken.Tabel tabel = service.geldigOp(op == null ? LocalDate.now(clock) : op);
        return service.alle().stream().filter(t -> t.versie() == tabel.versie()).findFirst().orElseThrow();
    }

    @POST
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Nieuwe versie van de tarieftabel publiceren", description = "Geldt voor plaatsingen die op of na de ingangsdatum starten; eerdere versies blijven ongewijzigd.")
    @APIResponse(responseCode = "201", description = "Gepubliceerd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = TarieftabelResponse.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige tabel")
    public Response publiceer(@Valid @NotNull(message = "body is verplicht") TarieftabelRequest request) {
        // no GET of one version: the list of tables has it
        return Response.created(java.net.URI.create("/api/v1/tarieftabellen")).entity(service.publiceer(request)).build();
    }
}
