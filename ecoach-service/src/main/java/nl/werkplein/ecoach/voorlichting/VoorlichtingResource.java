package nl.werkplein.ecoach.voorlichting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.Response;
import nl.werkplein.ecoach.traject.Toegang;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectEvents;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/voorlichtingen")
@Tag(name = "Voorlichtingen", description = "Collectieve voorlichting voor nieuwe zelfdoeners, met uitzendbureaus")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoorlichtingResource {

    @Inject
    VoorlichtingService service;
    @Inject
    Toegang toegang;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    Clock clock;

    @Schema(name = "VoorlichtingPlannen")
    public record PlanRequest(
            @Schema(required = true, format = "date", description = "Datum van de sessie") @NotNull(message = "is verplicht") LocalDate datum,
            @Schema(required = true, format = "time-local", example = "10:00", description = "Begintijd") @NotNull(message = "is verplicht") LocalTime begintijd,
            @Schema(required = true, format = "time-local", example = "12:00", description = "Eindtijd") @NotNull(message = "is verplicht") LocalTime eindtijd,
            @Schema(description = "Plaats; locatie of onlineLink is verplicht") @Size(max = 300, message = "is te lang (hoogstens 300 tekens)") String locatie,
            @Schema(description = "Link voor online deelname (https)") @Size(max = 500, message = "is te lang (hoogstens 500 tekens)")
            @Pattern(regexp = "https://\\S+", message = "moet een https-link zijn") String onlineLink,
            @Schema(required = true, description = "Aantal plaatsen") @NotNull(message = "is verplicht")
            @Min(value = 1, message = "moet 1 of meer zijn") @Max(value = 1000, message = "moet hoogstens 1000 zijn") Integer capaciteit,
            @Schema(description = "Uitzendbureaus die meedoen") @Size(max = 20, message = "hoogstens 20")
            List<@NotBlank(message = "mag niet leeg zijn") @Size(max = 100, message = "is te lang (hoogstens 100 tekens)")
            @Pattern(regexp = "[^,]*", message = "mag geen komma bevatten") String> uitzendbureaus) {
    }

    @Schema(name = "Voorlichting")
    public record VoorlichtingView(
            UUID voorlichtingId,
            @Schema(format = "date") LocalDate datum,
            @Schema(format = "time-local", example = "10:00:00") LocalTime begintijd,
            @Schema(format = "time-local", example = "12:00:00") LocalTime eindtijd,
            @Schema(nullable = true) String locatie,
            @Schema(nullable = true) String onlineLink,
            int capaciteit,
            @Schema(description = "Aantal uitgenodigde klanten") long deelnemers,
            List<String> uitzendbureaus,
            @Schema(description = "De e-coach die de sessie plande; null voor de wekelijkse sessies", nullable = true) UUID ecoachId,
            @Schema(description = "Gepland door de wekelijkse planning") boolean automatisch) {
    }

    @Schema(name = "Deelnemer")
    public record DeelnemerView(UUID klantId, UUID trajectId, OffsetDateTime uitgenodigdOp,
                                @Schema(description = "null zolang niet geregistreerd", nullable = true) Boolean aanwezig) {
        static DeelnemerView from(Deelname d) {
            return new DeelnemerView(d.klantId, d.sleutel.trajectId, d.uitgenodigdOp, d.aanwezig);
        }
    }

    @Schema(name = "AanwezigheidVastleggen")
    public record AanwezigheidRequest(@Schema(required = true, description = "Of de klant er was") @NotNull(message = "is verplicht") Boolean aanwezig) {
    }

    @POST
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Transactional
    @Operation(summary = "Voorlichting plannen", description = "Klanten die nog op een sessie met plaats wachten, worden meteen uitgenodigd (per mail).")
    @APIResponse(responseCode = "201", description = "Gepland",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @Schema(implementation = VoorlichtingView.class)))
    public Response plan(@Valid @NotNull(message = "body is verplicht") PlanRequest request) {
        List<Problem.InvalidParam> problemen = new ArrayList<>();
        LocalDateTime nu = LocalDateTime.now(clock);
        if (request.datum().isBefore(nu.toLocalDate())) {
            problemen.add(new Problem.InvalidParam("datum", "ligt in het verleden"));
        }
        if (!request.eindtijd().isAfter(request.begintijd())) {
            problemen.add(new Problem.InvalidParam("eindtijd", "moet na de begintijd liggen"));
        }
        if (blank(request.locatie()) && blank(request.onlineLink())) {
            problemen.add(new Problem.InvalidParam("locatie", "locatie of onlineLink is verplicht"));
        }
        if (!problemen.isEmpty()) {
            throw ProblemException.invalid(problemen);
        }
        Voorlichting v = new Voorlichting();
        v.id = UUID.randomUUID();
        v.datum = request.datum();
        v.begintijd = request.begintijd();
        v.eindtijd = request.eindtijd();
        v.locatie = blank(request.locatie()) ? null : request.locatie().trim();
        v.onlineLink = blank(request.onlineLink()) ? null : request.onlineLink().trim();
        v.capaciteit = request.capaciteit();
        v.uitzendbureaus = request.uitzendbureaus() == null ? "" : String.join(",", request.uitzendbureaus().stream().map(String::trim).toList());
        v.ecoachId = toegang.ecoachId().orElse(null);
        v.aangemaaktOp = OffsetDateTime.now(clock);
        v.persist();
        // a new session with room takes the clients who were waiting
        service.plaatsWachtenden(v.capaciteit);
        return Response.created(java.net.URI.create("/api/v1/voorlichtingen/" + v.id)).entity(view(v)).build();
    }

    @GET
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Voorlichtingen opvragen", description = "Op datum; standaard vanaf vandaag.")
    @APIResponse(responseCode = "200", description = "Een pagina voorlichtingen")
    public Page<VoorlichtingView> lijst(
            @Parameter(description = "Vanaf deze datum (inclusief); standaard vandaag", schema = @Schema(format = "date")) @QueryParam("vanaf") String vanafParam,
            @Parameter(description = "Paginanummer, vanaf 1") @QueryParam("page") Integer page,
            @Parameter(description = "Aantal per pagina, hoogstens 1000") @QueryParam("size") Integer size) {
        QueryParams params = new QueryParams();
        LocalDate vanaf = params.datum("vanaf", vanafParam);
        params.check();
        PageRequest paging = PageRequest.of(page, size);
        LocalDate van = vanaf != null ? vanaf : LocalDate.now(clock);
        return new Zoekopdracht().van("datum", van).pagina(Voorlichting.class, "datum, begintijd, id", paging, this::view);
    }

    @GET
    @Path("/{voorlichtingId}")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Operation(summary = "Voorlichting raadplegen", description = "Datum, tijd, plaats of link, capaciteit, deelnemers en uitzendbureaus.")
    @APIResponse(responseCode = "200", description = "De voorlichting")
    public VoorlichtingView een(@PathParam("voorlichtingId") UUID id) {
        return view(bestaand(id));
    }

    @GET
    @Path("/{voorlichtingId}/deelnemers")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Transactional
    @Operation(summary = "Deelnemers opvragen", description = "De e-coach die de sessie plande en beheer zien alle deelnemers; andere e-coaches die van hun eigen caseload.")
    @APIResponse(responseCode = "200", description = "Een pagina deelnemers")
    public Page<DeelnemerView> deelnemers(@PathParam("voorlichtingId") UUID id,
                                          @Parameter(description = "Paginanummer, vanaf 1") @QueryParam("page") Integer page,
                                          @Parameter(description = "Aantal per pagina, hoogstens 1000") @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        Voorlichting v = bestaand(id);
        Zoekopdracht zoek = new Zoekopdracht().verplicht("sleutel.voorlichtingId", id);
        if (!alleDeelnemersZichtbaar(v)) {
            // always added: without an e-coach id (null) this matches no one
            zoek.waar("sleutel.trajectId in (select t.id from Traject t where t.ecoachId = :ecoach)", "ecoach",
                    toegang.ecoachId().orElse(null));
        }
        Page<Deelname> gevonden = zoek.pagina(Deelname.class, "uitgenodigdOp, klantId", paging, d -> d);
        gevonden.items().forEach(d -> audit.record(AuditLog.Actie.RAADPLEGEN, "deelname", id, d.klantId, "deelnemers voorlichting inzien"));
        return gevonden.map(DeelnemerView::from);
    }

    @PUT
    @Path("/{voorlichtingId}/deelnemers/{klantId}")
    @RolesAllowed({Roles.ECOACH, Roles.BEHEER})
    @Transactional
    @Operation(summary = "Aanwezigheid vastleggen", description = "Na afloop: was de klant er? Wie er niet was, wordt uitgenodigd voor de volgende sessie met plaats.")
    @APIResponse(responseCode = "200", description = "Vastgelegd")
    @APIResponse(responseCode = "409", description = "De sessie is nog niet begonnen")
    public DeelnemerView aanwezigheid(@PathParam("voorlichtingId") UUID id, @PathParam("klantId") UUID klantId,
                                      @Valid @NotNull(message = "body is verplicht") AanwezigheidRequest request) {
        Voorlichting v = bestaand(id);
        Deelname deelname = Deelname.<Deelname>find("sleutel.voorlichtingId = ?1 and klantId = ?2 order by uitgenodigdOp desc", id, klantId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Deelnemer"));
        Traject traject = Traject.findById(deelname.sleutel.trajectId);
        if (!alleDeelnemersZichtbaar(v) && !toegang.ecoachId().map(traject.ecoachId::equals).orElse(false)) {
            throw ProblemException.notFound("Deelnemer");
        }
        if (LocalDateTime.now(clock).isBefore(v.datum.atTime(v.begintijd))) {
            throw ProblemException.conflict("De voorlichting is nog niet begonnen.");
        }
        boolean eerderAfwezig = Boolean.FALSE.equals(deelname.aanwezig);
        deelname.aanwezig = request.aanwezig();
        deelname.geregistreerdOp = OffsetDateTime.now(clock);
        outbox.append(TrajectEvents.TOPIC, klantId.toString(), events.create(TrajectEvents.AANWEZIGHEID_GEREGISTREERD, klantId,
                new TrajectEvents.AanwezigheidGeregistreerd(klantId, traject.id, id, request.aanwezig())));
        audit.record(AuditLog.Actie.WIJZIGEN, "deelname", id, klantId, "aanwezigheid voorlichting vastleggen");
        if (!request.aanwezig() && !eerderAfwezig && traject.actief() && id.equals(traject.voorlichtingId)) {
            // missed it: the next session with room (or, if none has room, the due work later)
            traject.voorlichtingId = null;
            service.plaats(traject);
        }
        return DeelnemerView.from(deelname);
    }

    private boolean alleDeelnemersZichtbaar(Voorlichting v) {
        return caller.is(Roles.BEHEER) || (v.ecoachId != null && toegang.ecoachId().map(v.ecoachId::equals).orElse(false));
    }

    private Voorlichting bestaand(UUID id) {
        return Optional.ofNullable(Voorlichting.<Voorlichting>findById(id)).orElseThrow(() -> ProblemException.notFound("Voorlichting"));
    }

    private VoorlichtingView view(Voorlichting v) {
        long deelnemers = service.bezetting(List.of(v.id)).getOrDefault(v.id, 0L);
        return new VoorlichtingView(v.id, v.datum, v.begintijd, v.eindtijd, v.locatie, v.onlineLink, v.capaciteit, deelnemers,
                v.uitzendbureauLijst(), v.ecoachId, v.automatisch);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
