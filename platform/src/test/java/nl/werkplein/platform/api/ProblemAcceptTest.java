package nl.werkplein.platform.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemAcceptTest {

    @Test
    void alleenProblemJsonAccepteertOokJson() {
        assertEquals("application/problem+json, application/json;q=0.9", ProblemAccept.widen("application/problem+json"));
        assertEquals("application/problem+json;q=1, application/json;q=0.9", ProblemAccept.widen("application/problem+json;q=1"));
    }

    @Test
    void andereAcceptBlijftZoals() {
        assertEquals("application/json", ProblemAccept.widen("application/json"));
        assertEquals("application/problem+json, */*", ProblemAccept.widen("application/problem+json, */*"));
        assertEquals("image/png", ProblemAccept.widen("image/png"));
        assertEquals("", ProblemAccept.widen(null));
    }
}
