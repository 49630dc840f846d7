package nl.werkplein.platform.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UriRulesTest {

    @Test
    void eenGoedGecodeerdPadIsGoed() {
        assertTrue(UriRules.checkPath("/api/v1/aanvragen/3f1c/bevestiging").isEmpty());
        assertTrue(UriRules.checkPath("/api/v1/partners/r%C3%A9%20x").isEmpty());
        assertTrue(UriRules.checkQuery("klantId=a%20b&size=5&leeg").isEmpty());
    }

    @Test
    void eenMisvormdeCoderingIsOngeldig() {
        assertEquals("path", UriRules.checkPath("/api/v1/aanvragen/%zz/bevestiging").orElseThrow().name());
        assertEquals("bevat een ongeldige %-codering", UriRules.checkPath("/api/v1/x/%").orElseThrow().reason());
        assertTrue(UriRules.checkPath("/api/v1/x/%4").isPresent());
        assertEquals("van", UriRules.checkQuery("size=5&van=%g1").orElseThrow().name());
    }

    @Test
    void eenNulTekenIsOngeldigOokGecodeerd() {
        assertEquals("mag geen NUL-teken bevatten", UriRules.checkPath("/api/v1/partners/%00").orElseThrow().reason());
        assertTrue(UriRules.checkPath("/api/v1/partners/a%00b/leveringen").isPresent());
        assertTrue(UriRules.checkPath("/api/v1/partners/a\u0000b").isPresent());
        assertEquals("klantId", UriRules.checkQuery("klantId=%00").orElseThrow().name());
    }
}
