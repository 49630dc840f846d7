package nl.werkplein.screening.participatie;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Participation referrals that arrive (domain.md 5, issue 18 point 4): a staff list per organisation,
 * the organisation's acknowledgement, and the consulents' worklist of referrals whose wijk is unknown.
 */
@Path("/api/v1/participatieverwijzingen")
@Tag(name = "Participatieverwijzingen", description = "Verwijzingen naar een wijkorganisatie of het SW-bedrijf, de werklijst en de ontvangstbevestiging")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipatieverwijzingResource {

    @Inject
    ParticipatieverwijzingService service;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    @Schema(name = "Participatieverwijzing")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VerwijzingView(
            @Schema(description = "De verwijzing") UUID id,
            @Schema(description = "De klant (pseudoniem)") UUID klantId,
            @Schema(description = "DAGBESTEDING, VRIJWILLIGERSWERK, BESCHUT_WERK of ANDERS") String vorm,
            @Schema(description = "De wijk van de klant; null als de postcode bij geen wijk hoort", nullable = true) String wijk,
            @Schema(description = "Code van de organisatie; null op de werklijst", nullable = true, example = "radar") String organisatie,
            @Schema(description = "Naam van de organisatie", nullable = true, example = "Radar") String organisatieNaam,
            @Schema(description = "VERWEZEN, WERKLIJST (geen wijk bekend: een consulent verwijst) of ONTVANGEN") Participatieverwijzing.Status status,
            @Schema(description = "Wanneer de aanvullende vragenlijst verwees") OffsetDateTime aangemaaktOp,
            @Schema(description = "Wanneer de organisatie de verwijzing kreeg", nullable = true) OffsetDateTime verwezenOp,
            @Schema(description = "Wanneer de organisatie de ontvangst bevestigde", nullable = true) OffsetDateTime ontvangenOp,
            @Schema(description = "Opmerking bij de ontvangst", nullable = true) String ontvangstOpmerking) {

        static VerwijzingView from(Participatieverwijzing v) {
            return new VerwijzingView(v.id, v.klantId, v.vorm, v.wijk, v.organisatieCode, v.organisatie, v.status, v.aangemaaktOp,
                    v.verwezenOp, v.ontvangenOp, v.ontvangstOpmerking);
        }
    }

    @Schema(name = "ParticipatieverwijzingVerwijzen")
    public record VerwijsRequest(
            @Schema(required = true, description = "Code van de organisatie (GET /participatieverwijzingen/organisaties)", example = "radar")
            @NotBlank(message = "is verplicht") @Size(max = 64, message = "is te lang") String organisatie,
            @Schema(description = "De wijk, als de consulent die weet") @Size(max = 100, message = "is te lang") String wijk) {
    }

    @Schema(name = "Ontvangstbevestiging")
    public record BevestigingRequest(
            @Schema(description = "Opmerking van de organisatie, bijvoorbeeld de datum van het kennismakingsgesprek")
            @Size(max = 2000, message = "is te lang (hoogstens 2000 tekens)") String opmerking) {
    }

    @GET
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Transactional
    @Operation(summary = "Verwijzingen van een organisatie",
            description = "De verwijzingen, de nieuwste eerst; met organisatie die van één organisatie (de lijst die haar medewerkers bijhouden).")
    @APIResponse(responseCode = "200", description = "Een pagina verwijzingen")
    @APIResponse(responseCode = "400", description = "Onbekende organisatie of status, of ongeldige page of size")
    public Page<VerwijzingView> lijst(@Parameter(description = "Code van de organisatie", example = "radar") @QueryParam("organisatie") String organisatie,
                                      @Parameter(description = "VERWEZEN, WERKLIJST of ONTVANGEN") @QueryParam("status") String status,
                                      @Parameter(description = "Paginanummer, vanaf 1") @QueryParam("page") Integer page,
                                      @Parameter(description = "Aantal per pagina, hoogstens 1000") @QueryParam("size") Integer size) {
        QueryParams params = new QueryParams();
        String code = organisatie == null || organisatie.isBlank() ? null : organisatie.strip();
        if (code != null && !service.bestaandeOrganisatie(code)) {
            params.invalid("organisatie", "onbekende organisatie (zie GET /participatieverwijzingen/organisaties)");
        }
        Participatieverwijzing.Status filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = Participatieverwijzing.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                params.invalid("status", "moet VERWEZEN, WERKLIJST of ONTVANGEN zijn");
            }
        }
        params.check();
        PageRequest paging = PageRequest.of(page, size);
        Page<Participatieverwijzing> gevonden = new Zoekopdracht().eq("organisatieCode", code).eq("status", filter)
                .pagina(Participatieverwijzing.class, "aangemaaktOp desc, id", paging, v -> v);
        gevonden.items().forEach(v -> audit.record(AuditLog.Actie.RAADPLEGEN, "verwijzing", v.id, v.klantId,
                "verwijzingen inzien" + (code == null ? "" : " van " + code)));
        return gevonden.map(VerwijzingView::from);
    }

    @GET
    @Path("/werklijst")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Transactional
    @Operation(summary = "Werklijst: verwijzingen zonder wijk",
            description = "De verwijzingen waarvan de wijk niet bekend is, de oudste eerst; een consulent verwijst ze met PUT .../{id}/organisatie.")
    @APIResponse(responseCode = "200", description = "Een pagina verwijzingen op de werklijst")
    @APIResponse(responseCode = "400", description = "Ongeldige page of size")
    public Page<VerwijzingView> werklijst(@Parameter(description = "Paginanummer, vanaf 1") @QueryParam("page") Integer page,
                                          @Parameter(description = "Aantal per pagina, hoogstens 1000") @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        Page<Participatieverwijzing> gevonden = new Zoekopdracht().verplicht("status", Participatieverwijzing.Status.WERKLIJST)
                .pagina(Participatieverwijzing.class, "aangemaaktOp, id", paging, v -> v);
        gevonden.items().forEach(v -> audit.record(AuditLog.Actie.RAADPLEGEN, "verwijzing", v.id, v.klantId, "werklijst participatie inzien"));
        return gevonden.map(VerwijzingView::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CONSULENT, Roles.BEHEER})
    @Transactional
    @Operation(summary = "Verwijzing raadplegen")
    @APIResponse(responseCode = "200", description = "De verwijzing")
    @APIResponse(responseCode = "404", description = "Onbekende verwijzing")
    public VerwijzingView een(@Parameter(description = "De verwijzing") @PathParam("id") UUID id) {
        Participatieverwijzing v = service.vind(id);
        audit.record(AuditLog.Actie.RAADPLEGEN, "verwijzing", v.id, v.klantId, "verwijzing inzien");
        return VerwijzingView.from(v);
    }

    @PUT
    @Path("/{id}/organisatie")
    @RolesAllowed(Roles.CONSULENT)
    @Transactional
    @Operation(summary = "Verwijzing van de werklijst verwijzen",
            description = "De consulent kiest de organisatie voor een verwijzing zonder bekende wijk; publiceert participatie-verwezen met de organisatie.")
    @APIResponse(responseCode = "200", description = "Verwezen")
    @APIResponse(responseCode = "400", description = "Organisatie ontbreekt of is onbekend")
    @APIResponse(responseCode = "404", description = "Onbekende verwijzing")
    @APIResponse(responseCode = "409", description = "De verwijzing staat niet (meer) op de werklijst")
    public VerwijzingView verwijs(@Parameter(description = "De verwijzing") @PathParam("id") UUID id,
                                  @Valid @NotNull(message = "body is verplicht") VerwijsRequest request) {
        String code = request.organisatie().strip();
        if (!service.bestaandeOrganisatie(code)) {
            throw ProblemException.invalid("organisatie", "onbekende organisatie (zie GET /participatieverwijzingen/organisaties)");
        }
        if (request.wijk() != null && !request.wijk().isBlank()
                && em.createNativeQuery("SELECT 1 FROM wijk WHERE naam = ?1").setParameter(1, request.wijk().strip()).getResultList().isEmpty()) {
            throw ProblemException.invalid("wijk", "onbekende wijk (zie GET /wijken)");
        }
        Participatieverwijzing v = service.vind(id);
        return VerwijzingView.from(service.verwijs(v, code, request.wijk() == null || request.wijk().isBlank() ? null : request.wijk().strip()));
    }

    @POST
    @Path("/{id}/ontvangstbevestiging")
    @RolesAllowed(Roles.CONSULENT)
    @Transactional
    @Operation(summary = "Ontvangst bevestigen",
            description = "De organisatie heeft de verwijzing ontvangen (status ONTVANGEN, event participatie-ontvangen). Nogmaals verandert niets.")
    @APIResponse(responseCode = "200", description = "Bevestigd (ook: al bevestigd)")
    @APIResponse(responseCode = "400", description = "Opmerking te lang")
    @APIResponse(responseCode = "404", description = "Onbekende verwijzing")
    @APIResponse(responseCode = "409", description = "De verwijzing staat op de werklijst: er is nog geen organisatie")
    public VerwijzingView bevestig(@Parameter(description = "De verwijzing") @PathParam("id") UUID id, @Valid BevestigingRequest request) {
        Participatieverwijzing v = service.vind(id);
        return VerwijzingView.from(service.bevestig(v, request == null ? null : request.opmerking()));
    }

    @Schema(name = "ParticipatieOrganisatie")
    public record OrganisatieView(@Schema(example = "radar") String code, @Schema(example = "Radar") String naam,
                                  @Schema(description = "WIJK (een wijkorganisatie) of SW (het SW-bedrijf: indicatie beschut werk)") String soort,
                                  @Schema(description = "De wijken die zij bedient") List<String> wijken) {
    }

    @GET
    @Path("/organisaties")
    @RolesAllowed({Roles.CONSULENT, Roles.KLANTONDERSTEUNER, Roles.BEHEER})
    @Transactional
    @Operation(summary = "Organisaties voor participatie", description = "De organisaties van seed 002 en het SW-bedrijf, met de wijken die zij bedienen.")
    @APIResponse(responseCode = "200", description = "De organisaties")
    public List<OrganisatieView> organisaties() {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                SELECT o.code, o.naam, o.soort, coalesce(string_agg(w.naam, ',' ORDER BY w.naam), '')
                  FROM participatie_organisatie o LEFT JOIN wijk w ON w.organisatie_code = o.code
                 GROUP BY o.code, o.naam, o.soort ORDER BY o.code""").getResultList();
        return rijen.stream().map(r -> new OrganisatieView((String) r[0], (String) r[1], (String) r[2],
                ((String) r[3]).isEmpty() ? List.of() : List.of(((String) r[3]).split(",")))).toList();
    }
}
