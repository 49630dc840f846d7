package nl.werkplein.platform.beheer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which Kafka channels of a service move what they cannot handle to a dead-letter topic, read from
 * the {@code mp.messaging.incoming.*} configuration. Framework-free, so the mapping is unit-tested.
 *
 * <p>A dead-letter topic belongs to every channel that names it as its {@code dead-letter-queue.topic},
 * and to every channel that consumes {@code X} when the topic is {@code X.dlq} (a pattern channel may
 * route to a per-topic {@code .dlq} itself). Replaying into all of them is safe: each is idempotent.
 */
public final class DlqKanalen {

    /** One consuming channel with failure-strategy dead-letter-queue. */
    public record Kanaal(String naam, String topic, boolean patroon, String dlqTopic) {

        boolean consumeert(String consumedTopic) {
            return patroon ? Pattern.matches(topic, consumedTopic) : topic.equals(consumedTopic);
        }
    }

    private static final String PREFIX = "mp.messaging.incoming.";
    public static final String SUFFIX = ".dlq";

    private final List<Kanaal> kanalen;
    private final Set<String> dlqTopics;

    public DlqKanalen(List<Kanaal> kanalen, List<String> consumes) {
        this.kanalen = List.copyOf(kanalen);
        Set<String> topics = new LinkedHashSet<>();
        for (Kanaal k : kanalen) {
            topics.add(k.dlqTopic());
        }
        for (String c : consumes) {
            topics.add(c + SUFFIX);
        }
        this.dlqTopics = Set.copyOf(topics);
    }

    /** Parses the incoming channel properties (names with the {@code mp.messaging.incoming.} prefix). */
    public static DlqKanalen uit(Map<String, String> properties, List<String> consumes) {
        Map<String, Map<String, String>> perKanaal = new TreeMap<>();
        for (Map.Entry<String, String> e : properties.entrySet()) {
            if (!e.getKey().startsWith(PREFIX)) {
                continue;
            }
            String rest = e.getKey().substring(PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot <= 0) {
                continue;
            }
            perKanaal.computeIfAbsent(rest.substring(0, dot), k -> new TreeMap<>()).put(rest.substring(dot + 1), e.getValue());
        }
        List<Kanaal> kanalen = new ArrayList<>();
        perKanaal.forEach((naam, p) -> {
            if (!"smallrye-kafka".equals(p.get("connector")) || !"dead-letter-queue".equals(p.get("failure-strategy"))) {
                return;
            }
            String topic = p.getOrDefault("topic", naam);
            boolean patroon = Boolean.parseBoolean(p.getOrDefault("pattern", "false"));
            // the connector's own default when no dead-letter topic is configured
            String dlq = p.getOrDefault("dead-letter-queue.topic", "dead-letter-topic-" + naam);
            kanalen.add(new Kanaal(naam, topic, patroon, dlq));
        });
        return new DlqKanalen(kanalen, consumes);
    }

    public List<Kanaal> kanalen() {
        return kanalen;
    }

    /** Every dead-letter topic of this service, sorted. */
    public List<String> dlqTopics() {
        return dlqTopics.stream().sorted().toList();
    }

    /**
     * The dead-letter topic an operator means: the topic itself, or the consumed topic it belongs to.
     * Null when this service has no such dead-letter topic.
     */
    public String dlqTopicVoor(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        if (dlqTopics.contains(topic)) {
            return topic;
        }
        for (Kanaal k : kanalen) {
            if (!k.patroon() && k.topic().equals(topic)) {
                return k.dlqTopic();
            }
        }
        return dlqTopics.contains(topic + SUFFIX) ? topic + SUFFIX : null;
    }

    /** The channels whose failures may be in this dead-letter topic; replaying goes into each. */
    public List<Kanaal> kanalenVoor(String dlqTopic, String oorspronkelijkTopic) {
        List<Kanaal> result = new ArrayList<>();
        String consumed = oorspronkelijkTopic != null ? oorspronkelijkTopic
                : dlqTopic.endsWith(SUFFIX) ? dlqTopic.substring(0, dlqTopic.length() - SUFFIX.length()) : null;
        for (Kanaal k : kanalen) {
            boolean viaDlq = k.dlqTopic().equals(dlqTopic) && (consumed == null || k.consumeert(consumed));
            boolean viaTopic = consumed != null && dlqTopic.equals(consumed + SUFFIX) && k.consumeert(consumed);
            if (viaDlq || viaTopic) {
                result.add(k);
            }
        }
        return result;
    }
}
