package nl.werkplein.platform.lifecycle;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * SIGTERM: no new due work is started (the scheduler is paused; a running job ends with its
 * transaction, and its row locks with it); every part lets go of its work in its own ShutdownEvent observer (the outbox relay
 * finishes the batch in hand and releases its bucket locks, the Kafka channels commit and leave their
 * group, due work's row locks end with their transaction). This bounds the whole: a replica that has
 * not exited within the grace period halts, well before an orchestrator's SIGKILL (Kubernetes: 30 s),
 * and what it still held is taken over as after a crash (nothing is lost: the locks die with it).
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);

    @ConfigMapping(prefix = "werkplein.shutdown")
    public interface ShutdownConfig {
        /** From SIGTERM to a forced halt. */
        @WithDefault("20s")
        Duration gracePeriod();
    }

    @Inject
    ShutdownConfig config;
    @Inject
    jakarta.enterprise.inject.Instance<io.quarkus.scheduler.Scheduler> scheduler;

    private volatile boolean stoppend;

    /** True from SIGTERM on: a consumer then leaves a record unacknowledged instead of failing it. */
    public boolean stoppend() {
        return stoppend;
    }

    /** Runs first of the shutdown observers; only in a packaged service (a test JVM outlives its app). */
    void arm(@Observes @Priority(1) ShutdownEvent event) {
        stoppend = true;
        LOG.infof("shutting down: no new due work, handing back outbox buckets, committing and leaving the consumer groups (at most %s)",
                config.gracePeriod());
        // stop taking due work first: a job that fired later would find the database already closing
        if (scheduler.isResolvable() && scheduler.get().isRunning()) {
            scheduler.get().pause();
        }
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(config.gracePeriod().toMillis());
            } catch (InterruptedException e) {
                return;
            }
            LOG.errorf("not stopped within the grace period of %s: halting (what is held is taken over as after a crash)",
                    config.gracePeriod());
            Runtime.getRuntime().halt(1);
        }, "werkplein-shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
