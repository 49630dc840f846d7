package nl.werkplein.platform.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Load shedding over real HTTP on a plain Vert.x server (no Quarkus): the handler is registered as
 * LoadShedding registers it, with a limit of 2, before a route that answers only when the test lets it.
 */
class LoadSheddingHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request held in its route until the test releases it, on the event loop that owns it. */
    private record Vastgehouden(RoutingContext ctx, Context context) {
        void laatGaan() {
            context.runOnContext(v -> ctx.response().end("klaar"));
        }
    }

    private final InFlightLimit limit = new InFlightLimit(2);
    private final AtomicInteger afgewezen = new AtomicInteger();
    private final BlockingQueue<Vastgehouden> vastgehouden = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Vertx vertx;
    private int port;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().order(LoadShedding.ORDER).handler(new LoadSheddingHandler(limit, 1, "1.0.0", afgewezen::incrementAndGet));
        router.get("/api/v1/traag").handler(ctx -> vastgehouden.add(new Vastgehouden(ctx, Vertx.currentContext())));
        router.get("/api/v1/snel").handler(ctx -> ctx.response().end("snel"));
        router.get("/api/v1/openapi.json").handler(ctx -> ctx.response().end("{}"));
        router.get("/q/health/live").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}"));
        HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        port = server.actualPort();
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void bovenHetMaximum503MetRetryAfter_gezondheidBlijft200_naAfloopWeerToegelaten() throws Exception {
        CompletableFuture<HttpResponse<String>> een = async("/api/v1/traag");
        CompletableFuture<HttpResponse<String>> twee = async("/api/v1/traag");
        Vastgehouden eerste = binnen();
        Vastgehouden tweede = binnen();
        assertEquals(2, limit.inFlight());

        HttpResponse<String> derde = get("/api/v1/traag");
        assertEquals(503, derde.statusCode());
        assertEquals(Problem.MEDIA_TYPE, derde.headers().firstValue("Content-Type").orElse(null));
        assertEquals("1", derde.headers().firstValue("Retry-After").orElse(null));
        assertEquals("nosniff", derde.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", derde.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("no-store", derde.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("1.0.0", derde.headers().firstValue("API-Version").orElse(null));
        JsonNode problem = JSON.readTree(derde.body());
        assertEquals(503, problem.get("status").asInt());
        assertEquals("Tijdelijk overbelast", problem.get("title").asText());
        assertEquals("/api/v1/traag", problem.get("instance").asText());
        assertEquals(1, afgewezen.get());
        assertNull(vastgehouden.poll(200, TimeUnit.MILLISECONDS), "a shed request never reaches its route");

        // the probes and the documents are never shed, and do not count
        assertEquals(200, get("/q/health/live").statusCode());
        assertEquals(200, get("/api/v1/openapi.json").statusCode());
        assertEquals(503, get("/api/v1/snel").statusCode());
        assertEquals(2, afgewezen.get());
        assertEquals(2, limit.inFlight());

        eerste.laatGaan();
        tweede.laatGaan();
        assertEquals(200, een.get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(200, twee.get(10, TimeUnit.SECONDS).statusCode());
        await().atMost(Duration.ofSeconds(5)).until(() -> limit.inFlight() == 0);
        assertEquals(200, get("/api/v1/snel").statusCode());
        tweeVastEnDeDerdeAfgewezen(); // both places back, and not more
    }

    @Test
    void eenClientDieOphangtGeeftZijnPlaatsTerug() throws Exception {
        try (Socket weg = new Socket("127.0.0.1", port)) {
            OutputStream out = weg.getOutputStream();
            out.write("GET /api/v1/traag HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Vastgehouden vanDeVerdwenen = binnen();
            CompletableFuture<HttpResponse<String>> blijft = async("/api/v1/traag");
            Vastgehouden vanDeBlijver = binnen();
            assertEquals(503, get("/api/v1/snel").statusCode());

            weg.close(); // mid-flight: no answer read
            await().atMost(Duration.ofSeconds(5)).until(() -> limit.inFlight() == 1);
            assertEquals(200, get("/api/v1/snel").statusCode());

            // its route answering later (to a closed connection) gives nothing back a second time
            vanDeVerdwenen.laatGaan();
            vanDeBlijver.laatGaan();
            assertEquals(200, blijft.get(10, TimeUnit.SECONDS).statusCode());
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> limit.inFlight() == 0);
        // and stays there: a late second release of the same place must not take it below zero
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> limit.inFlight() == 0);
        tweeVastEnDeDerdeAfgewezen(); // had the count gone below zero, three would be let in
    }

    private void tweeVastEnDeDerdeAfgewezen() throws Exception {
        CompletableFuture<HttpResponse<String>> een = async("/api/v1/traag");
        CompletableFuture<HttpResponse<String>> twee = async("/api/v1/traag");
        Vastgehouden eerste = binnen();
        Vastgehouden tweede = binnen();
        assertEquals(503, get("/api/v1/traag").statusCode());
        assertNull(vastgehouden.poll(200, TimeUnit.MILLISECONDS));
        eerste.laatGaan();
        tweede.laatGaan();
        assertEquals(200, een.get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(200, twee.get(10, TimeUnit.SECONDS).statusCode());
        await().atMost(Duration.ofSeconds(5)).until(() -> limit.inFlight() == 0);
    }

    private Vastgehouden binnen() throws InterruptedException {
        Vastgehouden held = vastgehouden.poll(10, TimeUnit.SECONDS);
        assertNotNull(held, "the request reached its route");
        return held;
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    private CompletableFuture<HttpResponse<String>> async(String path) {
        return client.sendAsync(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString());
    }
}
