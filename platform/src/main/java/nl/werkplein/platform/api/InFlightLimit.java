package nl.werkplein.platform.api;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The counting rule of load shedding ({@link LoadShedding}): at most {@code max} API requests in flight
 * per replica; one more is refused at once instead of queued. A refused request takes no place. Each
 * admitted request holds a {@link Slot} until its response ends or its connection closes; giving a slot
 * back twice (both fire) counts once, so the count can neither leak upwards nor drop below zero.
 * Framework-free and thread-safe (several event loops enter and leave at once).
 */
public final class InFlightLimit {

    private final int max;
    private final AtomicInteger inFlight = new AtomicInteger();

    public InFlightLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max-in-flight must be at least 1, was " + max);
        }
        this.max = max;
    }

    /** A place for one request, or {@code null} when {@code max} requests are in flight already. */
    public Slot tryEnter() {
        while (true) {
            int n = inFlight.get();
            if (n >= max) {
                return null;
            }
            if (inFlight.compareAndSet(n, n + 1)) {
                return new Slot();
            }
        }
    }

    public int inFlight() {
        return inFlight.get();
    }

    public int max() {
        return max;
    }

    /**
     * Whether a request to this (normalised) path counts: the API under {@code /api/}, but not the
     * OpenAPI documents (the whole one and a part such as {@code /api/v1/partners/openapi.json}), which
     * clients and the gateway fetch to know the API. Health, metrics and the rest of {@code /q/} never
     * count: Kubernetes must not restart a replica for failing its probe because it is busy.
     */
    public static boolean applies(String path) {
        if (path == null || !path.startsWith("/api/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !(last.equals("openapi") || last.startsWith("openapi."));
    }

    /** One admitted request's place in the count. */
    public final class Slot {
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot() {
        }

        /** Gives the place back; only the first call counts (the end and the close of one response may both fire). */
        public void release() {
            if (released.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        }

        public boolean released() {
            return released.get();
        }
    }
}
