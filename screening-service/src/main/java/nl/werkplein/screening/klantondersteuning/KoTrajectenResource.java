package nl.werkplein.screening.klantondersteuning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.api.QueryParams;
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
    public Page<KlantondersteuningResponse> zoek(@Parameter(description = "CENTRUM_VOOR_WERK, WERKLEERPLEK of AFGESLOTEN")
                                                 @QueryParam("fase") String fase,
                                                 @Parameter(description = "Alleen trajecten over (true) of binnen (false) hun limiet")
                                                 @QueryParam("limietOverschreden") Boolean limietOverschreden,
                                                 @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        KoFase gekozen = params.enumWaarde("fase", fase, KoFase.class);
        params.check();
        return service.zoek(gekozen, limietOverschreden, paginering.verzoek()).map(KlantondersteuningResponse::from);
    }
}
