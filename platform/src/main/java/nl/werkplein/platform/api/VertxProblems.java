package nl.werkplein.platform.api;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;

/** Writes a problem straight from the HTTP layer, with the headers every answer carries. */
final class VertxProblems {

    private VertxProblems() {
    }

    static void send(HttpServerResponse response, Problem problem, String apiVersion, boolean close) {
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            response.end();
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader("API-Version", apiVersion)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader("Connection", "close");
        }
        response.end(Json.encode(problem));
    }
}
