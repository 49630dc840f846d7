package nl.werkplein.employer.kandidaat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/kandidaten")
@Tag(name = "Kandidaten", description = "Het kandidatenbeeld uit de gebeurtenissen van andere services, en het herbouwen ervan")
@Produces(MediaType.APPLICATION_JSON)
public class KandidaatResource {

    @Inject
    KandidaatService service;

    @GET
    @Path("/{klantId}")
    @RolesAllowed({Roles.MATCHER, Roles.BEHEER})
    @Operation(summary = "Kandidaat raadplegen", description = "Het kandidatenbeeld, de pool en de doelgroep zoals de poolregel ze bepaalt.")
    public KandidaatResponse raadplegen(@PathParam("klantId") UUID klantId) {
        return service.raadplegen(klantId);
    }

    @POST
    @Path("/herbouw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Kandidatenbeeld herbouwen", description = "Leegt het kandidatenbeeld en leest alle klantgebeurtenissen opnieuw vanaf offset 0, met dezelfde projectie.")
    public HerbouwResponse herbouw() {
        return HerbouwResponse.van(service.herbouwen());
    }
}
