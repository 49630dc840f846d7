package nl.werkplein.testsupport;

import org.apache.kafka.clients.admin.Admin;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in KRaft combined mode, in its own JVM from the Maven Central jars
 * (their classpath comes from deploy/local-infra), so no broker jar is on the test classpath.
 */
final class KafkaBroker {

    private final Path dir;
    private final int port;
    private Process process;

    KafkaBroker(Path dir) {
        this.dir = dir;
        this.port = freePort();
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the JVM and returns at once; {@link #awaitReady} waits for it. */
    void start() throws IOException, InterruptedException {
        String classpath = Files.readString(classpathFile()).trim();
        Files.createDirectories(dir);
        killOrphan();
        deleteRecursively(dir.resolve("data"));
        int controllerPort = freePort();
        Path properties = dir.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.dedupe.buffer.size=8388608",
                "num.partitions=3",
                "") );
        Path log4j = dir.resolve("log4j2.properties");
        Files.writeString(log4j, String.join("\n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.file.ref=file",
                "appender.file.type=File",
                "appender.file.name=file",
                "appender.file.fileName=" + dir.resolve("broker.log"),
                "appender.file.layout.type=PatternLayout",
                "appender.file.layout.pattern=%d %p %c{1} %m%n",
                "logger.server.name=kafka.server.KafkaServer",
                "logger.server.level=INFO",
                "logger.raft.name=kafka.server.BrokerServer",
                "logger.raft.level=INFO",
                ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(java, "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", "werkpleinTestCluster0A",
                "-c", properties.toString()));
        process = new ProcessBuilder(java, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4j, "-Dkafka.logs.dir=" + dir,
                "-cp", classpath, "kafka.Kafka", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        Files.writeString(dir.resolve("broker.pid"), Long.toString(process.pid()));
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers(), "request.timeout.ms", 2000,
                "default.api.timeout.ms", 3000))) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited; see " + dir.resolve("stdout.log"));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    Thread.sleep(100);
                }
            }
        }
        throw new IllegalStateException("Kafka broker not ready within " + timeout + "; see " + dir);
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A surefire fork killed with SIGKILL leaves its broker behind; the next start ends it. */
    private void killOrphan() throws IOException {
        Path pidFile = dir.resolve("broker.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).filter(p -> p.info().commandLine().orElse("").contains("kafka.Kafka"))
                    .ifPresent(ProcessHandle::destroyForcibly);
            Files.delete(pidFile);
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process format = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("format.log").toFile()).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed; see " + dir.resolve("format.log"));
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static Path classpathFile() {
        String configured = System.getProperty("werkplein-test.kafka-classpath");
        if (configured != null && Files.exists(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("deploy/local-infra/target/kafka.classpath");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Kafka classpath file; build deploy/local-infra first (mvn -pl <module> -am)");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
