package nl.werkplein.platform.beheer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DlqKanalenTest {

    /** As intake-service configures it: two channels read one topic and share its dead-letter topic. */
    static final Map<String, String> INTAKE = Map.ofEntries(
            Map.entry("mp.messaging.incoming.indelingen.connector", "smallrye-kafka"),
            Map.entry("mp.messaging.incoming.indelingen.topic", "werkplein.screening.indelingen.v1"),
            Map.entry("mp.messaging.incoming.indelingen.failure-strategy", "dead-letter-queue"),
            Map.entry("mp.messaging.incoming.indelingen.dead-letter-queue.topic", "werkplein.screening.indelingen.v1.dlq"),
            Map.entry("mp.messaging.incoming.berichten-screening.connector", "smallrye-kafka"),
            Map.entry("mp.messaging.incoming.berichten-screening.topic", "werkplein.screening.indelingen.v1"),
            Map.entry("mp.messaging.incoming.berichten-screening.failure-strategy", "dead-letter-queue"),
            Map.entry("mp.messaging.incoming.berichten-screening.dead-letter-queue.topic", "werkplein.screening.indelingen.v1.dlq"),
            Map.entry("mp.messaging.incoming.plaatsingen.connector", "smallrye-kafka"),
            Map.entry("mp.messaging.incoming.plaatsingen.topic", "werkplein.employer.plaatsingen.v1"),
            Map.entry("mp.messaging.incoming.plaatsingen.failure-strategy", "dead-letter-queue"),
            Map.entry("mp.messaging.incoming.plaatsingen.dead-letter-queue.topic", "werkplein.employer.plaatsingen.v1.dlq"),
            // fails the stream instead: no dead-letter topic of ours
            Map.entry("mp.messaging.incoming.streng.connector", "smallrye-kafka"),
            Map.entry("mp.messaging.incoming.streng.topic", "werkplein.streng.v1"),
            Map.entry("mp.messaging.outgoing.uit.connector", "smallrye-kafka"));

    @Test
    void eenDeadLetterTopicHoortBijElkKanaalDatHetNoemt() {
        DlqKanalen kanalen = DlqKanalen.uit(INTAKE, List.of());
        assertEquals(List.of("werkplein.employer.plaatsingen.v1.dlq", "werkplein.screening.indelingen.v1.dlq"), kanalen.dlqTopics());
        assertEquals(List.of("berichten-screening", "indelingen"),
                kanalen.kanalenVoor("werkplein.screening.indelingen.v1.dlq", "werkplein.screening.indelingen.v1").stream()
                        .map(DlqKanalen.Kanaal::naam).toList());
        assertEquals(List.of("plaatsingen"), kanalen.kanalenVoor("werkplein.employer.plaatsingen.v1.dlq", null).stream()
                .map(DlqKanalen.Kanaal::naam).toList());
    }

    @Test
    void hetGelezenTopicWijstNaarZijnDeadLetterTopic() {
        DlqKanalen kanalen = DlqKanalen.uit(INTAKE, List.of());
        assertEquals("werkplein.screening.indelingen.v1.dlq", kanalen.dlqTopicVoor("werkplein.screening.indelingen.v1"));
        assertEquals("werkplein.screening.indelingen.v1.dlq", kanalen.dlqTopicVoor("werkplein.screening.indelingen.v1.dlq"));
        assertNull(kanalen.dlqTopicVoor("werkplein.streng.v1"), "a channel without a dead-letter topic");
        assertNull(kanalen.dlqTopicVoor("werkplein.intake.aanvragen.v1"), "a topic this service does not read");
        assertNull(kanalen.dlqTopicVoor(" "));
    }

    /** As employer-service reads the pool topics: one pattern channel; a record goes to its topic's own .dlq. */
    @Test
    void eenPatroonkanaalLeestDeDeadLetterTopicsVanZijnTopics() {
        DlqKanalen kanalen = DlqKanalen.uit(Map.of(
                "mp.messaging.incoming.matching.connector", "smallrye-kafka",
                "mp.messaging.incoming.matching.pattern", "true",
                "mp.messaging.incoming.matching.topic", "werkplein\\.matching\\.[a-z0-9_-]+\\.v1",
                "mp.messaging.incoming.matching.failure-strategy", "dead-letter-queue",
                "mp.messaging.incoming.matching.dead-letter-queue.topic", "werkplein.matching.dlq"),
                List.of("werkplein.matching.bemiddelbaar.v1"));
        assertEquals(List.of("werkplein.matching.bemiddelbaar.v1.dlq", "werkplein.matching.dlq"), kanalen.dlqTopics());
        assertEquals("werkplein.matching.bemiddelbaar.v1.dlq", kanalen.dlqTopicVoor("werkplein.matching.bemiddelbaar.v1"));
        assertEquals(List.of("matching"), kanalen.kanalenVoor("werkplein.matching.bemiddelbaar.v1.dlq", "werkplein.matching.bemiddelbaar.v1")
                .stream().map(DlqKanalen.Kanaal::naam).toList());
        assertEquals(List.of("matching"), kanalen.kanalenVoor("werkplein.matching.dlq", "werkplein.matching.sw.v1")
                .stream().map(DlqKanalen.Kanaal::naam).toList());
        assertEquals(List.of(), kanalen.kanalenVoor("werkplein.matching.dlq", "werkplein.intake.aanvragen.v1"));
    }
}
