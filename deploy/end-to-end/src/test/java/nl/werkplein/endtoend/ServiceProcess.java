package nl.werkplein.endtoend;

import nl.werkplein.testsupport.TestKeys;
import nl.werkplein.testsupport.WerkpleinInfra;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A packaged service (target/quarkus-app) running as its own process against the test infrastructure. */
final class ServiceProcess implements AutoCloseable {

    final String service;
    final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String service, String database, Map<String, String> extraEnv) throws IOException {
        Path root = Path.of(System.getProperty("werkplein-test.root", "../..")).toAbsolutePath().normalize();
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; build it first (mvn -pl deploy/end-to-end -am verify)");
        }
        WerkpleinInfra infra = WerkpleinInfra.get();
        int port = freePort();
        Path logs = Path.of(System.getProperty("werkplein-test.work", "target/test-infra")).toAbsolutePath();
        Files.createDirectories(logs);
        Path log = logs.resolve(service + "-" + port + ".log");
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.database(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", database);
        env.put("QUARKUS_DATASOURCE_PASSWORD", database);
        env.putIfAbsent("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestKeys.publicKeyFile().toString());
        env.put("WERKPLEIN_OUTBOX_CLAIM_INTERVAL", "200ms");
        env.putIfAbsent("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.putIfAbsent("QUARKUS_MAILER_PORT", Integer.toString(nl.werkplein.testsupport.MailServer.get().port()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        ServiceProcess started = new ServiceProcess(service, port, builder.start(), log);
        Runtime.getRuntime().addShutdownHook(new Thread(started.process::destroyForcibly));
        return started;
    }

    /** Everything the process wrote to its log so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** One sample of a Prometheus metric from /q/metrics, by its client_id label (Kafka client metrics), summed. */
    double metric(String name, String clientId) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/q/metrics").toURL().openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(5000);
        double sum = 0;
        boolean found = false;
        for (String line : new String(c.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith(name + "{") && line.contains("client_id=\"" + clientId + "\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException(service + " has no metric " + name + " for " + clientId);
        }
        return sum;
    }

    @Override
    public String toString() {
        return service + "@" + port + " (pid " + process.pid() + ")";
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited; see " + log + ":\n" + tail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(service + " not ready within " + timeout + "; see " + log + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hooks, no graceful hand-over, as when a node dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        closeAll(List.of(this));
    }

    /**
     * SIGTERM to all at once, then wait for each: a graceful stop takes 8-14 s here (consumer groups
     * left, offsets committed), so stopping replicas one after another cost a test that much per replica.
     */
    static void closeAll(List<ServiceProcess> processes) throws InterruptedException {
        for (ServiceProcess p : processes) {
            if (p != null) {
                p.process.destroy();
            }
        }
        for (ServiceProcess p : processes) {
            if (p != null && !p.process.waitFor(15, TimeUnit.SECONDS)) {
                p.process.destroyForcibly();
            }
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
