package nl.werkplein.intake.brief;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Paginering;
import jakarta.ws.rs.BeanParam;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The print queue (issue 18.1). {@code POST …/verzending} rather than a PUT of the status: the print
 * street reports an event (the letter went out), not a state it chooses; the only other move,
 * withdrawing, has its own reason and its own resource ({@code …/intrekking}). Both are idempotent.
 */
@Path("/api/v1/brieven")
@Tag(name = "Brieven", description = "Brieven aan klanten zonder e-mailadres: de afdrukwachtrij van de printstraat")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BriefResource {

    public static final String PDF = "application/pdf";

    @Inject
    BriefService service;

    @GET
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Brieven zoeken", description = "De afdrukwachtrij: status=TE_VERSTUREN geeft wat de printstraat nog moet "
            + "versturen, oudste eerst. Zonder tekst en adres; die staan bij de brief zelf.")
    @APIResponse(responseCode = "200", description = "Eén pagina brieven")
    public Page<BriefSamenvatting> zoeken(
            @Parameter(description = "Alleen met deze status", schema = @Schema(enumeration = {"TE_VERSTUREN", "VERSTUURD", "INGETROKKEN"}))
            @QueryParam("status") String status,
            @Parameter(description = "Alleen van deze klant", schema = @Schema(format = "uuid")) @QueryParam("klantId") String klantId,
            @BeanParam Paginering paginering) {
        QueryParams params = new QueryParams();
        BriefStatus gezocht = params.enumWaarde("status", status, BriefStatus.class);
        UUID klant = params.uuid("klantId", klantId);
        PageRequest paging;
        try {
            paging = paginering.verzoek();
        } catch (nl.werkplein.platform.api.ProblemException e) {
            e.problem().invalidParams().forEach(p -> params.invalid(p.name(), p.reason()));
            paging = null;
        }
        params.check();
        return service.lijst(gezocht, klant, paging);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Brief raadplegen", description = "Als JSON met tekst en adres, of met Accept: application/pdf de brief "
            + "zoals hij gedrukt wordt (ook op …/pdf). Elke keer vastgelegd in de auditlog.")
    @APIResponse(responseCode = "200", description = "De brief", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefResponse.class)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response raadplegen(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        if (wilPdf(headers)) {
            return pdfAntwoord(id);
        }
        return Response.ok(service.raadpleeg(id), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}/pdf")
    @Produces(PDF)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Brief als PDF", description = "De brief zoals hij gedrukt wordt: A4 voor een vensterenvelop. Vastgelegd in de auditlog.")
    @APIResponse(responseCode = "200", description = "De brief als PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id) {
        return pdfAntwoord(id);
    }

    @POST
    @Path("/{id}/verzending")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Brief verstuurd (printstraat)", description = "Markeert de brief VERSTUURD; de dienst die het bericht vroeg "
            + "hoort het (bericht-verzonden, kanaal BRIEF). Nogmaals melden verandert niets; een ingetrokken brief geeft 409.")
    @APIResponse(responseCode = "200", description = "Verstuurd",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefResponse.class)))
    @APIResponse(responseCode = "409", description = "De brief is INGETROKKEN")
    public BriefResponse verzending(@PathParam("id") UUID id) {
        return service.verstuur(id);
    }

    @POST
    @Path("/{id}/intrekking")
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Brief intrekken", description = "Een brief die nog wacht gaat niet de deur uit (bijvoorbeeld een verouderd adres); "
            + "de dienst die het bericht vroeg hoort het (bericht-niet-verzonden, reden BRIEF_INGETROKKEN). Nogmaals verandert niets; "
            + "een verstuurde brief geeft 409.")
    @APIResponse(responseCode = "200", description = "Ingetrokken",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefResponse.class)))
    @APIResponse(responseCode = "409", description = "De brief is al VERSTUURD")
    public BriefResponse intrekking(@PathParam("id") UUID id, @Valid @NotNull(message = "body is verplicht") IntrekkingRequest request) {
        return service.trekIn(id, request.reden());
    }

    private Response pdfAntwoord(UUID id) {
        return Response.ok(service.pdf(id), PDF)
                .header("Content-Disposition", "inline; filename=\"brief-" + id + ".pdf\"").build();
    }

    /** PDF only when the caller prefers it to JSON (a browser's or a client's plain Accept gets JSON). */
    static boolean wilPdf(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType()) {
                return false;
            }
            if (!type.isWildcardSubtype() && type.getType().equals("application") && type.getSubtype().equals("pdf")) {
                return true;
            }
        }
        return false;
    }
}
