package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule: a ScaledObject never allows more replicas than the partitions of any topic it scales on
 * (KEDA's default maximum is 100); each kafka trigger names a consumer group and topic of the
 * service it scales; every service that consumes Kafka scales on lag and on CPU; and no
 * HorizontalPodAutoscaler of its own competes with KEDA's for the same Deployment.
 */
public final class KedaReplicaRule {

    /** KEDA's maxReplicaCount when the ScaledObject leaves it out. */
    static final int KEDA_DEFAULT_MAX = 100;

    private KedaReplicaRule() {
    }

    public static List<String> check(List<Manifest> manifests, TopicsInCode code) {
        List<String> problems = new ArrayList<>();
        Map<String, Manifest> topics = KafkaTopicCoverage.topics(manifests);
        Set<String> scaled = new TreeSet<>();
        for (Manifest so : manifests) {
            if (!so.is("ScaledObject")) {
                continue;
            }
            String target = so.spec().path("scaleTargetRef").path("name").asText();
            scaled.add(target);
            int max = so.spec().path("maxReplicaCount").asInt(KEDA_DEFAULT_MAX);
            ServiceCode service = code.services().get(target);
            boolean lag = false;
            boolean cpu = false;
            for (JsonNode trigger : so.spec().path("triggers")) {
                String type = trigger.path("type").asText();
                cpu |= type.equals("cpu");
                if (!type.equals("kafka")) {
                    continue;
                }
                lag = true;
                JsonNode md = trigger.path("metadata");
                String group = md.path("consumerGroup").asText();
                Set<String> scaledTopics = new TreeSet<>();
                for (String t : md.path("topic").asText("").split(",")) {
                    if (!t.isBlank()) {
                        scaledTopics.add(t.trim());
                    }
                }
                if (service != null) {
                    if (!service.groups().contains(group)) {
                        problems.add("ScaledObject " + so.name() + " scales on consumer group " + group + ", not one of "
                                + target + "'s " + service.groups());
                    }
                    if (scaledTopics.isEmpty()) {
                        // no topic: KEDA takes every topic the group has offsets for
                        scaledTopics.addAll(service.consumes());
                    }
                    for (String t : scaledTopics) {
                        if (!service.consumes().contains(t)) {
                            problems.add("ScaledObject " + so.name() + " scales on topic " + t + ", which " + target + " does not consume");
                        }
                    }
                }
                for (String t : scaledTopics) {
                    Manifest topic = topics.get(t);
                    if (topic == null) {
                        problems.add("ScaledObject " + so.name() + " scales on topic " + t + ", which has no KafkaTopic");
                    } else if (max > topic.spec().path("partitions").asInt(1)) {
                        problems.add("ScaledObject " + so.name() + " allows maxReplicaCount " + max + " but topic " + t
                                + " has " + topic.spec().path("partitions").asInt(1) + " partitions (the extra consumers would idle)");
                    }
                }
            }
            if (service != null && !service.consumes().isEmpty() && !lag) {
                problems.add("ScaledObject " + so.name() + " has no kafka trigger, but " + target + " consumes " + service.consumes());
            }
            if (service != null && !cpu) {
                problems.add("ScaledObject " + so.name() + " has no cpu trigger for the REST load of " + target);
            }
        }
        for (ServiceCode s : code.services().values()) {
            if (!scaled.contains(s.name())) {
                problems.add("service " + s.name() + " has no ScaledObject");
            }
        }
        for (Manifest hpa : manifests) {
            if (hpa.is("HorizontalPodAutoscaler") && scaled.contains(hpa.spec().path("scaleTargetRef").path("name").asText())) {
                problems.add("HorizontalPodAutoscaler " + hpa.name() + " targets a Deployment KEDA already scales");
            }
        }
        return problems;
    }
}
