package nl.werkplein.screening.indeling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/beoordelingen")
@Tag(name = "Beoordelingen", description = "Opgeslagen beoordelingen van de Entreevragenlijst, en herbeoordelen onder een andere regelset")
@Produces(MediaType.APPLICATION_JSON)
public class BeoordelingResource {

    @Inject
    IndelingService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Operation(summary = "Beoordeling raadplegen", description = "Zoals ze is opgeslagen, met regelset en toelichting.")
    public BeoordelingResponse beoordeling(@PathParam("id") UUID id) {
        return service.opgeslagen(id);
    }

    @GET
    @Path("/{id}/herbeoordeling")
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Herbeoordelen onder een andere regelset (wat-als)", description = "Slaat niets op en publiceert niets.")
    public BeoordelingResponse herbeoordeling(@PathParam("id") UUID id,
                                              @Parameter(description = "Naam van de regelset", required = true) @QueryParam("regelsetNaam") String naam,
                                              @Parameter(description = "Versie van de regelset", required = true) @QueryParam("regelsetVersie") String versie) {
        QueryParams params = new QueryParams();
        if (naam == null || naam.isBlank()) {
            params.invalid("regelsetNaam", "is verplicht");
        }
        if (versie == null || versie.isBlank()) {
            params.invalid("regelsetVersie", "is verplicht");
        }
        params.check();
        return service.herbeoordeel(id, naam, versie);
    }
}
