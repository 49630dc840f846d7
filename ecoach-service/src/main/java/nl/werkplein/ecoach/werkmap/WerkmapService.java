package nl.werkplein.ecoach.werkmap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.mail.MailVerzoeken;
import nl.werkplein.ecoach.traject.Afsluitreden;
import nl.werkplein.ecoach.traject.Toegang;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectEvents;
import nl.werkplein.ecoach.traject.TrajectService;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The use cases of a client's Werkmap (domain.md 3.3): each owns its transaction, checks access
 * ({@link Toegang}: reads need a trajectory, changes a running one), writes the audit record and the event.
 */
@ApplicationScoped
public class WerkmapService {

    static final String WERKMAP = "Werkmap";

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    TrajectService trajecten;
    @Inject
    MailVerzoeken mail;
    @Inject
    ObjectMapper json;
    @Inject
    Toegang toegang;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** A job-application activity in a running trajectory; AANGENOMEN closes it (WERK). */
    @Transactional
    public ActiviteitResponse registreer(UUID klantId, ActiviteitRequest body) {
        if (body.datum().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("datum", "ligt in de toekomst");
        }
        Traject traject = toegang.actiefTraject(klantId, WERKMAP);
        Activiteit a = registreer(traject, body, caller.subject());
        audit.record(AuditLog.Actie.AANMAKEN, "activiteit", a.id, klantId, "sollicitatieactiviteit registreren");
        return ActiviteitResponse.from(a);
    }

    @Transactional
    public Page<ActiviteitResponse> activiteiten(UUID klantId, PageRequest paging) {
        Traject traject = toegang.traject(klantId, WERKMAP);
        Page<ActiviteitResponse> activiteiten = new Zoekopdracht().verplicht("klantId", klantId)
                .pagina(Activiteit.class, "datum desc, geregistreerdOp desc", paging, ActiviteitResponse::from);
        audit.record(AuditLog.Actie.RAADPLEGEN, "activiteit", traject.id, klantId, "sollicitatieactiviteiten inzien");
        return activiteiten;
    }

    private Activiteit registreer(Traject traject, ActiviteitRequest body, String door) {
        Activiteit a = new Activiteit();
        a.id = UUID.randomUUID();
        a.klantId = traject.klantId;
        a.trajectId = traject.id;
        a.datum = body.datum();
        a.werkgever = body.werkgever().trim();
        a.functie = body.functie().trim();
        a.kanaal = body.kanaal();
        a.resultaat = body.resultaat();
        a.toelichting = body.toelichting();
        a.geregistreerdOp = OffsetDateTime.now(clock);
        a.door = door;
        a.persist();
        outbox.append(TrajectEvents.TOPIC, a.klantId.toString(), events.create(TrajectEvents.ACTIVITEIT_GEREGISTREERD, a.klantId,
                new TrajectEvents.ActiviteitGeregistreerd(a.klantId, traject.id, a.id, a.datum, a.kanaal.name(), a.resultaat.name())));
        if (a.resultaat == Resultaat.AANGENOMEN) {
            // found work: the intended outcome of e-coaching
            trajecten.sluit(traject, Afsluitreden.WERK);
        }
        return a;
    }

    @Transactional
    public CvResponse cv(UUID klantId) {
        toegang.traject(klantId, WERKMAP);
        Cv cv = Cv.findById(klantId);
        if (cv == null) {
            throw ProblemException.notFound("Cv");
        }
        audit.record(AuditLog.Actie.RAADPLEGEN, "cv", klantId, klantId, "cv inzien");
        return CvResponse.from(cv);
    }

    /** Only the client writes their CV, and only while the trajectory runs. */
    @Transactional
    public CvResponse bewaarCv(UUID klantId, String tekst) {
        toegang.actiefTraject(klantId, WERKMAP);
        Cv cv = Cv.findById(klantId);
        if (cv == null) {
            cv = new Cv();
            cv.klantId = klantId;
            cv.tekst = tekst;
            cv.gewijzigdOp = OffsetDateTime.now(clock);
            cv.persist();
        } else {
            cv.tekst = tekst;
            cv.gewijzigdOp = OffsetDateTime.now(clock);
        }
        audit.record(AuditLog.Actie.WIJZIGEN, "cv", klantId, klantId, "cv bewaren");
        return CvResponse.from(cv);
    }

    /** Stores the profile and publishes profiel-gewijzigd exactly as docs/events.md gives it (employer-service matches on it). */
    @Transactional
    public ProfielResponse bewaarProfiel(UUID klantId, ProfielRequest invoer) {
        toegang.actiefTraject(klantId, WERKMAP);
        ProfielResponse profiel = normaliseer(invoer);
        Profiel p = Profiel.findById(klantId);
        String inhoud = schrijf(profiel);
        if (p == null) {
            p = new Profiel();
            p.klantId = klantId;
            p.inhoud = inhoud;
            p.gewijzigdOp = OffsetDateTime.now(clock);
            p.persist();
        } else {
            p.inhoud = inhoud;
            p.gewijzigdOp = OffsetDateTime.now(clock);
        }
        outbox.append(TrajectEvents.TOPIC, klantId.toString(), events.create(TrajectEvents.PROFIEL_GEWIJZIGD, klantId,
                new TrajectEvents.ProfielGewijzigd(klantId, profiel.beroepscodes(), profiel.wensen(), profiel.urenPerWeek(), profiel.werkregio(),
                        profiel.opleidingsniveau(), profiel.ervaring(), profiel.vaardigheden(), profiel.beschikbaarPer())));
        audit.record(AuditLog.Actie.WIJZIGEN, "profiel", klantId, klantId, "profiel bewaren");
        return profiel;
    }

    @Transactional
    public ProfielResponse profiel(UUID klantId) {
        toegang.traject(klantId, WERKMAP);
        Profiel p = Profiel.findById(klantId);
        if (p == null) {
            throw ProblemException.notFound("Profiel");
        }
        audit.record(AuditLog.Actie.RAADPLEGEN, "profiel", klantId, klantId, "profiel inzien");
        return leesProfiel(p);
    }

    private ProfielResponse leesProfiel(Profiel p) {
        try {
            return json.readValue(p.inhoud, ProfielResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profile of " + p.klantId + " unreadable", e);
        }
    }

    /** A message in the one thread between the client and the e-coach, from whichever of the two sends it. */
    @Transactional
    public BerichtResponse stuur(UUID klantId, String tekst) {
        toegang.actiefTraject(klantId, WERKMAP);
        Bericht.Van van = caller.is(Roles.KLANT) ? Bericht.Van.KLANT : Bericht.Van.ECOACH;
        Bericht b = plaatsBericht(klantId, van, caller.subject(), tekst);
        audit.record(AuditLog.Actie.AANMAKEN, "bericht", b.id, klantId, "bericht sturen");
        return BerichtResponse.from(b);
    }

    @Transactional
    public Page<BerichtResponse> berichten(UUID klantId, PageRequest paging) {
        toegang.traject(klantId, WERKMAP);
        Page<BerichtResponse> berichten = new Zoekopdracht().verplicht("klantId", klantId)
                .pagina(Bericht.class, "verzondenOp, id", paging, BerichtResponse::from);
        audit.record(AuditLog.Actie.RAADPLEGEN, "bericht", klantId, klantId, "berichten inzien");
        return berichten;
    }

    private Bericht plaatsBericht(UUID klantId, Bericht.Van van, String afzender, String tekst) {
        Bericht b = new Bericht();
        b.id = UUID.randomUUID();
        b.klantId = klantId;
        b.van = van;
        b.afzender = afzender;
        b.tekst = tekst;
        b.verzondenOp = OffsetDateTime.now(clock);
        b.persist();
        if (van == Bericht.Van.ECOACH) {
            // the content stays in the Werkmap; the mail only says there is something to read
            mail.verzoek(klantId, "Nieuw bericht van uw e-coach", "Uw e-coach heeft u een bericht gestuurd. U leest het in uw Werkmap.");
        }
        return b;
    }

    private static ProfielResponse normaliseer(ProfielRequest p) {
        return new ProfielResponse(
                p.wensen() == null ? null : p.wensen().trim(),
                p.beroepscodes() == null ? List.of() : p.beroepscodes().stream().distinct().toList(),
                p.urenPerWeek(),
                p.werkregio() == null ? List.of() : p.werkregio().stream().distinct().toList(),
                p.opleidingsniveau(),
                p.ervaring() == null ? List.of() : p.ervaring(),
                p.vaardigheden() == null ? List.of() : p.vaardigheden().stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).distinct().toList(),
                p.beschikbaarPer());
    }

    private String schrijf(ProfielResponse profiel) {
        try {
            return json.writeValueAsString(profiel);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write profile", e);
        }
    }
}
