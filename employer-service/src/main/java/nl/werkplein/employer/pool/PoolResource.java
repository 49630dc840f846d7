package nl.werkplein.employer.pool;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.employer.vacature.Bron;
import nl.werkplein.employer.werkvoorraad.WerkvoorraadItem;
import nl.werkplein.employer.werkvoorraad.WerkvoorraadService;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/pools")
@Tag(name = "Pools", description = "Kandidatenpools en de werkvoorraad van hun matchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoolResource {

    @Inject
    PoolService service;
    @Inject
    WerkvoorraadService werkvoorraad;

    @GET
    @RolesAllowed({Roles.MATCHER, Roles.ACCOUNTMANAGER, Roles.BEHEER})
    @Operation(summary = "Kandidatenpools opvragen")
    public List<PoolResponse> pools() {
        return service.pools();
    }

    @POST
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Kandidatenpool toevoegen", description = "socialreturn-service routeert naar werkplein.matching.<code in kleine letters>.v1.")
    @APIResponse(responseCode = "201", description = "Toegevoegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = PoolResponse.class)))
    @APIResponse(responseCode = "409", description = "Deze pool bestaat al")
    public Response toevoegen(@Valid @NotNull(message = "body is verplicht") PoolRequest request) {
        return Response.created(java.net.URI.create("/api/v1/pools")).entity(service.toevoegen(request)).build();
    }

    @GET
    @Path("/{code}/werkvoorraad")
    @RolesAllowed(Roles.MATCHER)
    @Operation(summary = "Werkvoorraad van de matcher", description = "De open vacatures van deze pool, nieuwste eerst, elk met de best passende kandidaten van de pool, hun score en de redenen per criterium.")
    public Page<WerkvoorraadItem> werkvoorraad(
            @Parameter(description = "Poolcode", example = "BEMIDDELBAAR") @PathParam("code") String code,
            @Parameter(description = "Alleen vacatures uit deze bron: WERKGEVER, SOCIAL_RETURN of PARTNER") @QueryParam("bron") String bron,
            @Parameter(description = "Ook afgehandelde vacatures tonen (standaard niet)") @QueryParam("afgehandeld") Boolean afgehandeld,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        Bron gezocht = params.enumWaarde("bron", bron, Bron.class);
        params.check();
        return werkvoorraad.werkvoorraad(code, gezocht, Boolean.TRUE.equals(afgehandeld), paginering.verzoek());
    }
}
