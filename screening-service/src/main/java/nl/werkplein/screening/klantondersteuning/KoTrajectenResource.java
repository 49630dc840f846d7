package nl.werkplein.screening.klantondersteuning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ko-trajecten")
@Tag(name = "Klantondersteuning", description = "Centrum voor Werk, werkintake, loonwaarde en werkleerplek")
@Produces(MediaType.APPLICATION_JSON)
public class KoTrajectenResource {

    @Inject
    KlantondersteuningService service;

    @GET
    @RolesAllowed({Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Operation(summary = "Trajecten Klantondersteuning zoeken", description = "limietOverschreden=true geeft de trajecten die de bewaking over hun limiet zag.")
    public Page<KlantondersteuningResponse> zoek(@QueryParam("fase") KoFase fase,
                                                 @Parameter(description = "Alleen trajecten over (true) of binnen (false) hun limiet")
                                                 @QueryParam("limietOverschreden") Boolean limietOverschreden,
                                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.zoek(fase, limietOverschreden, PageRequest.of(page, size)).map(KlantondersteuningResponse::from);
    }
}
