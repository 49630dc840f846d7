package nl.werkplein.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudEventTest {

    final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void eenEventGaatHeenEnTerugZonderVerlies() {
        UUID id = UUID.randomUUID();
        String json = """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:1:systeem:x","type":"nl.werkplein.x.y-gedaan",
                 "time":"2026-11-23T10:15:30+01:00","subject":"s","datacontenttype":"application/json","data":{"n":1}}"""
                .formatted(id);
        CloudEvent event = CloudEvent.parse(json, mapper);
        assertEquals(id, event.id());
        assertEquals(1, event.data().get("n").asInt());
        assertEquals(event, CloudEvent.parse(event.toJson(mapper), mapper));
    }

    @ParameterizedTest
    @ValueSource(strings = {"geen json", "[]", "{}", "{\"specversion\":\"0.3\",\"id\":\"a\",\"source\":\"b\",\"type\":\"c\"}",
            "{\"specversion\":\"1.0\",\"id\":\"geen-uuid\",\"source\":\"b\",\"type\":\"c\"}",
            "{\"specversion\":\"1.0\",\"source\":\"b\",\"type\":\"c\"}"})
    void eenOnleesbaarEventIsOnbehandelbaar(String json) {
        assertThrows(InvalidEventException.class, () -> CloudEvent.parse(json, mapper));
    }

    @Test
    void eenBsnVeldWordtOveralGevonden() {
        assertTrue(CloudEvent.containsForbiddenField(mapper.valueToTree(Map.of("a", Map.of("BSN", "x")))));
        assertTrue(CloudEvent.containsForbiddenField(mapper.valueToTree(Map.of("lijst", java.util.List.of(Map.of("bsn", 1))))));
        assertFalse(CloudEvent.containsForbiddenField(mapper.valueToTree(Map.of("klantId", "x"))));
    }
}
