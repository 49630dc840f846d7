package nl.werkplein.screening.participatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.screening.indeling.IndelingEvents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Participation referrals after they were made: the worklist, a consulent's referral by hand, the organisation's acknowledgement. */
@ApplicationScoped
public class ParticipatieverwijzingService {

    public static final String ONTVANGEN = "nl.werkplein.screening.participatie-ontvangen";

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Ontvangen(UUID klantId, UUID verwijzingId, String organisatieCode, String organisatie, String vorm, OffsetDateTime ontvangenOp) {
    }

    @Inject
    EntityManager em;
    @Inject
    ParticipatieService participatie;
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

    public boolean bestaandeOrganisatie(String code) {
        return !em.createNativeQuery("SELECT 1 FROM participatie_organisatie WHERE code = ?1").setParameter(1, code).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Participatieverwijzing vind(UUID id) {
        Participatieverwijzing v = Participatieverwijzing.findById(id);
        if (v == null) {
            throw ProblemException.notFound("Participatieverwijzing");
        }
        return v;
    }

    /** A consulent refers a worklist referral to an organisation (the wijk was unknown); only from the worklist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Participatieverwijzing verwijs(Participatieverwijzing v, String organisatieCode, String wijk) {
        if (v.status != Participatieverwijzing.Status.WERKLIJST) {
            throw ProblemException.conflict("De verwijzing heeft status " + v.status + " (bij " + v.organisatie + "); alleen een verwijzing op de werklijst wordt met de hand verwezen.");
        }
        OffsetDateTime nu = OffsetDateTime.now(clock);
        v.organisatieCode = organisatieCode;
        v.organisatie = participatie.organisatieNaam(organisatieCode);
        if (wijk != null) {
            v.wijk = wijk;
        }
        v.status = Participatieverwijzing.Status.VERWEZEN;
        v.verwezenOp = nu;
        v.verwezenDoor = caller.subject();
        outbox.append(IndelingEvents.TOPIC, v.klantId.toString(), events.create(ParticipatieService.VERWEZEN, v.klantId,
                new ParticipatieService.Verwezen(v.klantId, v.vorm, v.wijk, v.organisatie, v.id, v.organisatieCode, v.status, "CONSULENT")));
        audit.record(AuditLog.Actie.WIJZIGEN, "verwijzing", v.id, v.klantId, "verwijzing van de werklijst naar " + organisatieCode);
        return v;
    }

    /** The organisation acknowledges receipt; again changes nothing; a referral still on the worklist has no organisation yet (409). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Participatieverwijzing bevestig(Participatieverwijzing v, String opmerking) {
        switch (v.status) {
            case ONTVANGEN -> {
                return v;
            }
            case WERKLIJST -> throw ProblemException.conflict("De verwijzing heeft status WERKLIJST: er is nog geen organisatie die haar kan ontvangen.");
            case VERWEZEN -> {
                v.status = Participatieverwijzing.Status.ONTVANGEN;
                v.ontvangenOp = OffsetDateTime.now(clock);
                v.ontvangenDoor = caller.subject();
                v.ontvangstOpmerking = opmerking;
                outbox.append(IndelingEvents.TOPIC, v.klantId.toString(), events.create(ONTVANGEN, v.klantId,
                        new Ontvangen(v.klantId, v.id, v.organisatieCode, v.organisatie, v.vorm, v.ontvangenOp)));
                audit.record(AuditLog.Actie.WIJZIGEN, "verwijzing", v.id, v.klantId, "ontvangst bevestigd door " + v.organisatieCode);
                return v;
            }
        }
        throw new IllegalStateException();
    }

    /** Beheer's CSV of postcode-4 areas per wijk: the accepted rows are applied (an area moves to its new wijk). */
    @Transactional
    public PostcodeCsv.Resultaat importeer(String csv) {
        @SuppressWarnings("unchecked")
        List<String> wijken = em.createNativeQuery("SELECT naam FROM wijk").getResultList();
        PostcodeCsv.Resultaat resultaat = PostcodeCsv.lees(csv, new HashSet<>(wijken));
        if (resultaat.kopfout() != null) {
            throw ProblemException.invalid("body", resultaat.kopfout());
        }
        for (Map.Entry<String, String> e : resultaat.geaccepteerd().entrySet()) {
            em.createNativeQuery("""
                            INSERT INTO wijk_postcode (postcode4, wijk) VALUES (?1, ?2)
                            ON CONFLICT (postcode4) DO UPDATE SET wijk = excluded.wijk""")
                    .setParameter(1, e.getKey()).setParameter(2, e.getValue()).executeUpdate();
        }
        return resultaat;
    }

    public Set<String> organisatieCodes() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT code FROM participatie_organisatie").getResultList();
        return Set.copyOf(codes);
    }
}
