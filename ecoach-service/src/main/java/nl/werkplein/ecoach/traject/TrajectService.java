package nl.werkplein.ecoach.traject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.ecoach.Toewijzing;
import nl.werkplein.ecoach.klant.Klant;
import nl.werkplein.ecoach.mail.MailVerzoeken;
import nl.werkplein.ecoach.voorlichting.Deelname;
import nl.werkplein.ecoach.voorlichting.Voorlichting;
import nl.werkplein.ecoach.voorlichting.VoorlichtingService;
import nl.werkplein.ecoach.workshop.WorkshopService;
import nl.werkplein.ecoach.workshop.Workshopverwijzing;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The life of a trajectory: start, evaluation, escalation, end. Every change publishes its event; the
 * use cases of the API own their transaction, check access ({@link Toegang}) and write the audit record.
 */
@ApplicationScoped
public class TrajectService {

    public static final String SYSTEEM = "ecoach-service";
    static final String TRAJECT = "Traject";

    @Inject
    Toewijzing toewijzing;
    @Inject
    VoorlichtingService voorlichtingen;
    @Inject
    EvaluatieConfig evaluatieConfig;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    MailVerzoeken mail;
    @Inject
    WorkshopService workshops;
    @Inject
    AuditLog audit;
    @Inject
    Toegang toegang;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** The client's current trajectory, as the caller may see it (audited read). */
    @Transactional
    public TrajectResponse raadplegen(UUID klantId) {
        Traject traject = toegang.traject(klantId, TRAJECT);
        audit.record(AuditLog.Actie.RAADPLEGEN, "traject", traject.id, klantId, "traject inzien");
        return antwoord(traject);
    }

    /** Every trajectory of the client, the current first (audited read). */
    @Transactional
    public List<TrajectResponse> historie(UUID klantId) {
        Traject huidig = toegang.traject(klantId, TRAJECT);
        audit.record(AuditLog.Actie.RAADPLEGEN, "traject", huidig.id, klantId, "trajecten inzien");
        return Traject.allesVan(klantId).stream().map(this::antwoord).toList();
    }

    /** The e-coach records the evaluation of their client's running trajectory. */
    @Transactional
    public EvaluatieResponse evalueer(UUID klantId, EvaluatieRequest request) {
        if (request.uitkomst() == EvaluatieUitkomst.WORKSHOP && request.workshop() == null) {
            throw ProblemException.invalid("workshop", "is verplicht bij uitkomst WORKSHOP");
        }
        if (request.uitkomst() != EvaluatieUitkomst.WORKSHOP && request.workshop() != null) {
            throw ProblemException.invalid("workshop", "alleen bij uitkomst WORKSHOP");
        }
        Traject traject = toegang.actiefTraject(klantId, TRAJECT);
        Evaluatie evaluatie = evalueer(traject, request.uitkomst(), request.workshop(), request.toelichting(), caller.subject());
        audit.record(AuditLog.Actie.AANMAKEN, "evaluatie", evaluatie.id, klantId, "evaluatie vastleggen");
        return EvaluatieResponse.from(evaluatie);
    }

    /** The evaluations of all the client's trajectories, newest first (audited read). */
    @Transactional
    public List<EvaluatieResponse> evaluaties(UUID klantId) {
        Traject traject = toegang.traject(klantId, TRAJECT);
        audit.record(AuditLog.Actie.RAADPLEGEN, "evaluatie", traject.id, klantId, "evaluaties inzien");
        return Evaluatie.vanKlant(klantId).stream().map(EvaluatieResponse::from).toList();
    }

    /** The e-coach escalates their client: screening decides anew, the trajectory closes (ESCALATIE). */
    @Transactional
    public TrajectResponse escaleer(UUID klantId, String reden) {
        Traject traject = toegang.actiefTraject(klantId, TRAJECT);
        escaleer(traject, reden);
        audit.record(AuditLog.Actie.WIJZIGEN, "traject", traject.id, klantId, "klant escaleren");
        return antwoord(traject);
    }

    /** The e-coach or beheer closes the trajectory because the client found work; other reasons follow from events. */
    @Transactional
    public TrajectResponse afsluiten(UUID klantId, Afsluitreden reden) {
        if (reden != Afsluitreden.WERK) {
            throw ProblemException.invalid("reden", "alleen WERK; de andere redenen volgen uit de lijn, de uitstroom of een escalatie");
        }
        Traject traject = toegang.actiefTraject(klantId, TRAJECT);
        sluit(traject, Afsluitreden.WERK);
        audit.record(AuditLog.Actie.WIJZIGEN, "traject", traject.id, klantId, "traject afsluiten: werk");
        return antwoord(traject);
    }

    /** The response: the trajectory with its voorlichting and whether the client attended. */
    TrajectResponse antwoord(Traject t) {
        TrajectVoorlichtingResponse voorlichting = null;
        if (t.voorlichtingId != null) {
            Voorlichting v = Voorlichting.findById(t.voorlichtingId);
            Deelname d = Deelname.findById(new Deelname.Sleutel(t.voorlichtingId, t.id));
            voorlichting = new TrajectVoorlichtingResponse(v.id, v.datum, v.begintijd, v.locatie, v.onlineLink,
                    d == null ? null : d.aanwezig);
        }
        return TrajectResponse.from(t, voorlichting);
    }

    /** A zelfdoener starts without any human step: an e-coach by the caseload rule, a voorlichting with room. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Traject start(Klant klant, OffsetDateTime doorgeleidOp) {
        Traject traject = Traject.start(klant.klantId, klant.aanvraagId, toewijzing.kiesEcoach(), doorgeleidOp,
                OffsetDateTime.now(clock), evaluatieConfig.na());
        traject.persist();
        Voorlichting voorlichting = voorlichtingen.plaats(traject).orElse(null);
        outbox.append(TrajectEvents.TOPIC, klant.klantId.toString(), events.create(TrajectEvents.GESTART, klant.klantId,
                new TrajectEvents.Gestart(klant.klantId, traject.id, traject.ecoachId, traject.startdatum,
                        traject.evaluatieGeplandOp, voorlichting == null ? null : voorlichting.datum)));
        audit.recordBySystem(SYSTEEM, AuditLog.Actie.AANMAKEN, "traject", traject.id, klant.klantId, "zelfdoener doorgeleid");
        return traject;
    }

    /** Closes a running trajectory (events, due work, the API); one already closed stays as it is (closed once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sluit(Traject traject, Afsluitreden reden) {
        if (!traject.actief()) {
            return;
        }
        traject.sluit(reden, OffsetDateTime.now(clock));
        voorlichtingen.geefPlaatsVrij(traject);
        workshops.vervalOpen(traject);
        outbox.append(TrajectEvents.TOPIC, traject.klantId.toString(), events.create(TrajectEvents.AFGESLOTEN, traject.klantId,
                new TrajectEvents.Afgesloten(traject.klantId, traject.id, reden)));
    }

    /** The e-coach escalates (at the evaluation or any time): screening decides anew; e-coaching ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escaleer(Traject traject, String reden) {
        outbox.append(TrajectEvents.TOPIC, traject.klantId.toString(), events.create(TrajectEvents.GEESCALEERD, traject.klantId,
                new TrajectEvents.Geescaleerd(traject.klantId, traject.id, reden)));
        sluit(traject, Afsluitreden.ESCALATIE);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluatie evalueer(Traject traject, EvaluatieUitkomst uitkomst, Workshop workshop, String toelichting, String door) {
        Evaluatie evaluatie = new Evaluatie();
        evaluatie.id = UUID.randomUUID();
        evaluatie.trajectId = traject.id;
        evaluatie.klantId = traject.klantId;
        evaluatie.uitkomst = uitkomst;
        evaluatie.workshop = uitkomst == EvaluatieUitkomst.WORKSHOP ? workshop : null;
        evaluatie.toelichting = toelichting;
        evaluatie.door = door;
        evaluatie.uitgevoerdOp = OffsetDateTime.now(clock);
        evaluatie.persist();
        outbox.append(TrajectEvents.TOPIC, traject.klantId.toString(), events.create(TrajectEvents.EVALUATIE_UITGEVOERD,
                traject.klantId, new TrajectEvents.EvaluatieUitgevoerd(traject.klantId, traject.id, uitkomst, evaluatie.workshop)));
        switch (uitkomst) {
            case ESCALEREN -> escaleer(traject, toelichting != null ? toelichting : "uitkomst van de evaluatie");
            case WORKSHOP, VOORTZETTEN -> {
                // e-coaching goes on; the next evaluation follows after the same period
                traject.evaluatieVoortgezet(LocalDate.now(clock), evaluatieConfig.na());
                if (uitkomst == EvaluatieUitkomst.WORKSHOP) {
                    // the partner sees the referral (GET /partners/{partnerId}/workshopverwijzingen) under its reference only
                    Workshopverwijzing verwijzing = workshops.verwijs(traject, evaluatie);
                    mail.verzoek(traject.klantId, "Verwijzing naar een workshop",
                            workshopTekst(workshop, workshops.partnerNaam(), verwijzing.referentie));
                }
            }
        }
        return evaluatie;
    }

    static String workshopTekst(Workshop workshop, String partner, String referentie) {
        String onderwerp = switch (workshop) {
            case PRESENTATIE -> "presentatie (hoe u zich presenteert bij een werkgever)";
            case CV -> "cv (een cv dat werkgevers aanspreekt)";
            case ZOEKGEDRAG -> "zoekgedrag (waar en hoe u vacatures vindt)";
        };
        // the partner has no contact details of the client (no consent to share them is recorded): the client
        // signs up with the reference, which is all the partner knows of them
        return "Uw e-coach verwijst u naar de workshop " + onderwerp + ", gegeven door " + partner + ".\n\n"
                + "Meld u bij " + partner + " aan voor een datum en noem daarbij uw verwijzingsnummer " + referentie + ".\n"
                + "Vragen? Stuur uw e-coach een bericht in uw Werkmap.";
    }
}
