package nl.werkplein.ecoach.traject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.ecoach.Toewijzing;
import nl.werkplein.ecoach.klant.Klant;
import nl.werkplein.ecoach.mail.MailVerzoeken;
import nl.werkplein.ecoach.voorlichting.Voorlichting;
import nl.werkplein.ecoach.voorlichting.VoorlichtingService;
import nl.werkplein.ecoach.workshop.WorkshopService;
import nl.werkplein.ecoach.workshop.Workshopverwijzing;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The life of a trajectory: start, evaluation, escalation, end. Every change publishes its event. */
@ApplicationScoped
public class TrajectService {

    public static final String SYSTEEM = "ecoach-service";

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
    Clock clock;

    /** A zelfdoener starts without any human step: an e-coach by the caseload rule, a voorlichting with room. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Traject start(Klant klant, OffsetDateTime doorgeleidOp) {
        Traject traject = new Traject();
        traject.id = UUID.randomUUID();
        traject.klantId = klant.klantId;
        traject.ecoachId = toewijzing.kiesEcoach();
        traject.status = TrajectStatus.ACTIEF;
        traject.startdatum = LocalDate.now(clock);
        traject.gestartOp = OffsetDateTime.now(clock);
        traject.doorgeleidOp = doorgeleidOp;
        traject.aanvraagId = klant.aanvraagId;
        traject.evaluatieGeplandOp = traject.startdatum.plus(evaluatieConfig.na());
        traject.evaluatieStatus = EvaluatieStatus.GEPLAND;
        traject.persist();
        Voorlichting voorlichting = voorlichtingen.plaats(traject).orElse(null);
        outbox.append(TrajectEvents.TOPIC, klant.klantId.toString(), events.create(TrajectEvents.GESTART, klant.klantId,
                new TrajectEvents.Gestart(klant.klantId, traject.id, traject.ecoachId, traject.startdatum,
                        traject.evaluatieGeplandOp, voorlichting == null ? null : voorlichting.datum)));
        audit.recordBySystem(SYSTEEM, AuditLog.Actie.AANMAKEN, "traject", traject.id, klant.klantId, "zelfdoener doorgeleid");
        return traject;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sluit(Traject traject, Afsluitreden reden) {
        if (!traject.actief()) {
            return;
        }
        traject.status = TrajectStatus.AFGESLOTEN;
        traject.afsluitreden = reden;
        traject.afgeslotenOp = OffsetDateTime.now(clock);
        // no evaluation is due for a closed trajectory (docs/events.md)
        traject.evaluatieStatus = EvaluatieStatus.VERVALLEN;
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
                traject.evaluatieGeplandOp = LocalDate.now(clock).plus(evaluatieConfig.na());
                traject.evaluatieStatus = EvaluatieStatus.GEPLAND;
                traject.evaluatieNodigOp = null;
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
