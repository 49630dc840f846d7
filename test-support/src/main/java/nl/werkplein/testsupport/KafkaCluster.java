package nl.werkplein.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Kafka cluster of several KRaft nodes (each broker and controller, each its own JVM from the
 * Maven Central jars), as production runs it: replication factor 3 and {@code min.insync.replicas}
 * 2 by default, so one node can die without a write being refused or lost. For the broker-loss
 * tests; the rest of the tests share the single broker of {@link WerkpleinInfra}.
 */
public final class KafkaCluster implements AutoCloseable {

    private final Path dir;
    private final int size;
    private final int[] ports;
    private final int[] controllerPorts;
    private final Process[] nodes;

    public KafkaCluster(Path dir, int size) {
        this.dir = dir.toAbsolutePath();
        this.size = size;
        this.ports = new int[size + 1];
        this.controllerPorts = new int[size + 1];
        this.nodes = new Process[size + 1];
        for (int i = 1; i <= size; i++) {
            ports[i] = KafkaBroker.freePort();
            controllerPorts[i] = KafkaBroker.freePort();
        }
    }

    public String bootstrapServers() {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            all.add("127.0.0.1:" + ports[i]);
        }
        return String.join(",", all);
    }

    /** Formats every node's storage and starts them together; returns when the cluster answers with all nodes. */
    public KafkaCluster start() throws IOException, InterruptedException {
        for (int i = 1; i <= size; i++) {
            Path node = nodeDir(i);
            deleteRecursively(node);
            Files.createDirectories(node);
            writeConfig(i);
            run(node, List.of(java(), "-cp", classpath(), "kafka.tools.StorageTool", "format", "-t", "werkpleinTestCluster3A",
                    "-c", node.resolve("server.properties").toString()));
        }
        for (int i = 1; i <= size; i++) {
            launch(i);
        }
        awaitNodes(size, Duration.ofSeconds(90));
        return this;
    }

    /** SIGKILL of one node: no controlled shutdown, its partitions' leadership moves only when the others notice. */
    public void kill(int node) throws InterruptedException {
        nodes[node].destroyForcibly();
        nodes[node].waitFor(10, TimeUnit.SECONDS);
    }

    /** Starts a killed node again on its own data, as {@code deploy/local/up.sh} does. */
    public void restart(int node) throws IOException, InterruptedException {
        launch(node);
        awaitNodes(size, Duration.ofSeconds(90));
    }

    /** The node that leads the most partitions of these topics now. */
    public int leaderOfMost(List<String> topics) throws Exception {
        Map<Integer, Integer> led = new HashMap<>();
        for (TopicDescription d : describe(topics).values()) {
            for (TopicPartitionInfo p : d.partitions()) {
                if (p.leader() != null) {
                    led.merge(p.leader().id(), 1, Integer::sum);
                }
            }
        }
        return led.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Waits until every partition of these topics has all its replicas in sync again. */
    public void awaitInSync(List<String> topics, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = describe(topics).values().stream().flatMap(d -> d.partitions().stream())
                    .allMatch(p -> p.isr().size() == p.replicas().size());
            if (all) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("replicas not in sync within " + timeout + " for " + topics);
    }

    private Map<String, TopicDescription> describe(List<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers(), "request.timeout.ms", 3000,
                "default.api.timeout.ms", 10000))) {
            return admin.describeTopics(topics).allTopicNames().get(15, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        for (int i = 1; i <= size; i++) {
            if (nodes[i] != null) {
                nodes[i].destroyForcibly();
            }
        }
    }

    private void awaitNodes(int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers(), "request.timeout.ms", 2000,
                "default.api.timeout.ms", 3000))) {
            while (System.nanoTime() < deadline) {
                try {
                    List<Integer> up = admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).stream().map(Node::id).toList();
                    if (up.size() >= expected) {
                        return;
                    }
                } catch (Exception notYet) {
                    // still electing
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Kafka cluster not up with " + expected + " nodes within " + timeout + "; see " + dir);
    }

    private void launch(int i) throws IOException {
        Path node = nodeDir(i);
        Process p = new ProcessBuilder(java(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + node.resolve("log4j2.properties"), "-Dkafka.logs.dir=" + node,
                "-cp", classpath(), "kafka.Kafka", node.resolve("server.properties").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(node.resolve("stdout.log").toFile()))
                .start();
        nodes[i] = p;
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly, "stop-kafka-node-" + i));
    }

    private void writeConfig(int i) throws IOException {
        Path node = nodeDir(i);
        String voters = java.util.stream.IntStream.rangeClosed(1, size)
                .mapToObj(n -> n + "@127.0.0.1:" + controllerPorts[n]).collect(Collectors.joining(","));
        int replicas = Math.min(3, size);
        Files.writeString(node.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + i,
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + ports[i] + ",CONTROLLER://127.0.0.1:" + controllerPorts[i],
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + ports[i],
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + node.resolve("data"),
                // as production (deploy/k8s Strimzi Kafka): every topic on three nodes, two must have a write
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + Math.max(1, replicas - 1),
                "offsets.topic.replication.factor=" + replicas,
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + Math.max(1, replicas - 1),
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=" + replicas,
                "share.coordinator.state.topic.min.isr=" + Math.max(1, replicas - 1),
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.dedupe.buffer.size=8388608",
                // a dead node is noticed in seconds, not the default 9 s + 18 s session
                "broker.session.timeout.ms=4000",
                "broker.heartbeat.interval.ms=1000",
                "replica.lag.time.max.ms=5000",
                "num.partitions=3",
                ""));
        Files.writeString(node.resolve("log4j2.properties"), String.join("\n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.file.ref=file",
                "appender.file.type=File",
                "appender.file.name=file",
                "appender.file.fileName=" + node.resolve("broker.log"),
                "appender.file.append=true",
                "appender.file.layout.type=PatternLayout",
                "appender.file.layout.pattern=%d %p %c{1} %m%n",
                ""));
    }

    private Path nodeDir(int i) {
        return dir.resolve("node-" + i);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classpath() throws IOException {
        return Files.readString(KafkaBroker.classpathFile()).trim();
    }

    private static void run(Path node, List<String> command) throws IOException, InterruptedException {
        Process format = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(node.resolve("format.log").toFile()).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed; see " + node.resolve("format.log"));
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
