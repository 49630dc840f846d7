package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule: each service's KafkaUser grants exactly what its code uses. Required: Write on the topics it
 * produces, its dead-letter topics and its outbox progress topic; Read on what it consumes and its
 * progress topic; Read on its consumer groups; Write on its relay's transactional ids. Allowed beyond
 * that: Describe, DescribeConfigs and Create on the topics it uses (it creates them at start-up), Read
 * on its own dead-letter topics (the DLQ replay reads them). Anything else is too much: another
 * service's topic, Write on a topic it only reads, Read on one it only writes, All/Alter/Delete, other
 * groups or transactional ids, cluster rights beyond Describe and IdempotentWrite.
 */
public final class KafkaUserAcls {

    private static final Set<String> TOPIC_META = Set.of("Describe", "DescribeConfigs", "Create");

    private record Acl(String type, String name, boolean prefix, Set<String> operations, boolean allow) {
        boolean covers(String resourceType, String resource) {
            return type.equals(resourceType)
                    && (name.equals("*") || (prefix ? resource.startsWith(name) : resource.equals(name)));
        }
    }

    private KafkaUserAcls() {
    }

    public static List<String> check(List<Manifest> manifests, TopicsInCode code) {
        List<String> problems = new ArrayList<>();
        Set<String> knownTopics = new TreeSet<>(code.all());
        knownTopics.addAll(KafkaTopicCoverage.topics(manifests).keySet());
        for (ServiceCode s : code.services().values()) {
            Optional<Manifest> user = ServiceDeployments.named(manifests, "KafkaUser", s.name());
            if (user.isEmpty()) {
                problems.add("service " + s.name() + " has no KafkaUser named " + s.name());
                continue;
            }
            List<Acl> acls = acls(user.get());
            String who = "KafkaUser " + s.name();

            Set<String> writes = new TreeSet<>(s.produces());
            writes.addAll(s.deadLetters());
            writes.add(s.progressTopic());
            Set<String> reads = new TreeSet<>(s.consumes());
            reads.add(s.progressTopic());
            Set<String> mayRead = new TreeSet<>(reads);
            mayRead.addAll(s.deadLetters());

            writes.forEach(t -> require(acls, "topic", t, "Write", who, problems));
            reads.forEach(t -> require(acls, "topic", t, "Read", who, problems));
            s.groups().forEach(g -> require(acls, "group", g, "Read", who, problems));
            require(acls, "transactionalId", s.transactionalIdPrefix() + "0", "Write", who, problems);

            for (Acl acl : acls) {
                if (!acl.allow()) {
                    continue;
                }
                for (String op : acl.operations()) {
                    if (Set.of("All", "Alter", "Delete", "AlterConfigs", "ClusterAction").contains(op)) {
                        problems.add(who + " grants " + op + " on " + acl.type() + " " + acl.name() + ": more than the service needs");
                    }
                }
                switch (acl.type()) {
                    case "topic" -> {
                        Set<String> covered = new TreeSet<>();
                        knownTopics.stream().filter(t -> acl.covers("topic", t)).forEach(covered::add);
                        if (covered.isEmpty()) {
                            problems.add(who + " grants " + acl.operations() + " on topic " + acl.name() + ", which no service uses");
                        }
                        for (String t : covered) {
                            boolean used = writes.contains(t) || mayRead.contains(t);
                            for (String op : acl.operations()) {
                                boolean ok = switch (op) {
                                    case "Write" -> writes.contains(t);
                                    case "Read" -> mayRead.contains(t);
                                    default -> TOPIC_META.contains(op) && used;
                                };
                                if (!ok && !Set.of("All", "Alter", "Delete", "AlterConfigs").contains(op)) {
                                    problems.add(who + " grants " + op + " on topic " + t + ", which " + s.name()
                                            + (used ? " does not " + (op.equals("Write") ? "write" : "read") : " does not use"));
                                }
                            }
                        }
                    }
                    case "group" -> {
                        boolean own = s.groups().stream().anyMatch(g -> acl.covers("group", g))
                                && (!acl.prefix() || s.groups().stream().allMatch(g -> g.startsWith(acl.name()) || !acl.covers("group", g)));
                        if (!own || acl.name().equals("*")) {
                            problems.add(who + " grants " + acl.operations() + " on group " + acl.name() + ", not one of its groups " + s.groups());
                        }
                    }
                    case "transactionalId" -> {
                        boolean own = acl.prefix() ? s.transactionalIdPrefix().startsWith(acl.name()) && acl.name().startsWith(s.name())
                                : acl.name().startsWith(s.transactionalIdPrefix());
                        if (!own) {
                            problems.add(who + " grants " + acl.operations() + " on transactionalId " + acl.name()
                                    + ", not its relay's " + s.transactionalIdPrefix() + "*");
                        }
                    }
                    case "cluster" -> {
                        for (String op : acl.operations()) {
                            if (!Set.of("Describe", "IdempotentWrite", "DescribeConfigs").contains(op)) {
                                problems.add(who + " grants " + op + " on the cluster");
                            }
                        }
                    }
                    default -> problems.add(who + " has an ACL on unknown resource type " + acl.type());
                }
            }
        }
        return problems;
    }

    private static void require(List<Acl> acls, String type, String resource, String op, String who, List<String> problems) {
        boolean allowed = acls.stream().anyMatch(a -> a.allow() && a.covers(type, resource)
                && (a.operations().contains(op) || a.operations().contains("All")));
        boolean denied = acls.stream().anyMatch(a -> !a.allow() && a.covers(type, resource)
                && (a.operations().contains(op) || a.operations().contains("All")));
        if (!allowed || denied) {
            problems.add(who + " lacks " + op + " on " + type + " " + resource);
        }
    }

    private static List<Acl> acls(Manifest user) {
        List<Acl> acls = new ArrayList<>();
        for (JsonNode a : user.spec().path("authorization").path("acls")) {
            JsonNode r = a.path("resource");
            Set<String> ops = new TreeSet<>();
            a.path("operations").forEach(o -> ops.add(o.asText()));
            if (a.has("operation")) {
                ops.add(a.path("operation").asText());
            }
            acls.add(new Acl(r.path("type").asText(), r.path("name").asText(r.path("type").asText().equals("cluster") ? "*" : ""),
                    "prefix".equals(r.path("patternType").asText("literal")), ops,
                    !"deny".equals(a.path("type").asText("allow"))));
        }
        return acls;
    }
}
