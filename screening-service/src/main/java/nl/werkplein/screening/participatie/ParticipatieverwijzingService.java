package nl.werkplein.screening.participatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.screening.indeling.IndelingEvents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Participation referrals after they were made: the staff lists, the worklist, a consulent's referral by
 * hand, the organisation's acknowledgement. Every item read is audited.
 */
@ApplicationScoped
public class ParticipatieverwijzingService {

    static final String ONBEKENDE_ORGANISATIE = "onbekende organisatie (zie GET /participatieverwijzingen/organisaties)";

    @Inject
    WijkRepository wijken;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** One organisation's list (or all), newest first; {@code organisatieCode} and {@code status} were checked by the caller. */
    @Transactional
    public Page<Participatieverwijzing> lijst(String organisatieCode, Participatieverwijzing.Status status, PageRequest paging) {
        Page<Participatieverwijzing> gevonden = new Zoekopdracht().eq("organisatieCode", organisatieCode).eq("status", status)
                .pagina(Participatieverwijzing.class, "aangemaaktOp desc, id", paging, v -> v);
        gevonden.items().forEach(v -> audit.record(AuditLog.Actie.RAADPLEGEN, "verwijzing", v.id, v.klantId,
                "verwijzingen inzien" + (organisatieCode == null ? "" : " van " + organisatieCode)));
        return gevonden;
    }

    /** The referrals whose wijk is unknown, oldest first. */
    @Transactional
    public Page<Participatieverwijzing> werklijst(PageRequest paging) {
        Page<Participatieverwijzing> gevonden = new Zoekopdracht().verplicht("status", Participatieverwijzing.Status.WERKLIJST)
                .pagina(Participatieverwijzing.class, "aangemaaktOp, id", paging, v -> v);
        gevonden.items().forEach(v -> audit.record(AuditLog.Actie.RAADPLEGEN, "verwijzing", v.id, v.klantId, "werklijst participatie inzien"));
        return gevonden;
    }

    @Transactional
    public Participatieverwijzing raadpleeg(UUID id) {
        Participatieverwijzing v = vind(id);
        audit.record(AuditLog.Actie.RAADPLEGEN, "verwijzing", v.id, v.klantId, "verwijzing inzien");
        return v;
    }

    /** A consulent refers a worklist referral to an organisation (the wijk was unknown); only from the worklist. */
    @Transactional
    public Participatieverwijzing verwijs(UUID id, String organisatieCode, String wijk) {
        String code = organisatieCode.strip();
        String naam = wijken.organisatieNaam(code).orElseThrow(() -> ProblemException.invalid("organisatie", ONBEKENDE_ORGANISATIE));
        String schoneWijk = wijk == null || wijk.isBlank() ? null : wijk.strip();
        if (schoneWijk != null && !wijken.bestaandeWijk(schoneWijk)) {
            throw ProblemException.invalid("wijk", "onbekende wijk (zie GET /wijken)");
        }
        Participatieverwijzing v = vind(id);
        v.verwijs(code, naam, schoneWijk, caller.subject(), OffsetDateTime.now(clock));
        outbox.append(IndelingEvents.TOPIC, v.klantId.toString(), events.create(ParticipatieEvents.VERWEZEN, v.klantId,
                ParticipatieEvents.Verwezen.van(v, "CONSULENT")));
        audit.record(AuditLog.Actie.WIJZIGEN, "verwijzing", v.id, v.klantId, "verwijzing van de werklijst naar " + code);
        return v;
    }

    /** The organisation acknowledges receipt; again changes nothing; a referral still on the worklist has no organisation yet (409). */
    @Transactional
    public Participatieverwijzing bevestig(UUID id, String opmerking) {
        Participatieverwijzing v = vind(id);
        if (v.bevestig(caller.subject(), opmerking, OffsetDateTime.now(clock))) {
            outbox.append(IndelingEvents.TOPIC, v.klantId.toString(), events.create(ParticipatieEvents.ONTVANGEN, v.klantId,
                    ParticipatieEvents.Ontvangen.van(v)));
            audit.record(AuditLog.Actie.WIJZIGEN, "verwijzing", v.id, v.klantId, "ontvangst bevestigd door " + v.organisatieCode);
        }
        return v;
    }

    private Participatieverwijzing vind(UUID id) {
        Participatieverwijzing v = Participatieverwijzing.findById(id);
        if (v == null) {
            throw ProblemException.notFound("Participatieverwijzing");
        }
        return v;
    }
}
