package nl.werkplein.screening.vragenlijst;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/vragenlijsten")
@Tag(name = "Vragenlijsten", description = "De Entreevragenlijst en de aanvullende vragenlijst, in hun huidige versie")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VragenlijstResource {

    @Inject
    ObjectMapper json;

    @Schema(name = "Vragenlijst")
    public record VragenlijstResponse(@Schema(example = "2026.1") String versie, List<Vraag> vragen) {
    }

    @GET
    @Path("/entree")
    @Transactional
    @Operation(summary = "De huidige Entreevragenlijst")
    public VragenlijstResponse entree() {
        return huidige(Vragenlijst.Soort.ENTREE);
    }

    @GET
    @Path("/aanvullend")
    @Transactional
    @Operation(summary = "De huidige aanvullende vragenlijst (Maatschappelijke participatie)")
    public VragenlijstResponse aanvullend() {
        return huidige(Vragenlijst.Soort.AANVULLEND);
    }

    private VragenlijstResponse huidige(Vragenlijst.Soort soort) {
        Vragenlijst lijst = Vragenlijst.huidige(soort).orElseThrow(() -> ProblemException.notFound("Vragenlijst " + soort));
        try {
            return new VragenlijstResponse(lijst.versie, json.readValue(lijst.vragen, new TypeReference<List<Vraag>>() { }));
        } catch (Exception e) {
            throw new IllegalStateException("stored questionnaire " + lijst.id + " unreadable", e);
        }
    }
}
