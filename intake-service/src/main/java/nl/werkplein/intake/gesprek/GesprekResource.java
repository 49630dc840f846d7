package nl.werkplein.intake.gesprek;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/gesprekken")
@Tag(name = "Gesprekken", description = "Het eerste gesprek na de zoekperiode in de slots van een team: agenda, niet verschenen, opnieuw plannen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GesprekResource {

    @Inject
    GesprekService service;
    @Inject
    GesprekRooster rooster;

    @GET
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Agenda van de eerste gesprekken",
            description = "De gesprekken van een dag, van alle teams of van één, met per team de capaciteit en de bezetting; "
                    + "of met aanvraagId alle gesprekken van een aanvraag (de geschiedenis). datum of aanvraagId is verplicht.")
    @APIResponse(responseCode = "200", description = "De agenda",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GesprekAgenda.class)))
    public GesprekAgenda agenda(
            @Parameter(description = "De dag, JJJJ-MM-DD", schema = @Schema(format = "date")) @QueryParam("datum") String datum,
            @Parameter(description = "Alleen dit team") @QueryParam("team") String team,
            @Parameter(description = "Alleen de gesprekken van deze aanvraag", schema = @Schema(format = "uuid")) @QueryParam("aanvraagId") String aanvraagId) {
        QueryParams params = new QueryParams();
        LocalDate dag = params.datum("datum", datum);
        UUID aanvraag = params.uuid("aanvraagId", aanvraagId);
        GesprekTeam gezocht = null;
        if (team != null && !team.isBlank()) {
            gezocht = rooster.team(team.strip()).orElse(null);
            if (gezocht == null) {
                params.invalid("team", "onbekend team; bekend zijn " + rooster.teams().stream().map(GesprekTeam::naam).toList());
            }
        }
        if ((datum == null || datum.isBlank()) && (aanvraagId == null || aanvraagId.isBlank())) {
            params.invalid("datum", "is verplicht (of zoek met aanvraagId)");
        }
        params.check();
        return service.agenda(dag, gezocht, aanvraag);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER, Roles.RECHTMATIGHEID})
    @Operation(summary = "Gesprek raadplegen")
    @APIResponse(responseCode = "200", description = "Het gesprek",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GesprekResponse.class)))
    public GesprekResponse raadplegen(@PathParam("id") UUID id) {
        return service.raadplegen(id);
    }

    @POST
    @Path("/{id}/niet-verschenen")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.CONSULENT)
    @Operation(summary = "Niet verschenen vastleggen",
            description = "De klant kwam niet: alleen bij een gepland gesprek waarvan het tijdstip is aangebroken. Het slot blijft bezet; "
                    + "opnieuw plannen kan daarna met herplanning.")
    @APIResponse(responseCode = "200", description = "Vastgelegd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GesprekResponse.class)))
    @APIResponse(responseCode = "409", description = "Het gesprek is niet (meer) gepland, of het tijdstip is nog niet aangebroken; detail noemt de status")
    public GesprekResponse nietVerschenen(@PathParam("id") UUID id) {
        return service.nietVerschenen(id);
    }

    @POST
    @Path("/{id}/herplanning")
    @RolesAllowed({Roles.CONSULENT, Roles.KCC})
    @Operation(summary = "Gesprek opnieuw plannen",
            description = "Een gepland gesprek (de klant kan niet) of een gemist gesprek krijgt een nieuw slot: het eerste vrije slot van "
                    + "hetzelfde team op of na vanaf, op een werkdag. Een gepland gesprek wordt VERPLAATST en geeft zijn slot vrij; een "
                    + "gemist blijft NIET_VERSCHENEN. De klant krijgt een nieuwe uitnodiging met datum en tijd.")
    @APIResponse(responseCode = "201", description = "Het nieuwe gesprek",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GesprekResponse.class)))
    @APIResponse(responseCode = "409", description = "Het gesprek is gevoerd, geannuleerd of al opnieuw gepland, of de aanvraag wacht niet "
            + "meer op een gesprek; detail noemt de status")
    public Response herplanning(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") HerplanningRequest request, UriInfo uri) {
        GesprekResponse nieuw = service.herplannen(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/gesprekken").path(nieuw.id().toString()).build()).entity(nieuw).build();
    }
}
