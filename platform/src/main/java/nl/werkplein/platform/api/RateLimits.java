package nl.werkplein.platform.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-caller token buckets: a limit of {@code requests} per {@code period} lets a caller spend that
 * many at once and gives them back evenly over the period. In memory and per replica (the shared
 * limit is the one at the edge, the Ingress). Bounded: at most {@code maxCallers} buckets, the one
 * idle longest dropped first; a bucket that has filled up again says nothing and is dropped early.
 * Framework-free; time is passed in (the injected Clock's millis), so tests move it.
 */
public final class RateLimits {

    /** {@code requests} per {@code periodMillis}; the burst is the same number. */
    public record Rule(int requests, long periodMillis) {
        public Rule {
            if (requests < 1 || periodMillis < 1) {
                throw new IllegalArgumentException("a rate limit needs at least 1 request per at least 1 ms");
            }
        }

        double perMilli() {
            return (double) requests / periodMillis;
        }
    }

    /** Allowed or not; if not, after how many whole seconds one request is allowed again (Retry-After). */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private record Key(String limit, String caller) {
    }

    private static final class Bucket {
        double tokens;
        long updated;
        final long fullAfterMillis;

        Bucket(Rule rule, long now) {
            tokens = rule.requests();
            updated = now;
            fullAfterMillis = rule.periodMillis();
        }
    }

    private final int maxCallers;
    private final Map<Key, Bucket> buckets;
    private long takes;

    public RateLimits(int maxCallers) {
        this.maxCallers = Math.max(1, maxCallers);
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Bucket> eldest) {
                return size() > RateLimits.this.maxCallers;
            }
        };
    }

    public synchronized Decision take(String limit, Rule rule, String caller, long nowMillis) {
        if (++takes % 256 == 0) {
            evictIdle(nowMillis);
        }
        Key key = new Key(limit, caller);
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = new Bucket(rule, nowMillis);
            buckets.put(key, bucket);
        }
        long elapsed = Math.max(0, nowMillis - bucket.updated); // a clock moved back gives nothing back
        bucket.tokens = Math.min(rule.requests(), bucket.tokens + elapsed * rule.perMilli());
        bucket.updated = Math.max(bucket.updated, nowMillis);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return new Decision(true, 0);
        }
        long waitMillis = (long) Math.ceil((1 - bucket.tokens) / rule.perMilli() - 1e-6); // no 3601 s for a float's last bit
        return new Decision(false, Math.max(1, (waitMillis + 999) / 1000));
    }

    public synchronized int callers() {
        return buckets.size();
    }

    /** Drops, oldest use first, the buckets that have filled up again: for them a new bucket is the same. */
    private void evictIdle(long nowMillis) {
        Iterator<Bucket> it = buckets.values().iterator();
        while (it.hasNext()) {
            Bucket bucket = it.next();
            if (nowMillis - bucket.updated < bucket.fullAfterMillis) {
                return; // the rest was used more recently
            }
            it.remove();
        }
    }
}
