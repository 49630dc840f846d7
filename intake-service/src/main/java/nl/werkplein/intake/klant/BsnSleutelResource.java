package nl.werkplein.intake.klant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * BSN key rotation for beheer (docs/operations.md, "Rotate intake's BSN keys"): the count of klanten
 * per key version, and the re-encryption of those still on an old one. Audited; never a BSN in a
 * request, a response or the audit record.
 */
@Path("/api/v1/bsn-sleutels/herversleuteling")
@Tag(name = "BSN-sleutels", description = "Rotatie van de sleutels waarmee intake het BSN versleutelt en vindt")
@Produces(MediaType.APPLICATION_JSON)
public class BsnSleutelResource {

    @Inject
    BsnHerversleuteling herversleuteling;

    @GET
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Voortgang van de BSN-herversleuteling",
            description = "Hoeveel klanten hun BSN onder elke sleutelversie hebben, welke actief is en hoeveel er nog op een oude staan. "
                    + "Klaar betekent: de oude sleutels kunnen uit de configuratie.")
    @APIResponse(responseCode = "200", description = "De stand per sleutelversie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BsnHerversleuteling.Voortgang.class)))
    public BsnHerversleuteling.Voortgang voortgang() {
        return herversleuteling.voortgang();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "BSN's herversleutelen naar de actieve sleutelversie",
            description = "Versleutelt en indexeert de BSN's die nog onder een oude (geconfigureerde) sleutelversie staan opnieuw onder de "
                    + "actieve, in batches die elk hun rijen vergrendelen (FOR UPDATE SKIP LOCKED): veilig met meer replica's tegelijk. "
                    + "Eén ronde stopt na de ingestelde tijd; opnieuw aanroepen tot voortgang.klaar. Nogmaals als alles klaar is: niets.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BsnHerversleutelingRequest.class)))
    @APIResponse(responseCode = "200", description = "Wat deze ronde deed en de stand daarna",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BsnHerversleuteling.Resultaat.class)))
    public BsnHerversleuteling.Resultaat herversleutel(BsnHerversleutelingRequest verzoek) {
        BsnHerversleutelingRequest v = verzoek == null ? new BsnHerversleutelingRequest(null, null) : verzoek;
        return herversleuteling.herversleutel(v.batchGrootte(), v.maxAantal());
    }
}
