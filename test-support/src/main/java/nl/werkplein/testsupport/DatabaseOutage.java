package nl.werkplein.testsupport;

import io.restassured.response.Response;
import org.junit.jupiter.api.Assumptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * issue 15: PostgreSQL stopped under a stream of writes. While it is down every write is a 503
 * problem+json with Retry-After (never a 500, never a false 409) and readiness is DOWN; once it is back
 * the service recovers by itself. Stops and starts this JVM's own server (same data, same port), so
 * the test classes after it find it as before.
 */
public final class DatabaseOutage {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private DatabaseOutage() {
    }

    /** {@code write} sends one new, valid write; {@code created} is its success status. */
    public static void verify(Supplier<Response> write, int created) throws InterruptedException {
        WerkpleinInfra infra = WerkpleinInfra.get();
        Assumptions.assumeTrue(infra.ownsPostgres(), "PostgreSQL is not this JVM's (WERKPLEIN_TEST_POSTGRES)");
        assertEquals(created, write.get().statusCode(), "a write before the outage");

        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread stream = new Thread(() -> {
            while (running.get()) {
                try {
                    Response r = write.get();
                    statuses.add(r.statusCode());
                    if (r.statusCode() != created && r.statusCode() != 503) {
                        wrong.add(r.statusCode() + " " + r.asString());
                    }
                } catch (RuntimeException e) {
                    wrong.add("no answer: " + e);
                }
            }
        }, "outage-stream");
        stream.start();
        boolean stopped = false;
        try {
            Thread.sleep(300);
            infra.stopPostgres();
            stopped = true;

            Response unavailable = await(write, r -> r.statusCode() == 503, "a write while PostgreSQL is down");
            assertTrue(unavailable.contentType().startsWith("application/problem+json"), unavailable.contentType());
            assertNotNull(unavailable.header("Retry-After"), "Retry-After on the 503");
            assertTrue(Integer.parseInt(unavailable.header("Retry-After")) > 0);
            assertEquals("nosniff", unavailable.header("X-Content-Type-Options"));
            assertEquals(503, (int) unavailable.path("status"));
            await(() -> given().get("/q/health/ready"), r -> r.statusCode() == 503 && "DOWN".equals(r.path("status")),
                    "readiness DOWN while PostgreSQL is down");
            Thread.sleep(2000); // the stream keeps writing into the outage

            infra.startPostgres();
            stopped = false;
            await(write, r -> r.statusCode() == created, "a write after PostgreSQL is back");
            await(() -> given().get("/q/health/ready"), r -> r.statusCode() == 200, "readiness UP again");
            Thread.sleep(500);
        } finally {
            running.set(false);
            stream.join(WAIT.toMillis());
            if (stopped) {
                infra.startPostgres();
            }
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        synchronized (statuses) {
            statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        }
        System.out.println("[werkplein-outage] statuses during the stream: " + counts);
        assertTrue(wrong.isEmpty(), "only " + created + " or 503 during the outage, never a 500 or a false 409: " + wrong);
        assertTrue(counts.getOrDefault(503, 0) > 0, "the stream saw the outage: " + counts);
        assertTrue(counts.getOrDefault(created, 0) > 0, "the stream saw the recovery: " + counts);
        assertEquals(created, write.get().statusCode(), "a write after the outage");
    }

    private static Response await(Supplier<Response> call, java.util.function.Predicate<Response> done, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = call.get();
                if (done.test(last)) {
                    return last;
                }
            } catch (RuntimeException e) {
                // connection trouble while the service itself recovers: try again
            }
            Thread.sleep(200);
        }
        fail(what + ": not within " + WAIT.toSeconds() + " s; last " + (last == null ? "none" : last.statusCode() + " " + last.asString()));
        return last;
    }
}
