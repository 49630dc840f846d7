package nl.werkplein.platform.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InFlightLimitTest {

    @Test
    void totHetMaximumToegelatenDanGeweigerd_eenWeigeringTeltNiet() {
        InFlightLimit limit = new InFlightLimit(2);
        InFlightLimit.Slot a = limit.tryEnter();
        InFlightLimit.Slot b = limit.tryEnter();
        assertNotNull(a);
        assertNotNull(b);
        assertNull(limit.tryEnter());
        assertNull(limit.tryEnter());
        assertEquals(2, limit.inFlight()); // the refusals took no place
        a.release();
        assertEquals(1, limit.inFlight());
        assertNotNull(limit.tryEnter()); // the freed place is taken again, and only that one
        assertNull(limit.tryEnter());
    }

    @Test
    void tweeKeerTeruggevenTeltEenKeer_nooitOnderNul() {
        InFlightLimit limit = new InFlightLimit(3);
        InFlightLimit.Slot slot = limit.tryEnter();
        limit.tryEnter();
        slot.release(); // the response ends ...
        slot.release(); // ... and its connection closes: one request, one place
        assertTrue(slot.released());
        assertEquals(1, limit.inFlight());
        InFlightLimit.Slot laatste = limit.tryEnter();
        laatste.release();
        laatste.release();
        assertEquals(1, limit.inFlight());
    }

    @Test
    void gelijktijdigVanuitVeleThreads_nooitBovenHetMaximum_enTerugOpNul() throws Exception {
        InFlightLimit limit = new InFlightLimit(4);
        AtomicInteger hoogste = new AtomicInteger();
        AtomicInteger binnen = new AtomicInteger();
        AtomicInteger toegelaten = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 20_000; i++) {
                    InFlightLimit.Slot slot = limit.tryEnter();
                    if (slot != null) {
                        toegelaten.incrementAndGet();
                        hoogste.accumulateAndGet(binnen.incrementAndGet(), Math::max);
                        binnen.decrementAndGet();
                        slot.release();
                        slot.release();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertTrue(hoogste.get() <= 4, "at most 4 at once, saw " + hoogste.get());
        assertTrue(toegelaten.get() > 0);
        assertEquals(0, limit.inFlight());
    }

    @Test
    void alleenDeApiTelt_nietGezondheidMetriekenOfOpenApi() {
        assertTrue(InFlightLimit.applies("/api/v1/aanvragen"));
        assertTrue(InFlightLimit.applies("/api/v1/pools/BEMIDDELBAAR/werkvoorraad"));
        assertTrue(InFlightLimit.applies("/api/v1/partners/P-0042/leveringen/2026-W10"));
        assertFalse(InFlightLimit.applies("/q/health/live"));
        assertFalse(InFlightLimit.applies("/q/health/ready"));
        assertFalse(InFlightLimit.applies("/q/metrics"));
        assertFalse(InFlightLimit.applies("/api/v1/openapi"));
        assertFalse(InFlightLimit.applies("/api/v1/openapi.json"));
        assertFalse(InFlightLimit.applies("/api/v1/openapi.yaml"));
        assertFalse(InFlightLimit.applies("/api/v1/partners/openapi.json"));
        assertFalse(InFlightLimit.applies("/apiv1/aanvragen"));
        assertFalse(InFlightLimit.applies("/"));
        assertFalse(InFlightLimit.applies(null));
    }

    @Test
    void eenMaximumOnderEenIsEenConfiguratiefout() {
        assertThrows(IllegalArgumentException.class, () -> new InFlightLimit(0));
    }
}
