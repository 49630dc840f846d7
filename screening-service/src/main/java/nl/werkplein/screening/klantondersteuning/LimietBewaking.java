package nl.werkplein.screening.klantondersteuning;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.postgres.DueWork;
import nl.werkplein.screening.indeling.IndelingEvents;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Due work: flags a trajectory whose phase passed its limit (6 weeks Centrum voor Werk, 1 year
 * werkleerplek), once per phase. Rows are locked with SKIP LOCKED ({@link DueWork}), so replicas never flag twice.
 */
@ApplicationScoped
public class LimietBewaking {

    static final int PARTIJ = 500;

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    Clock clock;

    @Scheduled(every = "${werkplein.screening.klantondersteuning.bewaking-interval:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void bewaakGepland() {
        DueWork.untilDone(PARTIJ, max -> bewaak());
    }

    /** @return how many trajectories were flagged in this batch */
    public int bewaak() {
        LocalDate vandaag = LocalDate.now(clock);
        return DueWork.batch(() -> DueWork.pick(em, KoTraject.class, """
                SELECT * FROM ko_traject
                 WHERE limiet_overschreden_op IS NULL AND fase <> 'AFGESLOTEN'
                   AND CASE fase WHEN 'CENTRUM_VOOR_WERK' THEN cvw_uiterlijk_tot
                                 ELSE werkleerplek_uiterlijk_tot END < ?1
                 ORDER BY id""", PARTIJ, vandaag), t -> {
            t.limietOverschredenOp = vandaag;
            outbox.append(IndelingEvents.TOPIC, t.klantId.toString(), events.create(KlantondersteuningEvents.LIMIET_OVERSCHREDEN,
                    t.klantId, new KlantondersteuningEvents.LimietOverschreden(t.klantId, t.id, t.fase, t.uiterlijkTot())));
        });
    }
}
