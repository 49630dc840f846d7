package nl.werkplein.platform.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitsTest {

    private static final RateLimits.Rule DRIE_PER_MINUUT = new RateLimits.Rule(3, 60_000);

    @Test
    void eenBeller_krijgtZijnTegoedEnDanEen429MetWachttijd() {
        RateLimits limits = new RateLimits(100);
        for (int i = 0; i < 3; i++) {
            assertTrue(limits.take("aanvraag", DRIE_PER_MINUUT, "sub:a", 1_000).allowed());
        }
        RateLimits.Decision vierde = limits.take("aanvraag", DRIE_PER_MINUUT, "sub:a", 1_000);
        assertFalse(vierde.allowed());
        assertEquals(20, vierde.retryAfterSeconds()); // one token per 20 s
        // another caller, or the same caller under another limit, is not affected
        assertTrue(limits.take("aanvraag", DRIE_PER_MINUUT, "sub:b", 1_000).allowed());
        assertTrue(limits.take("werkvoorraad", DRIE_PER_MINUUT, "sub:a", 1_000).allowed());
        // after the wait it said, one request is allowed again, and only one
        assertFalse(limits.take("aanvraag", DRIE_PER_MINUUT, "sub:a", 20_999).allowed());
        assertTrue(limits.take("aanvraag", DRIE_PER_MINUUT, "sub:a", 21_000).allowed());
        assertFalse(limits.take("aanvraag", DRIE_PER_MINUUT, "sub:a", 21_000).allowed());
        // a full period later the whole burst is back, never more
        for (int i = 0; i < 3; i++) {
            assertTrue(limits.take("aanvraag", DRIE_PER_MINUUT, "sub:a", 600_000).allowed());
        }
        assertFalse(limits.take("aanvraag", DRIE_PER_MINUUT, "sub:a", 600_000).allowed());
    }

    @Test
    void eenKlokDieTerugspringtGeeftNietsTerug() {
        RateLimits limits = new RateLimits(10);
        RateLimits.Rule een = new RateLimits.Rule(1, 3_600_000);
        assertTrue(limits.take("partner-levering", een, "sub:p", 10_000_000).allowed());
        RateLimits.Decision terug = limits.take("partner-levering", een, "sub:p", 0);
        assertFalse(terug.allowed());
        assertEquals(3600, terug.retryAfterSeconds());
    }

    @Test
    void hetGeheugenBlijftBegrensd() {
        RateLimits limits = new RateLimits(1000);
        for (int i = 0; i < 50_000; i++) {
            limits.take("aanvraag", DRIE_PER_MINUUT, "adres:10.0." + i, i);
        }
        assertTrue(limits.callers() <= 1000, "tracked " + limits.callers());
        // buckets that have filled up again are dropped even below the bound
        RateLimits weinig = new RateLimits(1000);
        for (int i = 0; i < 300; i++) {
            weinig.take("aanvraag", DRIE_PER_MINUUT, "sub:" + i, 0);
        }
        weinig.take("aanvraag", DRIE_PER_MINUUT, "sub:laat", 120_000);
        for (int i = 0; i < 300; i++) {
            weinig.take("aanvraag", DRIE_PER_MINUUT, "sub:laat", 120_000);
        }
        assertEquals(1, weinig.callers());
    }

    @Test
    void operatiesWordenAlsInHetDocumentVergeleken() {
        assertEquals("/api/v1/pools/{code}/werkvoorraad", RateLimitOperations.join("/api/v1/pools", "/{code}/werkvoorraad"));
        assertEquals("/api/v1/aanvragen", RateLimitOperations.join("/api/v1/aanvragen/", ""));
        assertEquals("/api/v1/x/{id}", RateLimitOperations.join("/api/v1/x", "{id: [0-9]+}"));
        assertTrue(RateLimitOperations.same("put /api/v1/partners/{partnerId}/leveringen/{week}",
                "PUT /api/v1/partners/{id}/leveringen/{w}"));
        assertFalse(RateLimitOperations.same("GET /api/v1/partners/{partnerId}/leveringen/{week}",
                "PUT /api/v1/partners/{partnerId}/leveringen/{week}"));
        assertFalse(RateLimitOperations.same("POST /api/v1/aanvragen", "POST /api/v1/aanvragen/{id}/bevestiging"));
    }
}
