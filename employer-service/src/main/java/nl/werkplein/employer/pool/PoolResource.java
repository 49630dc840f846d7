package nl.werkplein.employer.pool;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

@Path("/api/v1/pools")
@Tag(name = "Pools", description = "Kandidatenpools en de werkvoorraad van hun matchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoolResource {

    @Inject
    WerkvoorraadService werkvoorraad;
    @Inject
    Clock clock;

    @Schema(name = "Pool")
    public record PoolResponse(@Schema(example = "BEMIDDELBAAR") String code,
                               @Schema(example = "Bemiddelbare klanten") String omschrijving) {
    }

    @Schema(name = "PoolToevoegen")
    public record PoolRequest(
            @Schema(example = "JONGEREN", required = true) @NotBlank(message = "is verplicht")
            @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "hoofdletters, cijfers en _; 2 tot 40 tekens") String code,
            @Schema(example = "Jongeren tot 27", required = true) @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String omschrijving) {
    }

    @GET
    @RolesAllowed({Roles.MATCHER, Roles.ACCOUNTMANAGER, Roles.BEHEER})
    @Operation(summary = "Kandidatenpools opvragen")
    @Transactional
    public List<PoolResponse> pools() {
        return Pool.<Pool>listAll(io.quarkus.panache.common.Sort.by("code")).stream().map(p -> new PoolResponse(p.code, p.omschrijving)).toList();
    }

    @POST
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Kandidatenpool toevoegen", description = "socialreturn-service routeert naar werkplein.matching.<code in kleine letters>.v1.")
    @APIResponse(responseCode = "201", description = "Toegevoegd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = PoolResponse.class)))
    @APIResponse(responseCode = "409", description = "Deze pool bestaat al")
    @Transactional
    public Response toevoegen(@Valid @NotNull(message = "body is verplicht") PoolRequest request) {
        if (Pool.findById(request.code()) != null) {
            throw ProblemException.conflict("Pool " + request.code() + " bestaat al.");
        }
        Pool pool = new Pool();
        pool.code = request.code();
        pool.omschrijving = request.omschrijving();
        pool.aangemaaktOp = OffsetDateTime.now(clock);
        pool.persist();
        return Response.created(java.net.URI.create("/api/v1/pools")).entity(new PoolResponse(pool.code, pool.omschrijving)).build();
    }

    @GET
    @Path("/{code}/werkvoorraad")
    @RolesAllowed(Roles.MATCHER)
    @Operation(summary = "Werkvoorraad van de matcher", description = "De open vacatures van deze pool, nieuwste eerst, elk met de best passende kandidaten van de pool, hun score en de redenen per criterium.")
    public Page<WerkvoorraadItem> werkvoorraad(
            @Parameter(description = "Poolcode", example = "BEMIDDELBAAR") @PathParam("code") String code,
            @Parameter(description = "Alleen vacatures uit deze bron: WERKGEVER, SOCIAL_RETURN of PARTNER") @QueryParam("bron") String bron,
            @Parameter(description = "Ook afgehandelde vacatures tonen (standaard niet)") @QueryParam("afgehandeld") Boolean afgehandeld,
            @Parameter(description = "Paginanummer, vanaf 1") @QueryParam("page") Integer page,
            @Parameter(description = "Aantal per pagina, hoogstens 1000") @QueryParam("size") Integer size) {
        QueryParams params = new QueryParams();
        Bron gezocht = null;
        if (bron != null && !bron.isBlank()) {
            try {
                gezocht = Bron.valueOf(bron);
            } catch (IllegalArgumentException e) {
                params.invalid("bron", "moet een van " + Arrays.toString(Bron.values()) + " zijn");
            }
        }
        params.check();
        return werkvoorraad.werkvoorraad(code, gezocht, Boolean.TRUE.equals(afgehandeld), PageRequest.of(page, size));
    }
}
