package nl.werkplein.screening.participatie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Beheer imports the postcode-4 areas per wijk from a CSV (issue 18 point 4): the seeds name no postcodes. */
@Path("/api/v1/wijken/postcodes")
@Tag(name = "Wijken", description = "De wijken, hun organisatie voor participatie en hun postcodegebieden")
public class WijkPostcodeImportResource {

    @Inject
    WijkService service;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(nl.werkplein.platform.security.Roles.BEHEER)
    @Operation(summary = "Postcodegebieden per wijk importeren",
            description = "CSV met een kopregel met de kolommen wijk en postcode4 (scheidingsteken ; of ,). Elke regel wordt los gecontroleerd: "
                    + "goede regels worden overgenomen (een gebied dat al bij een andere wijk hoorde, verhuist), foute staan met hun reden in het antwoord.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            example = "wijk;postcode4\nBeijum;9732\nLewenborg;9733")))
    @APIResponse(responseCode = "200", description = "Verwerkt: het aantal overgenomen regels en de afgewezen regels")
    @APIResponse(responseCode = "400", description = "Geen kopregel met wijk en postcode4")
    public PostcodeImportResponse importeer(String csv) {
        return PostcodeImportResponse.van(service.importeer(csv));
    }
}
