package nl.werkplein.platform.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonBodyRulesTest {

    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eenVerplichteBodyOntbreektOfIsNull() {
        assertEquals("body", JsonBodyRules.check(b(""), true).orElseThrow().name());
        assertEquals("body", JsonBodyRules.check(b("  \n"), true).orElseThrow().name());
        assertEquals("body", JsonBodyRules.check(b(" null "), true).orElseThrow().name());
        // an optional body (read as text) may be left out, but is never the literal null
        assertTrue(JsonBodyRules.check(b(""), false).isEmpty());
        assertEquals("body", JsonBodyRules.check(b("null"), false).orElseThrow().name());
    }

    @Test
    void eenNulTekenWordtBijHetVeldGenoemd() {
        assertEquals("vacatures[1].postcode",
                JsonBodyRules.check(b("{\"vacatures\":[{\"postcode\":\"1\"},{\"postcode\":\"97\\u0000\"}]}"), true).orElseThrow().name());
        assertEquals("naam", JsonBodyRules.check(b("{\"naam\\u0000\":1}"), true).orElseThrow().name());
        assertEquals("[0]", JsonBodyRules.check(b("[\"\\u0000\"]"), true).orElseThrow().name());
        assertEquals("body", JsonBodyRules.check(new byte[]{'{', 0, '}'}, true).orElseThrow().name());
    }

    @Test
    void eenEscapedBackslashIsGeenNul() {
        assertTrue(JsonBodyRules.check(b("{\"pad\":\"C:\\\\u0000\"}"), true).isEmpty());
        assertTrue(JsonBodyRules.check(b("{\"a\":[1,2,{\"b\":null}]}"), true).isEmpty());
    }

    @Test
    void geenJsonLaatHetAanDeReader() {
        assertTrue(JsonBodyRules.check(b("{\"a\": \"b"), true).isEmpty());
        assertTrue(JsonBodyRules.check(b("hallo"), true).isEmpty());
    }
}
