package nl.werkplein.platform.api;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP-layer rules, before any resource or database sees the request: a too-long URI (414), too
 * large headers (431), a malformed percent-escape or a NUL in the path or query (400). Also answers
 * whatever the HTTP layer itself fails (a path Vert.x cannot decode, say) as problem+json with the
 * security headers instead of an empty body. And a chunked body is no longer cut off here with an
 * empty 413: {@link BodyGuard} counts it and answers the 413 as problem+json.
 */
@ApplicationScoped
public class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);
    /** Where Quarkus leaves the body limit for a body without Content-Length (VertxInputStream reads it). */
    static final String QUARKUS_MAX_REQUEST_SIZE = "io.quarkus.max-request-size";

    @Inject
    ApiLimits limits;
    @ConfigProperty(name = "werkplein.api.version")
    String apiVersion;

    void register(@Observes Router router) {
        takeOverUriValidation();
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::failed);
        // what no route matched: a path Vert.x cannot decode is a 400 before any route (RoutingContextImpl)
        for (int status : new int[]{400, 413, 414, 431}) {
            router.errorHandler(status, this::failed);
        }
        // after Quarkus' own upload limit (order -2): BodyGuard enforces the limit, with a problem+json 413
        router.route().order(-1).handler(ctx -> {
            // left in place, VertxInputStream would end the response with an empty 413 mid-read
            ctx.remove(QUARKUS_MAX_REQUEST_SIZE);
            ctx.next();
        });
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri != null && uri.length() > limits.maxUriLength()) {
            reject(ctx, Problem.of(414, "URI te lang", "Het pad en de query zijn samen langer dan "
                    + limits.maxUriLength() + " tekens."));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderSize()) {
            reject(ctx, Problem.of(431, "Headers te groot", "De headers zijn samen groter dan "
                    + limits.maxHeaderSize() + " bytes."));
            return;
        }
        String raw = uri == null ? "" : uri;
        int q = raw.indexOf('?');
        Optional<Problem.InvalidParam> fault = UriRules.checkPath(q < 0 ? raw : raw.substring(0, q));
        if (fault.isEmpty() && q >= 0) {
            fault = UriRules.checkQuery(raw.substring(q + 1));
        }
        if (fault.isEmpty() && !validUri(raw)) {
            fault = Optional.of(new Problem.InvalidParam("path", "bevat tekens die niet in een URI mogen"));
        }
        if (fault.isPresent()) {
            reject(ctx, Problem.invalid(List.of(fault.get())));
            return;
        }
        ctx.next();
    }

    private static boolean validUri(String uri) {
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * Quarkus' root handler answers a request target java.net.URI cannot parse (a malformed %-escape,
     * say) with an empty 400 before any route runs, unless the JVM was started with
     * -Dvertx.disableURIValidation=true. A library cannot pass JVM flags, so the flag is set on that
     * handler here and check() does the same validation with a problem+json answer. Should a Quarkus
     * upgrade move it, this logs a warning and the fuzz test in ServiceConformanceTest fails.
     */
    private static void takeOverUriValidation() {
        try {
            Class<?> recorder = Class.forName("io.quarkus.vertx.http.runtime.VertxHttpRecorder");
            java.lang.reflect.Field root = recorder.getDeclaredField("ACTUAL_ROOT");
            root.setAccessible(true);
            Object handler = root.get(null);
            java.lang.reflect.Field flag = handler.getClass().getDeclaredField("DISABLE_URI_VALIDATION");
            flag.setAccessible(true);
            flag.setBoolean(handler, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("cannot take over URI validation from Quarkus; a malformed URI gets an empty 400: " + e);
        }
    }

    /** Whatever the HTTP layer fails itself (RESTEasy answers its own errors through ProblemMapper). */
    private void failed(RoutingContext ctx) {
        int status = ctx.statusCode();
        Throwable failure = ctx.failure();
        if (failure instanceof HttpException http) {
            status = http.getStatusCode();
        }
        if (status < 400) {
            status = 500;
        }
        Problem problem;
        if (status >= 500) {
            if (failure != null && DatabaseFailures.unavailable(failure)) {
                ctx.response().putHeader("Retry-After", Integer.toString(limits.retryAfterSeconds()));
                problem = ProblemMapper.unavailableProblem();
            } else {
                LOG.error("request failed in the HTTP layer", failure);
                problem = Problem.of(status, "Interne fout", "Er ging iets mis aan onze kant.");
            }
        } else {
            problem = Problem.of(status, status == 400 ? "Ongeldig verzoek" : "Fout", status == 400
                    ? "Het verzoek kon niet worden gelezen (pad, query of headers)." : "Het verzoek kon niet worden verwerkt.");
        }
        VertxProblems.send(ctx.response(), problem.at(safePath(ctx)), apiVersion, status == 400 || status == 413);
    }

    private void reject(RoutingContext ctx, Problem problem) {
        // the instance is left out: the path itself is what is wrong
        VertxProblems.send(ctx.response(), problem, apiVersion, problem.status() != 400);
    }

    private static String safePath(RoutingContext ctx) {
        String path = ctx.request().path();
        return path == null || UriRules.fault(path) != null || path.length() > 2048 ? null : path;
    }
}
