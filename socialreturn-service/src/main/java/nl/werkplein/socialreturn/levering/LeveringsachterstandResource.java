package nl.werkplein.socialreturn.levering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/leveringsachterstanden")
@Tag(name = "Leveringsachterstanden", description = "Partners die hun wekelijkse levering missen")
@Produces(MediaType.APPLICATION_JSON)
public class LeveringsachterstandResource {

    @Inject
    Leveringscontrole controle;

    @GET
    @RolesAllowed({Roles.SOCIALRETURN, Roles.BEHEER})
    @Operation(summary = "Partners die achterlopen met leveren", description = "Met de gemiste weken na hun laatste levering.")
    public List<Leveringscontrole.Achterstand> achterstanden() {
        return controle.achterstanden();
    }
}
