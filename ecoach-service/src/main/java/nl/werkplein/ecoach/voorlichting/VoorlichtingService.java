package nl.werkplein.ecoach.voorlichting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.mail.MailVerzoeken;
import nl.werkplein.ecoach.traject.Toegang;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectEvents;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The collective voorlichting (domain.md 3.1): planning sessions, invitations to the next session that
 * has room, the participants and their attendance. The API use cases own their transaction and audit.
 */
@ApplicationScoped
public class VoorlichtingService {

    @Inject
    VoorlichtingRepository repository;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    MailVerzoeken mail;
    @Inject
    Toegang toegang;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    /** An e-coach or beheer plans a session; clients who wait for one with room are invited at once. */
    @Transactional
    public VoorlichtingResponse plan(VoorlichtingRequest request) {
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
        plaatsWachtenden(v.capaciteit);
        return view(v);
    }

    /** Sessions by date, from {@code vanaf} (default today). */
    @Transactional
    public Page<VoorlichtingResponse> lijst(LocalDate vanaf, PageRequest paging) {
        LocalDate van = vanaf != null ? vanaf : LocalDate.now(clock);
        return new Zoekopdracht().van("datum", van).pagina(Voorlichting.class, "datum, begintijd, id", paging, this::view);
    }

    @Transactional
    public VoorlichtingResponse een(UUID id) {
        return view(bestaand(id));
    }

    /** The participants the caller may see: all for the planner and beheer, else those of their own caseload (audited). */
    @Transactional
    public Page<DeelnemerResponse> deelnemers(UUID id, PageRequest paging) {
        Voorlichting v = bestaand(id);
        Zoekopdracht zoek = new Zoekopdracht().verplicht("sleutel.voorlichtingId", id);
        if (!alleDeelnemersZichtbaar(v)) {
            // always added: without an e-coach id (null) this matches no one
            zoek.waar("sleutel.trajectId in (select t.id from Traject t where t.ecoachId = :ecoach)", "ecoach",
                    toegang.ecoachId().orElse(null));
        }
        Page<Deelname> gevonden = zoek.pagina(Deelname.class, "uitgenodigdOp, klantId", paging, d -> d);
        gevonden.items().forEach(d -> audit.record(AuditLog.Actie.RAADPLEGEN, "deelname", id, d.klantId, "deelnemers voorlichting inzien"));
        return gevonden.map(DeelnemerResponse::from);
    }

    /** After the session began: was the client there? Who missed it is invited to the next session with room. */
    @Transactional
    public DeelnemerResponse aanwezigheid(UUID id, UUID klantId, boolean aanwezig) {
        Voorlichting v = bestaand(id);
        Deelname deelname = Deelname.laatsteVan(id, klantId).orElseThrow(() -> ProblemException.notFound("Deelnemer"));
        Traject traject = Traject.findById(deelname.sleutel.trajectId);
        if (!alleDeelnemersZichtbaar(v) && !toegang.ecoachId().map(traject.ecoachId::equals).orElse(false)) {
            throw ProblemException.notFound("Deelnemer");
        }
        if (LocalDateTime.now(clock).isBefore(v.datum.atTime(v.begintijd))) {
            throw ProblemException.conflict("De voorlichting is nog niet begonnen.");
        }
        boolean eerderAfwezig = deelname.registreerAanwezigheid(aanwezig, OffsetDateTime.now(clock));
        outbox.append(TrajectEvents.TOPIC, klantId.toString(), events.create(TrajectEvents.AANWEZIGHEID_GEREGISTREERD, klantId,
                new TrajectEvents.AanwezigheidGeregistreerd(klantId, traject.id, id, aanwezig)));
        audit.record(AuditLog.Actie.WIJZIGEN, "deelname", id, klantId, "aanwezigheid voorlichting vastleggen");
        if (!aanwezig && !eerderAfwezig && traject.actief() && id.equals(traject.voorlichtingId)) {
            // missed it: the next session with room (or, if none has room, the due work later)
            traject.voorlichtingId = null;
            plaats(traject);
        }
        return DeelnemerResponse.from(deelname);
    }

    private boolean alleDeelnemersZichtbaar(Voorlichting v) {
        return caller.is(Roles.BEHEER) || (v.ecoachId != null && toegang.ecoachId().map(v.ecoachId::equals).orElse(false));
    }

    private Voorlichting bestaand(UUID id) {
        return Optional.ofNullable(Voorlichting.<Voorlichting>findById(id)).orElseThrow(() -> ProblemException.notFound("Voorlichting"));
    }

    private VoorlichtingResponse view(Voorlichting v) {
        long deelnemers = repository.bezetting(List.of(v.id)).getOrDefault(v.id, 0L);
        return new VoorlichtingResponse(v.id, v.datum, v.begintijd, v.eindtijd, v.locatie, v.onlineLink, v.capaciteit,
                deelnemers, v.uitzendbureauLijst(), v.ecoachId, v.automatisch);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Invites the client to the first upcoming session with room; a full session pushes them to the
     * next. Empty when none has room: the client waits for due work or a newly planned session.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Voorlichting> plaats(Traject traject) {
        LocalDateTime nu = LocalDateTime.now(clock);
        // Locking the upcoming sessions makes two placements at once see each other's seats.
        List<Voorlichting> komend = repository.komendVergrendeld(nu);
        if (komend.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Long> bezet = repository.bezetting(komend.stream().map(v -> v.id).toList());
        for (Voorlichting v : komend) {
            if (bezet.getOrDefault(v.id, 0L) < v.capaciteit) {
                nodigUit(traject, v);
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private void nodigUit(Traject traject, Voorlichting v) {
        Deelname deelname = new Deelname();
        deelname.sleutel = new Deelname.Sleutel(v.id, traject.id);
        deelname.klantId = traject.klantId;
        deelname.uitgenodigdOp = OffsetDateTime.now(clock);
        deelname.persist();
        traject.voorlichtingId = v.id;
        outbox.append(TrajectEvents.TOPIC, traject.klantId.toString(), events.create(TrajectEvents.VOORLICHTING_UITGENODIGD,
                traject.klantId, new TrajectEvents.VoorlichtingUitgenodigd(traject.klantId, traject.id, v.id, v.datum)));
        mail.verzoek(traject.klantId, "Uitnodiging collectieve voorlichting", uitnodiging(v));
    }

    /** The invitation: date, time, place or link and the temp agencies; nothing about the client. */
    static String uitnodiging(Voorlichting v) {
        StringBuilder tekst = new StringBuilder()
                .append("U bent uitgenodigd voor de collectieve voorlichting van de e-coaches van Werk & Participatie.\n\n")
                .append("Datum: ").append(MailVerzoeken.datum(v.datum)).append('\n')
                .append("Tijd: ").append(v.begintijd).append(" - ").append(v.eindtijd).append(" uur\n");
        if (v.locatie != null) {
            tekst.append("Plaats: ").append(v.locatie).append('\n');
        }
        if (v.onlineLink != null) {
            tekst.append("Online: ").append(v.onlineLink).append('\n');
        }
        if (!v.uitzendbureauLijst().isEmpty()) {
            tekst.append("Uitzendbureaus die meedoen: ").append(String.join(", ", v.uitzendbureauLijst())).append('\n');
        }
        tekst.append("\nU hoort in deze voorlichting hoe de e-coach u helpt bij het vinden van werk en hoe u de Werkmap gebruikt.");
        return tekst.toString();
    }

    /** Places waiting clients (oldest first) in upcoming sessions with room; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int plaatsWachtenden(int max) {
        List<Traject> wachtend = repository.wachtendeTrajecten(max);
        int geplaatst = 0;
        for (Traject t : wachtend) {
            if (plaats(t).isEmpty()) {
                break; // no session has room for anyone
            }
            geplaatst++;
        }
        return geplaatst;
    }

    /** A closed trajectory gives back its seat in a session still to come. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void geefPlaatsVrij(Traject traject) {
        int vrij = repository.verwijderKomendeDeelnames(traject.id, LocalDate.now(clock));
        if (vrij > 0) {
            traject.voorlichtingId = null;
        }
    }
}
