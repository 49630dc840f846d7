package nl.werkplein.platform.outbox;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
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
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka, exactly once and in order per key, with any number of replicas.
 *
 * <p>How, and why it holds:
 * <ul>
 *   <li>Keys hash into a fixed number of buckets. A relay owns a bucket while it holds a PostgreSQL
 *       session advisory lock on it; a dead relay's connection drops and its locks with it, so another
 *       relay takes the bucket over. One owner per bucket keeps each key's events in order.</li>
 *   <li>Each bucket has its own transactional producer ({@code transactional.id} = service + bucket).
 *       Taking a bucket over calls {@code initTransactions}, which fences a zombie owner and aborts
 *       whatever it left open in Kafka.</li>
 *   <li>Each Kafka transaction also commits, as a consumer-group offset's metadata, the position
 *       (txid, seq) of its last row. Kafka therefore records atomically what it holds. On takeover
 *       the relay reads that position and deletes the rows up to it before publishing more: a crash
 *       between the Kafka commit and the database delete does not publish anything twice.</li>
 *   <li>Every live relay holds a shared "presence" lock; each claims at most its fair share
 *       (buckets / live relays, rounded up) and hands back what is over it, so replicas spread the
 *       work and a survivor takes everything when the others are gone.</li>
 *   <li>Rows are taken in (txid, seq) order and only from transactions older than every transaction
 *       still open, so a row committed later can never sort before a position already published.</li>
 * </ul>
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory-lock namespace of the outbox relay (the first key of the two-int lock). */
    private static final int LOCK_NAMESPACE = 0x0B0C5;
    /** Shared lock every live relay holds, to count the relays (second key of the two-int lock). */
    private static final int PRESENCE = Integer.MAX_VALUE;

    private static final String SELECT_PENDING = """
            SELECT seq, txid, topic, event_key, payload, traceparent
              FROM outbox_event
             WHERE bucket = ? AND txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
             ORDER BY txid, seq
             LIMIT ?""";

    /** Hook for tests that kill a relay at the worst moment: after Kafka committed, before the delete. */
    @FunctionalInterface
    public interface CommitHook {
        void afterKafkaCommit(int bucket, int rows);
    }

    private record Row(long seq, long txid, String topic, String key, String payload, String traceparent) {
    }

    private final String service;
    private final DataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final int buckets;
    private final int batchSize;
    private final Duration idleWait;
    private final Duration claimInterval;
    private final Admin admin;
    private final TopicPartition progressPartition;

    private final ConcurrentSkipListMap<Integer, KafkaProducer<String, String>> owned = new ConcurrentSkipListMap<>();
    private final AtomicLong published = new AtomicLong();
    private Connection connection;
    private volatile boolean running;
    private volatile boolean killed;
    private volatile CommitHook commitHook = (bucket, rows) -> { };
    private Thread thread;

    public OutboxRelay(String service, DataSource dataSource, Map<String, Object> kafkaConfig, int buckets,
                       int batchSize, Duration idleWait, Duration claimInterval) {
        this.service = service;
        this.dataSource = dataSource;
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.buckets = buckets;
        this.batchSize = batchSize;
        this.idleWait = idleWait;
        this.claimInterval = claimInterval;
        this.admin = Admin.create(Map.of("bootstrap.servers", kafkaConfig.get("bootstrap.servers")));
        this.progressPartition = new TopicPartition(progressTopic(service), 0);
    }

    /** String.hashCode is fixed by the Java specification, so every replica agrees on the bucket. */
    public static int bucketOf(String key, int buckets) {
        return Math.floorMod(key.hashCode(), buckets);
    }

    /** An internal topic whose consumer-group offsets hold each bucket's published position. */
    public static String progressTopic(String service) {
        return "werkplein." + service + ".outbox-progress";
    }

    public synchronized void start() {
        createProgressTopic();
        running = true;
        thread = new Thread(this::loop, "outbox-relay-" + service);
        thread.setDaemon(true);
        thread.start();
    }

    public void onCommit(CommitHook hook) {
        this.commitHook = hook;
    }

    public long published() {
        return published.get();
    }

    public int ownedBuckets() {
        return owned.size();
    }

    /** Graceful stop: finishes the batch in hand, then lets go of its buckets. */
    @Override
    public void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        admin.close(Duration.ofSeconds(2));
    }

    /**
     * Dies as a crashed process would: the database session ends (releasing the bucket locks) and the
     * producers stop without finishing anything. For failover tests.
     */
    public void kill() {
        killed = true;
        running = false;
        try {
            if (connection != null) {
                connection.abort(Runnable::run);
            }
        } catch (SQLException ignored) {
            // already gone
        }
        owned.values().forEach(p -> p.close(Duration.ZERO));
        admin.close(Duration.ZERO);
    }

    private void loop() {
        long nextClaim = 0;
        while (running) {
            try {
                if (System.nanoTime() >= nextClaim) {
                    claimFreeBuckets();
                    nextClaim = System.nanoTime() + claimInterval.toNanos();
                }
                int sent = 0;
                for (Integer bucket : new ArrayList<>(owned.keySet())) {
                    if (!running) {
                        break;
                    }
                    sent += publishBatch(bucket);
                }
                if (sent == 0) {
                    Thread.sleep(idleWait.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                if (killed) {
                    return;
                }
                LOG.warnf("outbox relay of %s: %s; letting go of its buckets and trying again", service, e.toString());
                releaseAll();
                nextClaim = System.nanoTime() + claimInterval.toNanos();
                pause(claimInterval);
            }
        }
        if (!killed) {
            releaseAll();
        }
    }

    private void claimFreeBuckets() throws Exception {
        if (connection == null || !connection.isValid(2)) {
            releaseAll();
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement presence = connection.prepareStatement("SELECT pg_advisory_lock_shared(?, ?)")) {
                presence.setInt(1, LOCK_NAMESPACE);
                presence.setInt(2, PRESENCE);
                presence.execute();
            }
        }
        int relays = liveRelays();
        int share = (buckets + relays - 1) / relays;
        // Over the fair share (another relay joined): hand back the highest buckets, between batches.
        while (owned.size() > share) {
            release(owned.lastKey());
        }
        for (int bucket = 0; bucket < buckets && running && owned.size() < share; bucket++) {
            if (owned.containsKey(bucket)) {
                continue;
            }
            if (tryLock(bucket)) {
                try {
                    owned.put(bucket, takeOver(bucket));
                } catch (Exception e) {
                    unlock(bucket);
                    throw e;
                }
            }
        }
    }

    private KafkaProducer<String, String> takeOver(int bucket) throws Exception {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, service + "-outbox-" + bucket);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, 8L * 1024 * 1024);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, service + "-outbox-" + bucket);
        KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        try {
            // Fences any earlier owner of this bucket and aborts what it left open.
            producer.initTransactions();
            Optional<String> position = publishedPosition(bucket);
            if (position.isPresent()) {
                String[] parts = position.get().split(":");
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM outbox_event WHERE bucket = ? AND (txid, seq) <= (?, ?)")) {
                    delete.setInt(1, bucket);
                    delete.setLong(2, Long.parseLong(parts[0]));
                    delete.setLong(3, Long.parseLong(parts[1]));
                    int done = delete.executeUpdate();
                    if (done > 0) {
                        LOG.infof("outbox relay of %s: bucket %d taken over; %d rows were already in Kafka", service, bucket, done);
                    }
                }
            }
            return producer;
        } catch (Exception e) {
            producer.close(Duration.ZERO);
            throw e;
        }
    }

    private Optional<String> publishedPosition(int bucket) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin
                .listConsumerGroupOffsets(progressGroup(bucket), new ListConsumerGroupOffsetsOptions().requireStable(true))
                .partitionsToOffsetAndMetadata().get();
        OffsetAndMetadata offset = offsets.get(progressPartition);
        if (offset == null || offset.metadata() == null || offset.metadata().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(offset.metadata());
    }

    private int publishBatch(int bucket) throws SQLException {
        List<Row> rows = pending(bucket);
        if (rows.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> producer = owned.get(bucket);
        try {
            producer.beginTransaction();
            for (Row row : rows) {
                RecordHeaders headers = new RecordHeaders();
                headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                if (row.traceparent() != null) {
                    headers.add("traceparent", row.traceparent().getBytes(StandardCharsets.UTF_8));
                }
                producer.send(new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers));
            }
            Row last = rows.get(rows.size() - 1);
            producer.sendOffsetsToTransaction(
                    Map.of(progressPartition, new OffsetAndMetadata(last.seq() + 1, last.txid() + ":" + last.seq())),
                    new ConsumerGroupMetadata(progressGroup(bucket)));
            producer.commitTransaction();
        } catch (RuntimeException e) {
            if (killed) {
                throw e;
            }
            LOG.warnf("outbox relay of %s: bucket %d not published (%s); it will be taken over again", service, bucket, e.toString());
            release(bucket);
            return 0;
        }
        commitHook.afterKafkaCommit(bucket, rows.size());
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_event WHERE seq = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", rows.stream().map(Row::seq).toArray()));
            delete.executeUpdate();
        } catch (SQLException e) {
            // Kafka holds the rows; the next owner of the bucket deletes them from the recorded position.
            release(bucket);
            throw e;
        }
        published.addAndGet(rows.size());
        return rows.size();
    }

    private List<Row> pending(int bucket) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, bucket);
            select.setInt(2, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return rows;
    }

    private int liveRelays() throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("""
                SELECT count(DISTINCT pid) FROM pg_locks
                 WHERE locktype = 'advisory' AND granted AND classid = ?::oid AND objid = ?::oid AND objsubid = 2
                   AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""")) {
            count.setInt(1, LOCK_NAMESPACE);
            count.setInt(2, PRESENCE);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return Math.max(1, rs.getInt(1));
            }
        }
    }

    private String progressGroup(int bucket) {
        return "werkplein." + service + ".outbox-relay.bucket-" + bucket;
    }

    private boolean tryLock(int bucket) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, LOCK_NAMESPACE);
            lock.setInt(2, bucket);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void unlock(int bucket) {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LOCK_NAMESPACE);
            unlock.setInt(2, bucket);
            unlock.execute();
        } catch (SQLException e) {
            // The session is gone and its locks with it.
        }
    }

    private void release(int bucket) {
        KafkaProducer<String, String> producer = owned.remove(bucket);
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
        }
        if (connection != null) {
            unlock(bucket);
        }
    }

    private void releaseAll() {
        for (Integer bucket : new ArrayList<>(owned.keySet())) {
            release(bucket);
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
            connection = null;
        }
    }

    private void createProgressTopic() {
        try {
            admin.createTopics(List.of(new NewTopic(progressPartition.topic(), Optional.of(1), Optional.empty()))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + progressPartition.topic(), e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + progressPartition.topic(), e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
