package nl.werkplein.employer.kandidaat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.werkplein.employer.matching.KandidatenIndex;
import nl.werkplein.platform.postgres.NotificationListener;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Holds the in-memory candidate index of this replica: loaded in full from the read-model tables at
 * start, then the rows any replica's consumers (or a placement) changed since, whenever such a
 * transaction commits (a trigger notifies {@value #CHANNEL}; V5 migration). A slow scheduled refresh
 * covers a notification lost while the listener reconnected. An idle replica asks nothing.
 */
@ApplicationScoped
public class KandidatenRegister {

    private static final Logger LOG = Logger.getLogger(KandidatenRegister.class);
    static final String CHANNEL = "werkplein_kandidaten";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KandidatenConfig config;

    private KandidatenIndex index;
    private Instant vanaf;
    private NotificationListener listener;

    void start(@Observes StartupEvent event) {
        volledigLaden();
        listener = new NotificationListener("kandidaten-melding", dataSource, List.of(CHANNEL),
                meldingen -> ververs(), this::ververs).start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.close();
        }
    }

    public synchronized KandidatenIndex index() {
        if (index == null) {
            index = new KandidatenIndex(config.capaciteit());
        }
        return index;
    }

    /** Empties the index and loads every candidate again (after a rebuild). */
    public synchronized void volledigLaden() {
        KandidatenIndex idx = index();
        idx.leeg();
        vanaf = null;
        laad();
        LOG.infof("kandidatenindex geladen: %d kandidaten", idx.aantal());
    }

    @Scheduled(every = "${werkplein.employer.kandidaten.verversen:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void ververs() {
        laad();
    }

    private void laad() {
        try (Connection c = dataSource.getConnection()) {
            Instant sinds = vanaf == null ? null : vanaf.minus(config.verversMarge());
            vanaf = KandidatenLader.laad(c, index(), sinds).vanaf();
        } catch (SQLException e) {
            LOG.warnf("kandidatenindex niet ververst: %s", e.getMessage());
        }
    }
}
