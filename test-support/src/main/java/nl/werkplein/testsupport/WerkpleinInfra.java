package nl.werkplein.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real Kafka broker and PostgreSQL server of one test JVM, started once and shared by every test
 * class in it (a shutdown hook stops them). To reuse servers that already run — the local suite's,
 * say — set WERKPLEIN_TEST_KAFKA (bootstrap servers) and WERKPLEIN_TEST_POSTGRES
 * (jdbc:postgresql://host:port/, superuser postgres without password, as deploy/local sets it up).
 */
public final class WerkpleinInfra {

    private static volatile WerkpleinInfra instance;

    private final String kafkaBootstrap;
    private final String postgresBase;
    private final Set<String> databases = ConcurrentHashMap.newKeySet();
    /** How long each server took from start to ready in this JVM, for the benchmarks (0 when reused). */
    private long kafkaReadyMillis;
    private long postgresReadyMillis;
    /** The PostgreSQL this JVM started (null when reusing servers), for the outage test. */
    private Path postgresData;
    private Path postgresBinaries;

    public long kafkaReadyMillis() {
        return kafkaReadyMillis;
    }

    public long postgresReadyMillis() {
        return postgresReadyMillis;
    }

    private WerkpleinInfra(String kafkaBootstrap, String postgresBase) {
        this.kafkaBootstrap = kafkaBootstrap;
        this.postgresBase = postgresBase;
    }

    public static WerkpleinInfra get() {
        if (instance == null) {
            synchronized (WerkpleinInfra.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    /** Creates (once) a database and a user of the same name and password; returns its JDBC URL. */
    public String database(String name) {
        if (databases.add(name)) {
            try (Connection c = superuser().getConnection(); Statement s = c.createStatement()) {
                if (!s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'").next()) {
                    s.execute("CREATE USER " + name + " PASSWORD '" + name + "'");
                }
                if (!s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next()) {
                    s.execute("CREATE DATABASE " + name + " OWNER " + name);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name, e);
            }
        }
        return postgresBase + name;
    }

    public DataSource dataSource(String name) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database(name));
        ds.setUser(name);
        ds.setPassword(name);
        return ds;
    }

    /** Whether this JVM started PostgreSQL itself, so a test may stop and start it. */
    public boolean ownsPostgres() {
        return postgresData != null;
    }

    /**
     * Stops this JVM's PostgreSQL with a fast shutdown (open connections are cut, as in a real
     * outage). Pair with {@link #startPostgres()}; data and port stay the same, and the shutdown hook
     * stops the restarted server as it would the first.
     */
    public synchronized void stopPostgres() {
        requireOwned();
        try {
            if (savedOptions == null) {
                savedOptions = Files.readString(postgresData.resolve("postmaster.opts")).trim();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read postmaster.opts", e);
        }
        pgCtl("-D", postgresData.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    /** Starts it again on the same data and port, with the options it first ran with (postmaster.opts). */
    public synchronized void startPostgres() {
        requireOwned();
        java.util.List<String> tokens = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(savedOptions);
        while (m.find()) {
            tokens.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        StringBuilder options = new StringBuilder();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).equals("-D")) {
                i++;
            } else {
                options.append(options.length() == 0 ? "" : " ").append('"').append(tokens.get(i)).append('"');
            }
        }
        pgCtl("-D", postgresData.toString(), "-o", options.toString(), "-w", "-t", "60",
                "-l", postgresData.resolveSibling(postgresData.getFileName() + ".log").toString(), "start");
    }

    private void requireOwned() {
        if (postgresData == null) {
            throw new IllegalStateException("PostgreSQL was not started by this JVM (WERKPLEIN_TEST_POSTGRES)");
        }
    }

    private volatile String savedOptions;

    /** pg_ctl as the embedded server runs it: in a user namespace when we are root (PostgreSQL refuses root). */
    private void pgCtl(String... args) {
        try {
            Path pgCtl;
            try (var files = Files.walk(postgresBinaries)) {
                pgCtl = files.filter(f -> f.getFileName().toString().equals("pg_ctl")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no pg_ctl under " + postgresBinaries));
            }
            java.util.List<String> command = new java.util.ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(java.util.List.of("unshare", "-U"));
            }
            command.add(pgCtl.toString());
            command.addAll(java.util.List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("pg_ctl failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private DataSource superuser() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(postgresBase + "postgres");
        ds.setUser("postgres");
        return ds;
    }

    private static WerkpleinInfra start() {
        String kafka = System.getenv("WERKPLEIN_TEST_KAFKA");
        String postgres = System.getenv("WERKPLEIN_TEST_POSTGRES");
        if (kafka != null && postgres != null) {
            return new WerkpleinInfra(kafka, postgres.endsWith("/") ? postgres : postgres + "/");
        }
        Path work = Path.of(System.getProperty("werkplein-test.work", "target/test-infra")).toAbsolutePath();
        try {
            Files.createDirectories(work);
            long started = System.nanoTime();
            KafkaBroker broker = new KafkaBroker(work.resolve("kafka"));
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "stop-kafka"));
            // PostgreSQL boots while the broker JVM starts; both are ready in a few seconds.
            Path pgDir = work.resolve("postgres-" + UUID.randomUUID().toString().substring(0, 8));
            long pgStarted = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work.resolve("postgres-bin").toFile())
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            long pgReady = System.nanoTime();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception ignored) {
                    // the JVM is going down
                }
            }, "stop-postgres"));
            broker.awaitReady(Duration.ofSeconds(90));
            long kafkaReady = System.nanoTime();
            System.out.printf("[werkplein-test] Kafka %s and PostgreSQL :%d ready in %d ms%n",
                    broker.bootstrapServers(), pg.getPort(), (kafkaReady - started) / 1_000_000);
            WerkpleinInfra infra = new WerkpleinInfra(broker.bootstrapServers(), "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/");
            infra.kafkaReadyMillis = (kafkaReady - started) / 1_000_000;
            infra.postgresReadyMillis = (pgReady - pgStarted) / 1_000_000;
            infra.postgresData = pgDir;
            infra.postgresBinaries = work.resolve("postgres-bin");
            return infra;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test infrastructure", e);
        }
    }
}
