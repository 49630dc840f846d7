package nl.werkplein.screening.klantondersteuning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.screening.indeling.IndelingEvents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Due work: flags a trajectory whose phase passed its limit (6 weeks Centrum voor Werk, 1 year
 * werkleerplek), once per phase. Rows are locked with SKIP LOCKED, so replicas never flag twice.
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
        while (bewaak() == PARTIJ) {
            // the next batch
        }
    }

    /** @return how many trajectories were flagged in this batch */
    public int bewaak() {
        return QuarkusTransaction.requiringNew().call(() -> {
            LocalDate vandaag = LocalDate.now(clock);
            @SuppressWarnings("unchecked")
            List<KoTraject> over = em.createNativeQuery("""
                            SELECT * FROM ko_traject
                             WHERE limiet_overschreden_op IS NULL AND fase <> 'AFGESLOTEN'
                               AND CASE fase WHEN 'CENTRUM_VOOR_WERK' THEN cvw_uiterlijk_tot
                                             ELSE werkleerplek_uiterlijk_tot END < ?1
                             ORDER BY id
                             LIMIT ?2
                             FOR UPDATE SKIP LOCKED""", KoTraject.class)
                    .setParameter(1, vandaag).setParameter(2, PARTIJ).getResultList();
            for (KoTraject t : over) {
                t.limietOverschredenOp = vandaag;
                outbox.append(IndelingEvents.TOPIC, t.klantId.toString(), events.create(KlantondersteuningEvents.LIMIET_OVERSCHREDEN,
                        t.klantId, new KlantondersteuningEvents.LimietOverschreden(t.klantId, t.id, t.fase, t.uiterlijkTot())));
            }
            return over.size();
        });
    }
}
