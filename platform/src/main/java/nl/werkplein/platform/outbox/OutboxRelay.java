package nl.werkplein.platform.outbox;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import nl.werkplein.platform.postgres.NotificationListener;
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
 *   <li>Every live relay holds a shared "presence" lock; each claims at most its fair share
 *       (buckets / live relays, rounded up) and hands back what is over it, so replicas spread the
 *       work and a survivor takes everything when the others are gone.</li>
 *   <li>Each owned bucket has its own worker thread and transactional producer
 *       ({@code transactional.id} = service + bucket). Taking a bucket over calls
 *       {@code initTransactions}, which fences a zombie owner and aborts whatever it left open.</li>
 *   <li>Each Kafka transaction also writes the position (txid, seq) of its last row to the bucket's
 *       partition of a compacted progress topic. Kafka therefore records atomically what it holds.
 *       On takeover the relay reads that position and deletes the rows up to it before publishing
 *       more: a crash between the Kafka commit and the database delete publishes nothing twice.</li>
 *   <li>Rows are taken in (txid, seq) order and only from transactions older than every transaction
 *       still open, so a row committed later can never sort before a position already published.</li>
 *   <li>An idle worker does not poll: {@link Outbox} notifies {@value #CHANNEL} with the bucket from
 *       the writing transaction, and a {@link NotificationListener} wakes that bucket's worker when
 *       it commits. Every claim interval the coordinator also wakes workers whose bucket has rows,
 *       for a notification lost while the listener reconnected.</li>
 * </ul>
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory-lock namespace of the outbox relay (the first key of the two-int lock); read by platform beheer. */
    public static final int LOCK_NAMESPACE = 0x0B0C5;
    /** Shared lock every live relay holds, to count the relays (second key of the two-int lock). */
    public static final int PRESENCE = Integer.MAX_VALUE;
    /** PostgreSQL notification channel; the payload is the bucket a committed transaction wrote to. */
    public static final String CHANNEL = "werkplein_outbox";
    /** After a wake-up that found nothing (rows of a transaction that is not yet the oldest), look again this long. */
    private static final long HOT_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** A worker with nothing to do sleeps this long at most; notifications and the coordinator wake it sooner. */
    private static final long SAFETY_WAIT_MS = TimeUnit.SECONDS.toMillis(60);

    private static final String SELECT_PENDING = """
            SELECT seq, txid, topic, event_key, payload, traceparent
              FROM outbox_event
             WHERE bucket = ? AND txid < (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint)
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
    private final String progressTopic;

    private final ConcurrentSkipListMap<Integer, BucketWorker> owned = new ConcurrentSkipListMap<>();
    private final AtomicLong published = new AtomicLong();
    /** Holds the bucket locks and the presence lock; only the coordinating thread uses it. */
    private Connection lockConnection;
    private volatile boolean running;
    private volatile boolean killed;
    private volatile CommitHook commitHook = (bucket, rows) -> { };
    /** Shown as the lock session's application_name, so operators see which replica holds which bucket. */
    private volatile String instance;
    private Thread thread;
    private NotificationListener listener;

    public OutboxRelay(String service, DataSource dataSource, Map<String, Object> kafkaConfig, int buckets,
                       int batchSize, Duration idleWait, Duration claimInterval) {
        this.service = service;
        this.dataSource = dataSource;
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.buckets = buckets;
        this.batchSize = batchSize;
        this.idleWait = idleWait;
        this.claimInterval = claimInterval;
        this.admin = Admin.create(this.kafkaConfig);
        this.progressTopic = progressTopic(service);
    }

    /** String.hashCode is fixed by the Java specification, so every replica agrees on the bucket. */
    public static int bucketOf(String key, int buckets) {
        return Math.floorMod(key.hashCode(), buckets);
    }

    /** An internal compacted topic, one partition per bucket, holding each bucket's published position. */
    public static String progressTopic(String service) {
        return "werkplein." + service + ".outbox-progress";
    }

    public synchronized void start() {
        createProgressTopic();
        running = true;
        listener = new NotificationListener("outbox-relay-" + service + "-listener", dataSource, List.of(CHANNEL),
                this::woken, () -> owned.values().forEach(w -> w.wake(false))).start();
        thread = new Thread(this::coordinate, "outbox-relay-" + service);
        thread.setDaemon(true);
        thread.start();
    }

    private void woken(List<NotificationListener.Notification> notifications) {
        for (NotificationListener.Notification n : notifications) {
            try {
                BucketWorker worker = owned.get(Integer.parseInt(n.payload()));
                if (worker != null) {
                    worker.wake(true);
                }
            } catch (NumberFormatException e) {
                owned.values().forEach(w -> w.wake(true));
            }
        }
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

    /** The buckets this relay holds now. */
    public java.util.Set<Integer> ownedBucketNumbers() {
        return java.util.Set.copyOf(owned.keySet());
    }

    /** Names this relay's lock session (PostgreSQL application_name), e.g. service@host:port pid 123. */
    public void identify(String instance) {
        this.instance = instance;
    }

    public String instance() {
        return instance != null ? instance : service;
    }

    /** Graceful stop: each worker finishes the batch in hand, then the buckets are let go. */
    @Override
    public void close() {
        running = false;
        if (listener != null) {
            listener.close();
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        admin.close(Duration.ofSeconds(2));
    }

    /**
     * Dies as a crashed process would: the database sessions end (releasing the bucket locks) and the
     * producers stop without finishing anything. For failover tests.
     */
    public void kill() {
        killed = true;
        running = false;
        if (listener != null) {
            listener.close();
        }
        abort(lockConnection);
        for (BucketWorker worker : owned.values()) {
            worker.active = false;
            worker.wake(false);
            abort(worker.connection);
            worker.producer.close(Duration.ZERO);
        }
        admin.close(Duration.ZERO);
    }

    // ------------------------------------------------------------------ coordination

    private void coordinate() {
        while (running) {
            try {
                claimFreeBuckets();
                for (BucketWorker worker : owned.values()) {
                    if (worker.failed) {
                        release(worker.bucket);
                    }
                }
                wakeBucketsWithRows();
                Thread.sleep(claimInterval.toMillis());
            } catch (InterruptedException e) {
                break;
            } catch (Exception e) {
                if (killed) {
                    return;
                }
                LOG.warnf("outbox relay of %s: %s; letting go of its buckets and trying again", service, e.toString());
                releaseAll();
                pause(claimInterval);
            }
        }
        if (!killed) {
            // close() interrupts to cut the claim pause short; clear it so each worker's batch in hand is waited for
            Thread.interrupted();
            releaseAll();
        }
    }

    private void claimFreeBuckets() throws Exception {
        if (lockConnection == null || !lockConnection.isValid(2)) {
            releaseAll();
            lockConnection = dataSource.getConnection();
            lockConnection.setAutoCommit(true);
            try (PreparedStatement name = lockConnection.prepareStatement("SELECT set_config('application_name', ?, false)")) {
                name.setString(1, instance().length() > 63 ? instance().substring(0, 63) : instance());
                name.execute();
            }
            try (PreparedStatement presence = lockConnection.prepareStatement("SELECT pg_advisory_lock_shared(?, ?)")) {
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
            if (owned.containsKey(bucket) || !tryLock(bucket)) {
                continue;
            }
            try {
                BucketWorker worker = new BucketWorker(bucket, takeOver(bucket));
                owned.put(bucket, worker);
                worker.start();
            } catch (Exception e) {
                unlock(bucket);
                throw e;
            }
        }
    }

    /** The fallback for a lost notification: one index probe per owned bucket, every claim interval. */
    private void wakeBucketsWithRows() throws SQLException {
        if (owned.isEmpty()) {
            return;
        }
        Integer[] mine = owned.keySet().toArray(Integer[]::new);
        try (PreparedStatement probe = lockConnection.prepareStatement(
                "SELECT b FROM unnest(?::int[]) b WHERE EXISTS (SELECT 1 FROM outbox_event WHERE bucket = b)")) {
            probe.setArray(1, lockConnection.createArrayOf("int4", mine));
            try (ResultSet rs = probe.executeQuery()) {
                while (rs.next()) {
                    BucketWorker worker = owned.get(rs.getInt(1));
                    if (worker != null) {
                        worker.wake(false);
                    }
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
        config.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, 16L * 1024 * 1024);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, service + "-outbox-" + bucket);
        KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        try {
            // Fences any earlier owner of this bucket and aborts what it left open.
            producer.initTransactions();
            Optional<String> position = publishedPosition(bucket);
            if (position.isPresent()) {
                String[] parts = position.get().split(":");
                try (PreparedStatement delete = lockConnection.prepareStatement(
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

    /** The last position this bucket's transactions committed, read from its progress partition. */
    private Optional<String> publishedPosition(int bucket) {
        TopicPartition partition = new TopicPartition(progressTopic, bucket);
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-outbox-takeover-" + bucket);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            consumer.seekToBeginning(List.of(partition));
            String last = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (consumer.position(partition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read " + partition + " to its end");
                }
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    last = record.value();
                }
            }
            return Optional.ofNullable(last);
        }
    }

    private void release(int bucket) {
        BucketWorker worker = owned.remove(bucket);
        if (worker != null) {
            worker.stopAndJoin();
            try {
                worker.producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                // interrupted by close(): an escaping exception would end the coordinator with the other
                // buckets and the presence lock still held; the next owner fences this producer anyway
            }
        }
        if (lockConnection != null) {
            unlock(bucket);
        }
    }

    private void releaseAll() {
        for (Integer bucket : new ArrayList<>(owned.keySet())) {
            release(bucket);
        }
        if (lockConnection != null) {
            // A pooled connection outlives close(): let go of every lock it holds (the presence lock
            // too), or the other relays would count this one as live and not take its buckets.
            try (var stmt = lockConnection.createStatement()) {
                stmt.execute("SELECT pg_advisory_unlock_all(), set_config('application_name', '', false)");
            } catch (SQLException ignored) {
                // a broken session holds nothing any more
            }
            try {
                lockConnection.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
            lockConnection = null;
        }
    }

    // ------------------------------------------------------------------ one bucket

    /** Publishes one bucket's rows, batch after batch, on its own thread and database connection. */
    private final class BucketWorker implements Runnable {
        final int bucket;
        final KafkaProducer<String, String> producer;
        final Thread thread;
        final java.util.concurrent.Semaphore wakeUp = new java.util.concurrent.Semaphore(0);
        volatile boolean active = true;
        volatile boolean failed;
        volatile boolean hot;
        volatile Connection connection;

        BucketWorker(int bucket, KafkaProducer<String, String> producer) {
            this.bucket = bucket;
            this.producer = producer;
            this.thread = new Thread(this, "outbox-relay-" + service + "-" + bucket);
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
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

        void stopAndJoin() {
            active = false;
            wakeUp.release();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
                if (running && !killed) {
                    LOG.warnf("outbox relay of %s: bucket %d stopped (%s); it will be taken over again", service, bucket, e.toString());
                }
                failed = true;
            } finally {
                if (!killed) {
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
            producer.beginTransaction();
            try {
                for (Row row : rows) {
                    RecordHeaders headers = new RecordHeaders();
                    headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                    if (row.traceparent() != null) {
                        headers.add("traceparent", row.traceparent().getBytes(StandardCharsets.UTF_8));
                    }
                    producer.send(new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers));
                }
                Row last = rows.get(rows.size() - 1);
                producer.send(new ProducerRecord<>(progressTopic, bucket, "bucket-" + bucket, last.txid() + ":" + last.seq()));
                producer.commitTransaction();
            } catch (RuntimeException e) {
                if (!killed) {
                    try {
                        producer.abortTransaction();
                    } catch (RuntimeException ignored) {
                        // fenced or broken: the next owner aborts it through initTransactions
                    }
                }
                throw e;
            }
            commitHook.afterKafkaCommit(bucket, rows.size());
            // Exactly the rows just read: every row up to this position whose transaction had ended.
            Row last = rows.get(rows.size() - 1);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM outbox_event WHERE bucket = ? AND (txid, seq) <= (?, ?)")) {
                delete.setInt(1, bucket);
                delete.setLong(2, last.txid());
                delete.setLong(3, last.seq());
                delete.executeUpdate();
            }
            published.addAndGet(rows.size());
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

    // ------------------------------------------------------------------ locks and plumbing

    private int liveRelays() throws SQLException {
        try (PreparedStatement count = lockConnection.prepareStatement("""
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

    private boolean tryLock(int bucket) throws SQLException {
        try (PreparedStatement lock = lockConnection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, LOCK_NAMESPACE);
            lock.setInt(2, bucket);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void unlock(int bucket) {
        try (PreparedStatement unlock = lockConnection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LOCK_NAMESPACE);
            unlock.setInt(2, bucket);
            unlock.execute();
        } catch (SQLException e) {
            // The session is gone and its locks with it.
        }
    }

    private void createProgressTopic() {
        try {
            NewTopic topic = new NewTopic(progressTopic, Optional.of(buckets), Optional.empty())
                    .configs(Map.of("cleanup.policy", "compact"));
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + progressTopic, e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + progressTopic, e);
        }
        int partitions = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (partitions < 0) {
            try {
                partitions = admin.describeTopics(List.of(progressTopic)).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(progressTopic).partitions().size();
            } catch (Exception e) {
                // a topic another replica has just created may not be visible everywhere yet
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot describe " + progressTopic, e);
                }
                pause(Duration.ofMillis(100));
            }
        }
        if (partitions != buckets) {
            throw new IllegalStateException(progressTopic + " has " + partitions + " partitions but the outbox has "
                    + buckets + " buckets; the bucket count of a service must not change");
        }
    }

    private static void abort(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.abort(Runnable::run);
        } catch (SQLException ignored) {
            // already gone
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
