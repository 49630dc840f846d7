package nl.werkplein.screening.vragenlijst;

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

    @Schema(name = "VragenlijstPubliceren")
    public record PublicatieRequest(
            @jakarta.validation.constraints.NotBlank(message = "is verplicht")
            @jakarta.validation.constraints.Pattern(regexp = "^[0-9A-Za-z.-]{1,20}$", message = "ongeldige versie") String versie,
            @jakarta.validation.constraints.NotEmpty(message = "is verplicht")
            @jakarta.validation.constraints.Size(max = 200, message = "hoogstens 200") List<Vraag> vragen) {
    }

    @jakarta.ws.rs.POST
    @Path("/{soort}/versies")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @jakarta.annotation.security.RolesAllowed(nl.werkplein.platform.security.Roles.BEHEER)
    @Transactional
    @Operation(summary = "Nieuwe versie publiceren", description = "Een gepubliceerde versie verandert nooit; de nieuwste is de huidige. soort: entree of aanvullend.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Gepubliceerd",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = VragenlijstResponse.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "409", description = "Deze versie bestaat al")
    public jakarta.ws.rs.core.Response publiceer(@jakarta.ws.rs.PathParam("soort") String soortParam,
                                                 @jakarta.validation.Valid @jakarta.validation.constraints.NotNull(message = "body is verplicht") PublicatieRequest request) {
        Vragenlijst.Soort soort = switch (soortParam) {
            case "entree" -> Vragenlijst.Soort.ENTREE;
            case "aanvullend" -> Vragenlijst.Soort.AANVULLEND;
            default -> throw ProblemException.notFound("Vragenlijst " + soortParam);
        };
        List<nl.werkplein.platform.api.Problem.InvalidParam> fouten = VragenlijstControle.controleer(request.vragen());
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        if (Vragenlijst.count("soort = ?1 and versie = ?2", soort, request.versie()) > 0) {
            throw ProblemException.conflict("Versie " + request.versie() + " bestaat al en verandert niet.");
        }
        Vragenlijst lijst = new Vragenlijst();
        lijst.id = java.util.UUID.randomUUID();
        lijst.soort = soort;
        lijst.versie = request.versie();
        lijst.gepubliceerdOp = java.time.OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        try {
            lijst.vragen = json.writeValueAsString(request.vragen());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        lijst.persist();
        // the newest version is the current one of its soort
        return jakarta.ws.rs.core.Response.created(java.net.URI.create("/api/v1/vragenlijsten/" + soortParam)).entity(new VragenlijstResponse(lijst.versie, request.vragen())).build();
    }

    private VragenlijstResponse huidige(Vragenlijst.Soort soort) {
        Vragenlijst lijst = Vragenlijst.huidige(soort).orElseThrow(() -> ProblemException.notFound("Vragenlijst " + soort));
        return new VragenlijstResponse(lijst.versie, lijst.gelezenVragen(json));
    }
}
