package nl.werkplein.ecoach.traject;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.ecoach.klant.Klant;
import nl.werkplein.ecoach.mail.MailVerzoeken;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.postgres.DueWork;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Due work of domain.md 3.4: on the evaluation date, a client still on a benefit has an evaluation
 * conversation with the e-coach (it shows in the caseload, the client is mailed). Any replica may run
 * it ({@link DueWork}): rows are taken FOR UPDATE SKIP LOCKED and change status in the same transaction.
 */
@ApplicationScoped
public class EvaluatiePlanner {

    private static final Logger LOG = Logger.getLogger(EvaluatiePlanner.class);

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    MailVerzoeken mail;

    @Scheduled(every = "${werkplein.ecoach.taken.interval:60s}", delayed = "${werkplein.ecoach.taken.vertraging:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void taak() {
        int totaal = DueWork.untilDone(100, this::markeerBatch);
        if (totaal > 0) {
            LOG.infof("%d evaluaties aan de beurt", totaal);
        }
    }

    /** Handles up to {@code max} trajectories whose evaluation date has come; returns how many. */
    public int markeerBatch(int max) {
        return DueWork.batch(() -> DueWork.pick(em, Traject.class, """
                SELECT * FROM traject
                 WHERE status = 'ACTIEF' AND evaluatie_status = 'GEPLAND' AND evaluatie_gepland_op <= ?1
                 ORDER BY evaluatie_gepland_op, id""", max, LocalDate.now(clock)), this::markeer);
    }

    private void markeer(Traject traject) {
        Klant klant = Klant.findById(traject.klantId);
        if (klant != null && Boolean.FALSE.equals(klant.opUitkering)) {
            // no longer on a benefit: nothing to evaluate (intake's departure closes the trajectory itself)
            traject.evaluatieVervalt();
            return;
        }
        traject.evaluatieNodig(OffsetDateTime.now(clock));
        outbox.append(TrajectEvents.TOPIC, traject.klantId.toString(), events.create(TrajectEvents.EVALUATIE_NODIG, traject.klantId,
                new TrajectEvents.EvaluatieNodig(traject.klantId, traject.id, traject.evaluatieGeplandOp)));
        mail.verzoek(traject.klantId, "Evaluatiegesprek met uw e-coach",
                "U krijgt nu enige tijd e-dienstverlening. Uw e-coach bespreekt met u hoe het zoeken naar werk gaat: "
                        + "nakomen van de afspraken, doorgaan met e-dienstverlening of meer ondersteuning.\n\n"
                        + "Uw e-coach neemt contact met u op via uw Werkmap om een moment af te spreken.");
    }
}
