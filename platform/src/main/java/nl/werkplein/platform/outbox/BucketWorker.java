package nl.werkplein.platform.outbox;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes one owned bucket's rows, batch after batch, on its own thread, database connection and
 * transactional producer: read rows in (txid, seq) order, send them and the progress record in one
 * Kafka transaction, then delete them.
 */
final class BucketWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(BucketWorker.class);
    /** After a wake-up that found nothing (rows of a transaction that is not yet the oldest), look again this long. */
    private static final long HOT_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** A worker with nothing to do sleeps this long at most; notifications and the coordinator wake it sooner. */
    private static final long SAFETY_WAIT_MS = TimeUnit.SECONDS.toMillis(60);
    private static final byte[] CLOUDEVENTS_JSON = "application/cloudevents+json".getBytes(StandardCharsets.UTF_8);

    private static final String SELECT_PENDING = """
            SELECT seq, txid, topic, event_key, payload, traceparent
              FROM outbox_event
             WHERE bucket = ? AND txid < (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint)
             ORDER BY txid, seq
             LIMIT ?""";
    private static final String DELETE_UP_TO = "DELETE FROM outbox_event WHERE bucket = ? AND (txid, seq) <= (?, ?)";

    private record Row(long seq, long txid, String topic, String key, String payload, String traceparent) {
    }

    final int bucket;
    final KafkaProducer<String, String> producer;
    private final OutboxRelay relay;
    private final DataSource dataSource;
    private final ProgressTopic progress;
    private final int batchSize;
    private final Duration idleWait;
    private final Thread thread;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean active = true;
    private volatile boolean failed;
    private volatile boolean hot;
    private volatile Connection connection;

    BucketWorker(OutboxRelay relay, String service, int bucket, KafkaProducer<String, String> producer,
                 DataSource dataSource, ProgressTopic progress, int batchSize, Duration idleWait) {
        this.relay = relay;
        this.bucket = bucket;
        this.producer = producer;
        this.dataSource = dataSource;
        this.progress = progress;
        this.batchSize = batchSize;
        this.idleWait = idleWait;
        this.thread = new Thread(this, "outbox-relay-" + service + "-" + bucket);
        this.thread.setDaemon(true);
    }

    /** The bucket's transactional producer; {@code transactional.id} = service + bucket, so a new owner fences the old. */
    static KafkaProducer<String, String> producer(String service, Map<String, Object> kafkaConfig, int bucket) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, service + "-outbox-" + bucket);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, 16L * 1024 * 1024);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, service + "-outbox-" + bucket);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Deletes a bucket's rows up to (txid, seq): exactly the rows a committed Kafka transaction holds. */
    static int deleteUpTo(Connection connection, int bucket, long txid, long seq) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_UP_TO)) {
            delete.setInt(1, bucket);
            delete.setLong(2, txid);
            delete.setLong(3, seq);
            return delete.executeUpdate();
        }
    }

    void start() {
        thread.start();
    }

    boolean failed() {
        return failed;
    }

    /** Something may be waiting in this bucket; {@code hot}: a transaction just committed to it. */
    void wake(boolean hot) {
        if (hot) {
            this.hot = true;
        }
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** Graceful: the batch in hand is finished first. */
    void stopAndJoin() {
        active = false;
        wakeUp.release();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** As a crash: the connection and the producer end without finishing anything. */
    void kill() {
        active = false;
        wake(false);
        OutboxRelay.abort(connection);
        producer.close(Duration.ZERO);
    }

    @Override
    public void run() {
        long idleSince = System.nanoTime();
        long hotUntil = System.nanoTime() + HOT_NANOS;
        try {
            while (active) {
                int sent = publishBatch();
                if (sent > 0) {
                    idleSince = System.nanoTime();
                    continue;
                }
                boolean looking = System.nanoTime() < hotUntil;
                // An idle bucket gives its connection back to the pool after a second.
                if (connection != null && (!looking || System.nanoTime() - idleSince > TimeUnit.SECONDS.toNanos(1))) {
                    closeConnection();
                }
                // Rows seen in a notification may wait for an older transaction to end: look again soon for
                // a short while; otherwise sleep until a notification or the coordinator wakes this bucket.
                if (wakeUp.tryAcquire(looking ? idleWait.toMillis() : SAFETY_WAIT_MS, TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                    if (hot) {
                        hot = false;
                        hotUntil = System.nanoTime() + HOT_NANOS;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (relay.running() && !relay.killed()) {
                LOG.warnf("outbox relay of %s: bucket %d stopped (%s); it will be taken over again", relay.service(), bucket, e.toString());
            }
            failed = true;
        } finally {
            if (!relay.killed()) {
                closeConnection();
            }
        }
    }

    private int publishBatch() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        List<Row> rows = pending();
        if (rows.isEmpty()) {
            return 0;
        }
        Row last = rows.get(rows.size() - 1);
        producer.beginTransaction();
        try {
            for (Row row : rows) {
                RecordHeaders headers = new RecordHeaders();
                headers.add("content-type", CLOUDEVENTS_JSON);
                if (row.traceparent() != null) {
                    headers.add("traceparent", row.traceparent().getBytes(StandardCharsets.UTF_8));
                }
                producer.send(new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers));
            }
            producer.send(progress.record(bucket, last.txid(), last.seq()));
            producer.commitTransaction();
        } catch (RuntimeException e) {
            if (!relay.killed()) {
                try {
                    producer.abortTransaction();
                } catch (RuntimeException ignored) {
                    // fenced or broken: the next owner aborts it through initTransactions
                }
            }
            throw e;
        }
        relay.committed(bucket, rows.size());
        // Exactly the rows just read: every row up to this position whose transaction had ended.
        deleteUpTo(connection, bucket, last.txid(), last.seq());
        relay.countPublished(rows.size());
        return rows.size();
    }

    private List<Row> pending() throws SQLException {
        List<Row> rows = new ArrayList<>();
        // Read in index order even when the statistics are stale (a backlog built up after an
        // outage): a bitmap scan and sort of the whole bucket would be an order of magnitude slower.
        connection.setAutoCommit(false);
        try (var settings = connection.createStatement()) {
            settings.execute("SET LOCAL enable_sort = off; SET LOCAL enable_bitmapscan = off");
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, bucket);
            select.setInt(2, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(true);
        }
        return rows;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection
            }
            connection = null;
        }
    }
}
