package nl.werkplein.screening.participatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Wijken", description = "De wijken, hun organisatie voor participatie en hun postcodegebieden")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipatieResource {

    @Inject
    WijkService service;

    @GET
    @Path("/wijken")
    @RolesAllowed({Roles.CONSULENT, Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Operation(summary = "Wijken met hun organisatie en postcodegebieden")
    public List<WijkResponse> wijken() {
        return service.wijken();
    }

    @PUT
    @Path("/wijken/{naam}/postcodes/{postcode4}")
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Een postcodegebied (4 cijfers) aan een wijk koppelen", description = "Een gebied hoort bij één wijk; opnieuw koppelen verplaatst het.")
    @APIResponse(responseCode = "204", description = "Gekoppeld")
    public Response koppel(@PathParam("naam") String naam, @PathParam("postcode4") String postcode4) {
        service.koppel(naam, postcode4);
        return Response.noContent().build();
    }
}
