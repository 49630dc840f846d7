package nl.werkplein.intake.klant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.audit.AuditLog;
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

    static final int MAX_BATCH = 5000;

    @Inject
    BsnHerversleuteling herversleuteling;
    @Inject
    AuditLog audit;

    @Schema(name = "BsnHerversleutelingVerzoek", description = "Hoe deze ronde herversleutelt; alles mag weg ({})")
    public record Verzoek(
            @Schema(description = "Klanten per transactie (standaard werkplein.intake.bsn.herversleuteling.batch-grootte)",
                    minimum = "1", maximum = "" + MAX_BATCH, example = "500") Integer batchGrootte,
            @Schema(description = "Hoogstens zoveel klanten deze ronde; zonder: tot alles klaar is of de tijd "
                    + "(werkplein.intake.bsn.herversleuteling.max-duur) op is", minimum = "1", example = "10000") Integer maxAantal) {
    }

    @GET
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Voortgang van de BSN-herversleuteling",
            description = "Hoeveel klanten hun BSN onder elke sleutelversie hebben, welke actief is en hoeveel er nog op een oude staan. "
                    + "Klaar betekent: de oude sleutels kunnen uit de configuratie.")
    @APIResponse(responseCode = "200", description = "De stand per sleutelversie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BsnHerversleuteling.Voortgang.class)))
    public BsnHerversleuteling.Voortgang voortgang() {
        BsnHerversleuteling.Voortgang voortgang = herversleuteling.voortgang();
        audit.record(AuditLog.Actie.RAADPLEGEN, "bsn-sleutels", null, null, "voortgang BSN-herversleuteling inzien");
        return voortgang;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "BSN's herversleutelen naar de actieve sleutelversie",
            description = "Versleutelt en indexeert de BSN's die nog onder een oude (geconfigureerde) sleutelversie staan opnieuw onder de "
                    + "actieve, in batches die elk hun rijen vergrendelen (FOR UPDATE SKIP LOCKED): veilig met meer replica's tegelijk. "
                    + "Eén ronde stopt na de ingestelde tijd; opnieuw aanroepen tot voortgang.klaar. Nogmaals als alles klaar is: niets.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Verzoek.class)))
    @APIResponse(responseCode = "200", description = "Wat deze ronde deed en de stand daarna",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BsnHerversleuteling.Resultaat.class)))
    public BsnHerversleuteling.Resultaat herversleutel(Verzoek verzoek) {
        Verzoek v = verzoek == null ? new Verzoek(null, null) : verzoek;
        QueryParams params = new QueryParams();
        if (v.batchGrootte() != null && (v.batchGrootte() < 1 || v.batchGrootte() > MAX_BATCH)) {
            params.invalid("batchGrootte", "moet tussen 1 en " + MAX_BATCH + " liggen");
        }
        if (v.maxAantal() != null && v.maxAantal() < 1) {
            params.invalid("maxAantal", "moet 1 of meer zijn");
        }
        params.check();
        BsnHerversleuteling.Resultaat resultaat = herversleuteling.herversleutel(v.batchGrootte(), v.maxAantal());
        audit.record(AuditLog.Actie.WIJZIGEN, "bsn-sleutels", resultaat.voortgang().actief(), null,
                "BSN-herversleuteling: " + resultaat.herversleuteld() + " klanten naar sleutel " + resultaat.voortgang().actief()
                        + ", " + resultaat.overgeslagen().size() + " overgeslagen, " + resultaat.voortgang().teHerversleutelen() + " te gaan");
        return resultaat;
    }
}
