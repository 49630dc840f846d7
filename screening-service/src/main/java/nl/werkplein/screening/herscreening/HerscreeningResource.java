package nl.werkplein.screening.herscreening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.Paginering;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/herscreeningen")
@Tag(name = "Herscreening", description = "Het zittende bestand in fasen opnieuw screenen, per import")
@Produces(MediaType.APPLICATION_JSON)
public class HerscreeningResource {

    @Inject
    HerscreeningService service;

    @GET
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Voortgang per import", description = "Nieuwste import eerst.")
    public Page<HerscreeningResponse> lijst(@BeanParam Paginering paginering) {
        return service.lijst(paginering.verzoek());
    }

    @GET
    @Path("/{importId}")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Voortgang van één import", description = "Uitgenodigd, beantwoord, doorgeleid; 404 voor een onbekende import.")
    public HerscreeningResponse een(@PathParam("importId") UUID importId) {
        return service.voortgang(importId);
    }

    @GET
    @Path("/{importId}/niet-verzonden")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Niet verzonden uitnodigingen van één import",
            description = "De planner nodigt deze klanten niet opnieuw uit: een consulent neemt contact op. 404 voor een onbekende import.")
    public Page<NietVerzondenResponse> nietVerzonden(@PathParam("importId") UUID importId, @BeanParam Paginering paginering) {
        return service.nietVerzonden(importId, paginering.verzoek());
    }
}
