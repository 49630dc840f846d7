package nl.werkplein.ecoach.voorlichting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.werkplein.platform.postgres.DueWork;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/**
 * Due work: keeps weekly sessions planned for the coming weeks (so a fresh suite has room) and
 * invites clients who still wait for a session with room. Any replica may run it: a weekly session is
 * inserted once per day by a unique index, and waiting trajectories are taken FOR UPDATE SKIP LOCKED.
 */
@ApplicationScoped
public class VoorlichtingPlanner {

    private static final Logger LOG = Logger.getLogger(VoorlichtingPlanner.class);

    @Inject
    VoorlichtingRepository repository;
    @Inject
    Clock clock;
    @Inject
    VoorlichtingConfig config;
    @Inject
    VoorlichtingService voorlichtingen;

    void opStart(@Observes StartupEvent event) {
        try {
            planSessies();
        } catch (RuntimeException e) {
            LOG.warnf("weekly voorlichtingen not planned at start-up, the due work tries again: %s", e.toString());
        }
    }

    @Scheduled(every = "${werkplein.ecoach.taken.interval:60s}", delayed = "${werkplein.ecoach.taken.vertraging:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void taak() {
        planSessies();
        int geplaatst = plaatsWachtenden();
        if (geplaatst > 0) {
            LOG.infof("%d klanten uitgenodigd voor een voorlichting", geplaatst);
        }
    }

    /** Inserts the missing weekly sessions of the coming weeks; returns how many were new. */
    public int planSessies() {
        if (!config.automatisch()) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            LocalDate eerste = LocalDate.now(clock).plusDays(1).with(TemporalAdjusters.nextOrSame(config.dag()));
            int nieuw = 0;
            for (int week = 0; week < config.vooruitWeken(); week++) {
                Voorlichting v = new Voorlichting();
                v.id = UUID.randomUUID();
                v.datum = eerste.plusWeeks(week);
                v.begintijd = config.begintijd();
                v.eindtijd = config.eindtijd();
                v.locatie = config.locatie();
                v.onlineLink = config.onlineLink().orElse(null);
                v.capaciteit = config.capaciteit();
                v.uitzendbureaus = String.join(",", config.uitzendbureaus());
                v.automatisch = true;
                v.aangemaaktOp = OffsetDateTime.now(clock);
                if (repository.voegAutomatischeToe(v)) {
                    nieuw++;
                }
            }
            return nieuw;
        });
    }

    /** Invites waiting clients in batches until none waits or no session has room; returns how many. */
    public int plaatsWachtenden() {
        return DueWork.untilDone(100, max -> QuarkusTransaction.requiringNew().call(() -> voorlichtingen.plaatsWachtenden(max)));
    }
}
