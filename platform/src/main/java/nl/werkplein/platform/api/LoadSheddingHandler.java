package nl.werkplein.platform.api;

import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The Vert.x route of load shedding, on the event loop before RESTEasy hands the request to a worker
 * thread (a JAX-RS filter would run only after the worker queue, too late): an API request
 * ({@link InFlightLimit#applies}) takes a place or is answered 503 problem+json with Retry-After and
 * the security headers at once. The place is given back when the response ends, fails or the
 * connection closes. Framework-free apart from Vert.x, so a plain HTTP server can test it.
 */
public final class LoadSheddingHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(LoadSheddingHandler.class);
    /** A shedding episode is logged once, not per request: at most one line per this many ms. */
    private static final long LOG_INTERVAL_MS = 10_000;

    private final InFlightLimit limit;
    private final int retryAfterSeconds;
    private final String apiVersion;
    private final Runnable onShed;
    private final AtomicLong lastLogged = new AtomicLong();
    private final AtomicLong shedSinceLog = new AtomicLong();

    /** @param onShed called once per shed request (the metric) */
    public LoadSheddingHandler(InFlightLimit limit, int retryAfterSeconds, String apiVersion, Runnable onShed) {
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
        this.apiVersion = apiVersion;
        this.onShed = onShed;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!InFlightLimit.applies(path)) {
            ctx.next();
            return;
        }
        InFlightLimit.Slot slot = limit.tryEnter();
        if (slot == null) {
            shed(ctx, path);
            return;
        }
        releaseWhenDone(ctx, slot);
        ctx.next();
    }

    /**
     * Every way a request can finish gives the place back, and a second way counts no more (Slot):
     * the routing context's end handler (response ended, failed or closed; Vert.x sets it on the
     * response's end, exception and close handlers) and, under Quarkus, the request-done handlers of its
     * request wrapper, which fire even when a later handler replaces the response's own end or close
     * handler (RESTEasy's blocking body stream and its close handler do). A connection closed already
     * fires neither, so that is checked last.
     */
    private static void releaseWhenDone(RoutingContext ctx, InFlightLimit.Slot slot) {
        ctx.addEndHandler(done -> slot.release());
        QuarkusRequestWrapper quarkus = quarkusWrapper(ctx.request());
        if (quarkus != null) {
            quarkus.addRequestDoneHandler(done -> slot.release());
        }
        HttpServerResponse response = ctx.response();
        if (response.closed() || response.ended()) {
            slot.release();
        }
    }

    private static QuarkusRequestWrapper quarkusWrapper(HttpServerRequest request) {
        try {
            // Quarkus finds its wrapper through this cookie; a plain Vert.x request has none
            return request.getCookie(QuarkusRequestWrapper.FAKE_COOKIE_NAME) == null ? null : QuarkusRequestWrapper.get(request);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void shed(RoutingContext ctx, String path) {
        onShed.run();
        logEpisode();
        HttpServerResponse response = ctx.response();
        if (!response.headWritten()) {
            response.putHeader("Retry-After", Integer.toString(retryAfterSeconds));
        }
        Problem problem = Problem.of(503, "Tijdelijk overbelast", "Deze service verwerkt op dit moment te veel verzoeken tegelijk; "
                + "probeer het over " + retryAfterSeconds + (retryAfterSeconds == 1 ? " seconde" : " seconden") + " opnieuw.");
        // keep-alive: the caller is to come back shortly, on the same connection
        VertxProblems.send(response, problem.at(path), apiVersion, false);
    }

    private void logEpisode() {
        long shed = shedSinceLog.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= LOG_INTERVAL_MS && lastLogged.compareAndSet(last, now)) {
            shedSinceLog.addAndGet(-shed);
            LOG.warnf("load shedding: %d API requests in flight (werkplein.api.load-shedding.max-in-flight %d); "
                    + "%d answered 503 since the last line", limit.inFlight(), limit.max(), shed);
        }
    }
}
