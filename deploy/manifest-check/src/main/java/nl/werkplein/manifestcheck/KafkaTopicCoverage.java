package nl.werkplein.manifestcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rule: every topic the code uses has a KafkaTopic, and every KafkaTopic is used by some service;
 * an outbox progress topic has exactly as many partitions as the relay has buckets (it refuses to
 * start otherwise).
 */
public final class KafkaTopicCoverage {

    private KafkaTopicCoverage() {
    }

    public static Map<String, Manifest> topics(List<Manifest> manifests) {
        Map<String, Manifest> topics = new TreeMap<>();
        for (Manifest m : manifests) {
            if (m.is("KafkaTopic")) {
                topics.put(m.spec().path("topicName").asText(m.name()), m);
            }
        }
        return topics;
    }

    public static List<String> check(List<Manifest> manifests, TopicsInCode code) {
        List<String> problems = new ArrayList<>();
        Map<String, Manifest> topics = topics(manifests);
        for (ServiceCode s : code.services().values()) {
            for (String topic : s.usedTopics()) {
                if (!topics.containsKey(topic)) {
                    problems.add("topic " + topic + " (used by " + s.name() + ") has no KafkaTopic");
                }
            }
            Manifest progress = topics.get(s.progressTopic());
            int buckets = EnvVarsAreProperties.value(manifests, s.name(), "WERKPLEIN_OUTBOX_BUCKETS")
                    .map(Integer::parseInt).orElse(s.outboxBuckets());
            if (progress != null && progress.spec().path("partitions").asInt(-1) != buckets) {
                problems.add("KafkaTopic " + s.progressTopic() + " has " + progress.spec().path("partitions").asInt(-1)
                        + " partitions but the outbox of " + s.name() + " has " + buckets + " buckets");
            }
        }
        Set<String> used = code.all();
        for (String topic : new TreeSet<>(topics.keySet())) {
            if (!used.contains(topic)) {
                problems.add("KafkaTopic " + topic + " is used by no service (found in no application.properties or code)");
            }
        }
        return problems;
    }
}
