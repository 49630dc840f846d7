package nl.werkplein.ecoach.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.traject.Evaluatie;
import nl.werkplein.ecoach.traject.Toegang;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectEvents;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Workshop referrals (domain.md 3.5): made by an evaluation, read and answered by the partner, shown in
 * the trajectory. The partner sees only its own referrals; every read of one is audited.
 */
@ApplicationScoped
public class WorkshopService {

    @Inject
    WorkshopConfig config;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    Toegang toegang;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** The evaluation with uitkomst WORKSHOP refers the client to the configured partner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workshopverwijzing verwijs(Traject traject, Evaluatie evaluatie) {
        Workshopverwijzing v = Workshopverwijzing.open(config.partner(), traject.klantId, traject.id, evaluatie.id,
                evaluatie.workshop, OffsetDateTime.now(clock));
        v.persist();
        return v;
    }

    /** A trajectory that ends takes its open referrals with it: the partner should not invite the client any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vervalOpen(Traject traject) {
        Workshopverwijzing.openVanTraject(traject.id).forEach(Workshopverwijzing::vervalt);
    }

    /** The partner's referrals, newest first, optionally of one status (each one an audited read). */
    @Transactional
    public Page<WorkshopverwijzingResponse> lijst(String partnerId, WorkshopStatus status, PageRequest paging) {
        eigenPartner(partnerId);
        Page<Workshopverwijzing> gevonden = new Zoekopdracht().verplicht("partnerId", partnerId).eq("status", status)
                .pagina(Workshopverwijzing.class, "verwezenOp desc, id", paging, v -> v);
        // the partner reads referrals about clients: each one is an audited read
        gevonden.items().forEach(v -> audit.record(AuditLog.Actie.RAADPLEGEN, "workshopverwijzing", v.id, v.klantId,
                "partner " + partnerId + ": workshopverwijzingen inzien"));
        return gevonden.map(WorkshopverwijzingResponse::from);
    }

    @Transactional
    public WorkshopverwijzingResponse een(String partnerId, String id) {
        eigenPartner(partnerId);
        Workshopverwijzing v = vind(partnerId, id);
        audit.record(AuditLog.Actie.RAADPLEGEN, "workshopverwijzing", v.id, v.klantId, "partner " + partnerId + ": workshopverwijzing inzien");
        return WorkshopverwijzingResponse.from(v);
    }

    /** The partner reports attendance once; the same report again is a retry and changes nothing. */
    @Transactional
    public WorkshopverwijzingResponse meld(String partnerId, String id, WorkshopStatus gemeld) {
        eigenPartner(partnerId);
        if (!Aanwezigheidsmelding.meldbaar(gemeld)) {
            throw ProblemException.invalid("status", "moet AANWEZIG of AFWEZIG zijn");
        }
        Workshopverwijzing v = vind(partnerId, id);
        if (v.meld(gemeld, OffsetDateTime.now(clock))) {
            outbox.append(TrajectEvents.TOPIC, v.klantId.toString(), events.create(TrajectEvents.WORKSHOP_AANWEZIGHEID_GEMELD, v.klantId,
                    new TrajectEvents.WorkshopAanwezigheidGemeld(v.klantId, v.trajectId, v.id, v.partnerId, v.onderwerp,
                            gemeld == WorkshopStatus.AANWEZIG)));
            audit.record(AuditLog.Actie.WIJZIGEN, "workshopverwijzing", v.id, v.klantId, "partner " + partnerId + ": aanwezigheid " + gemeld);
        }
        return WorkshopverwijzingResponse.from(v);
    }

    /** The referrals of all the client's trajectories, newest first, for the client, their e-coach or beheer (audited). */
    @Transactional
    public List<TrajectWorkshopResponse> vanKlant(UUID klantId) {
        Traject traject = toegang.traject(klantId, "Traject");
        audit.record(AuditLog.Actie.RAADPLEGEN, "workshopverwijzing", traject.id, klantId, "workshops inzien");
        return Workshopverwijzing.vanKlant(klantId).stream().map(TrajectWorkshopResponse::from).toList();
    }

    public String partnerNaam() {
        return config.partnerNaam();
    }

    private void eigenPartner(String partnerId) {
        if (!partnerId.equals(caller.subject())) {
            throw ProblemException.forbidden("Een partner ziet alleen zijn eigen workshopverwijzingen.");
        }
    }

    /** Another partner's referral answers 404 like an unknown one: its existence does not leak. */
    private static Workshopverwijzing vind(String partnerId, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Workshopverwijzing");
        }
        Workshopverwijzing v = Workshopverwijzing.findById(uuid);
        if (v == null || !v.partnerId.equals(partnerId)) {
            throw ProblemException.notFound("Workshopverwijzing");
        }
        return v;
    }
}
