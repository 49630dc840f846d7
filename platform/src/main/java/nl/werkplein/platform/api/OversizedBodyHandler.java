package nl.werkplein.platform.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP layer refuses a body over quarkus.http.limits.max-body-size with an empty 413 before
 * JAX-RS sees it. A request that announces its size (Content-Length) is refused here first, with the
 * problem+json every other error has. (A chunked body over the limit still gets the empty 413.)
 */
@ApplicationScoped
public class OversizedBodyHandler {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;
    @ConfigProperty(name = "werkplein.api.version")
    String apiVersion;

    void register(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLarge(length, limit)) {
                Problem problem = Problem.of(413, "Te groot", "De body is groter dan de " + limit
                        + " bytes die deze service aanneemt.").at(ctx.request().path());
                // this route runs before the one that adds the configured headers, so it sets them itself
                ctx.response().setStatusCode(413)
                        .putHeader("API-Version", apiVersion)
                        .putHeader("X-Content-Type-Options", "nosniff")
                        .putHeader("X-Frame-Options", "DENY")
                        .putHeader("Cache-Control", "no-store")
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(problem));
                return;
            }
            ctx.next();
        });
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer rejects a malformed Content-Length itself
        }
    }
}
