import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What deploy/local/status.sh and scale.sh read from Kafka, through the admin API of kafka-clients
 * (the broker jars hold no kafka-tools). Tab-separated lines, one fact each:
 *
 *   broker  ID  HOST:PORT  leaders=N  [controller]
 *   topics  COUNT  partitions=N  under-replicated=N  offline=N  min-replicas=N  min-isr=N
 *   group   GROUP  STATE  members=N  lag=N
 *   member  GROUP  CLIENT-ID  ASSIGNMENT(topic[p,p];...)  lag=N
 *
 * Usage: java -cp KAFKA_CP KafkaStatus BOOTSTRAP [GROUP ...]   (no group: every consumer group)
 */
public class KafkaStatus {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: KafkaStatus BOOTSTRAP [GROUP ...]");
            System.exit(2);
        }
        Map<String, Object> config = Map.of("bootstrap.servers", args[0], "request.timeout.ms", 5000,
                "default.api.timeout.ms", 10000, "client.id", "werkplein-status");
        try (Admin admin = Admin.create(config)) {
            cluster(admin);
            List<String> groups = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                groups.add(args[i]);
            }
            if (groups.isEmpty()) {
                for (ConsumerGroupListing g : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
                    groups.add(g.groupId());
                }
            }
            groups.sort(String::compareTo);
            if (!groups.isEmpty()) {
                groups(admin, groups);
            }
        }
    }

    private static void cluster(Admin admin) throws Exception {
        DescribeClusterResult cluster = admin.describeCluster();
        Collection<Node> nodes = cluster.nodes().get(10, TimeUnit.SECONDS);
        Node controller = cluster.controller().get(10, TimeUnit.SECONDS);
        Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
        Map<Integer, Integer> leaders = new HashMap<>();
        int partitions = 0, under = 0, offline = 0, minReplicas = Integer.MAX_VALUE, minIsr = Integer.MAX_VALUE;
        for (TopicDescription t : topics.values()) {
            for (TopicPartitionInfo p : t.partitions()) {
                partitions++;
                if (p.leader() == null || p.leader().isEmpty()) {
                    offline++;
                } else {
                    leaders.merge(p.leader().id(), 1, Integer::sum);
                }
                if (p.isr().size() < p.replicas().size()) {
                    under++;
                }
                minReplicas = Math.min(minReplicas, p.replicas().size());
                minIsr = Math.min(minIsr, p.isr().size());
            }
        }
        for (Node n : nodes.stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).toList()) {
            System.out.println(String.join("\t", "broker", Integer.toString(n.id()), n.host() + ":" + n.port(),
                    "leaders=" + leaders.getOrDefault(n.id(), 0), controller != null && controller.id() == n.id() ? "controller" : ""));
        }
        System.out.println(String.join("\t", "topics", Integer.toString(topics.size()), "partitions=" + partitions,
                "under-replicated=" + under, "offline=" + offline,
                "min-replicas=" + (partitions == 0 ? 0 : minReplicas), "min-isr=" + (partitions == 0 ? 0 : minIsr)));
    }

    private static void groups(Admin admin, List<String> groups) throws Exception {
        Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS);
        for (String group : groups) {
            ConsumerGroupDescription d = described.get(group);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Set<TopicPartition> partitions = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
            partitions.addAll(committed.keySet());
            for (MemberDescription m : d.members()) {
                partitions.addAll(m.assignment().topicPartitions());
            }
            Map<TopicPartition, Long> end = new HashMap<>();
            if (!partitions.isEmpty()) {
                Map<TopicPartition, OffsetSpec> spec = new HashMap<>();
                partitions.forEach(tp -> spec.put(tp, OffsetSpec.latest()));
                ListOffsetsResult offsets = admin.listOffsets(spec, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED));
                offsets.all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> end.put(tp, info.offset()));
            }
            Map<TopicPartition, Long> lag = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                long e = end.getOrDefault(tp, 0L);
                lag.put(tp, Math.max(0, e - (c == null ? 0 : c.offset())));
            }
            long total = lag.values().stream().mapToLong(Long::longValue).sum();
            System.out.println(String.join("\t", "group", group, d.groupState().toString(), "members=" + d.members().size(), "lag=" + total));
            List<MemberDescription> members = new ArrayList<>(d.members());
            members.sort((a, b) -> a.clientId().compareTo(b.clientId()));
            for (MemberDescription m : members) {
                Map<String, List<Integer>> perTopic = new TreeMap<>();
                long memberLag = 0;
                for (TopicPartition tp : m.assignment().topicPartitions()) {
                    perTopic.computeIfAbsent(tp.topic(), t -> new ArrayList<>()).add(tp.partition());
                    memberLag += lag.getOrDefault(tp, 0L);
                }
                String assignment = perTopic.entrySet().stream()
                        .map(e -> e.getKey() + "[" + e.getValue().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")) + "]")
                        .collect(Collectors.joining(";"));
                System.out.println(String.join("\t", "member", group, m.clientId(), assignment.isEmpty() ? "-" : assignment, "lag=" + memberLag));
            }
        }
    }
}
