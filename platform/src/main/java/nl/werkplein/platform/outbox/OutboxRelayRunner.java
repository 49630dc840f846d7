package nl.werkplein.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Runs this replica's outbox relay and reports the backlog as a metric. */
@ApplicationScoped
public class OutboxRelayRunner {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "quarkus.application.name")
    String service;
    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int httpPort;

    private OutboxRelay relay;

    void start(@Observes @Priority(20) StartupEvent event) {
        Gauge.builder("werkplein.outbox.backlog", this, OutboxRelayRunner::backlog)
                .description("Events written to the outbox and not yet published to Kafka")
                .register(registry);
        if (!config.relayEnabled()) {
            return;
        }
        relay = new OutboxRelay(service, dataSource, nl.werkplein.platform.kafka.KafkaVerbinding.instellingen(),
                config.buckets(), config.batchSize(), config.idleWait(), config.claimInterval());
        relay.identify(instance());
        FunctionCounter.builder("werkplein.outbox.published", relay, OutboxRelay::published)
                .description("Events this replica's relay published to Kafka")
                .register(registry);
        relay.start();
    }

    /** On shutdown, before the connection pool closes: finish the batches in hand, hand the buckets back. */
    void stop(@Observes ShutdownEvent event) {
        if (relay != null) {
            long started = System.nanoTime();
            java.util.Set<Integer> held = relay.ownedBucketNumbers();
            relay.close();
            org.jboss.logging.Logger.getLogger(OutboxRelayRunner.class).infof("outbox relay stopped: buckets %s handed back in %d ms",
                    held, java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    /** This replica's relay, when it runs one (for platform beheer). */
    public java.util.Optional<OutboxRelay> relay() {
        return java.util.Optional.ofNullable(relay);
    }

    /** Which replica this is, as operators see it: service@host:port pid N. */
    public String instance() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "localhost";
        }
        return service + "@" + host + ":" + httpPort + " pid " + ProcessHandle.current().pid();
    }

    double backlog() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event")) {
            return rs.next() ? rs.getLong(1) : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
