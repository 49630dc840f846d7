package nl.werkplein.platform.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sheds load instead of queueing it (issue 16: at 500 requests/s on 2 cores the replicas queued
 * without bound, portal reads ended in 60 s timeouts and employer-service ran out of heap): once a
 * replica has {@link LoadSheddingConfig#maxInFlight()} API requests in flight, the next one is answered
 * at once with 503 problem+json and {@code Retry-After} ({@link LoadSheddingHandler}), so callers back
 * off, the 5xx alert and the dashboard show it, and the requests already admitted keep their latency.
 * Health, metrics and the OpenAPI documents are never shed ({@link InFlightLimit#applies}).
 * <p>
 * A Vert.x route like {@link RequestGuard}'s, right after its checks: it runs on the event loop before
 * RESTEasy dispatches to a worker thread, which is where the queue grew. Metrics:
 * {@code werkplein_api_shed_total} (requests answered 503 by this rule) and
 * {@code werkplein_api_in_flight} (the API requests counted now), no tags.
 */
@ApplicationScoped
public class LoadShedding {

    private static final Logger LOG = Logger.getLogger(LoadShedding.class);
    /** After RequestGuard's check (Integer.MIN_VALUE): a malformed request keeps its 400/414/431. */
    static final int ORDER = Integer.MIN_VALUE + 1;

    @Inject
    LoadSheddingConfig config;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "werkplein.api.version")
    String apiVersion;

    void register(@Observes Router router) {
        if (!config.enabled()) {
            LOG.info("load shedding is off (werkplein.api.load-shedding.enabled=false)");
            return;
        }
        InFlightLimit limit = new InFlightLimit(config.maxInFlight());
        Counter shed = Counter.builder("werkplein.api.shed")
                .description("API requests answered 503 at once because this replica had max-in-flight requests in flight")
                .register(registry);
        Gauge.builder("werkplein.api.in.flight", limit, InFlightLimit::inFlight)
                .description("API requests this replica has in flight (counted by load shedding)")
                .strongReference(true)
                .register(registry);
        router.route().order(ORDER).handler(new LoadSheddingHandler(limit, config.retryAfterSeconds(), apiVersion, shed::increment));
    }
}
