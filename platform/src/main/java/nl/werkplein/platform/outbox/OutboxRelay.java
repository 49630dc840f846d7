package nl.werkplein.platform.outbox;

import nl.werkplein.platform.postgres.NotificationListener;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
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
 * The parts: this class coordinates (claims and hands back buckets, wakes workers); {@link BucketLocks}
 * holds the lock session, {@link ProgressTopic} the published positions, {@link BucketWorker} one bucket.
 * Over 300 lines for a reason: claiming, handing back and waking share one view of who holds which
 * bucket, and splitting that view would put its lock in two classes.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory-lock namespace of the outbox relay (the first key of the two-int lock); read by platform beheer. */
    public static final int LOCK_NAMESPACE = 0x0B0C5;
    /** Shared lock every live relay holds, to count the relays (second key of the two-int lock). */
    public static final int PRESENCE = Integer.MAX_VALUE;
    /** PostgreSQL notification channel; the payload is the bucket a committed transaction wrote to. */
    public static final String CHANNEL = "werkplein_outbox";

    /** Hook for tests that kill a relay at the worst moment: after Kafka committed, before the delete. */
    @FunctionalInterface
    public interface CommitHook {
        void afterKafkaCommit(int bucket, int rows);
    }

    private final String service;
    private final DataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final int buckets;
    private final int batchSize;
    private final Duration idleWait;
    private final Duration claimInterval;
    private final ProgressTopic progress;
    /** Only the coordinating thread uses it. */
    private final BucketLocks locks;

    private final ConcurrentSkipListMap<Integer, BucketWorker> owned = new ConcurrentSkipListMap<>();
    private final AtomicLong published = new AtomicLong();
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
        this.progress = new ProgressTopic(service, buckets, this.kafkaConfig);
        this.locks = new BucketLocks(dataSource);
    }

    /** String.hashCode is fixed by the Java specification, so every replica agrees on the bucket. */
    public static int bucketOf(String key, int buckets) {
        return Math.floorMod(key.hashCode(), buckets);
    }

    /** An internal compacted topic, one partition per bucket, holding each bucket's published position. */
    public static String progressTopic(String service) {
        return ProgressTopic.progressTopic(service);
    }

    public synchronized void start() {
        progress.create();
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
    public Set<Integer> ownedBucketNumbers() {
        return Set.copyOf(owned.keySet());
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
        progress.close(Duration.ofSeconds(2));
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
        locks.abort();
        for (BucketWorker worker : owned.values()) {
            worker.kill();
        }
        progress.close(Duration.ZERO);
    }

    // ------------------------------------------------------------------ what the workers see

    String service() {
        return service;
    }

    boolean running() {
        return running;
    }

    boolean killed() {
        return killed;
    }

    void committed(int bucket, int rows) {
        commitHook.afterKafkaCommit(bucket, rows);
    }

    void countPublished(int rows) {
        published.addAndGet(rows);
    }

    // ------------------------------------------------------------------ coordination

    private void coordinate() {
        while (running) {
            try {
                claimFreeBuckets();
                for (BucketWorker worker : owned.values()) {
                    if (worker.failed()) {
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
        if (!locks.open()) {
            releaseAll();
            locks.connect(instance());
        }
        int relays = locks.liveRelays();
        int share = (buckets + relays - 1) / relays;
        // Over the fair share (another relay joined): hand back the highest buckets, between batches.
        while (owned.size() > share) {
            release(owned.lastKey());
        }
        for (int bucket = 0; bucket < buckets && running && owned.size() < share; bucket++) {
            if (owned.containsKey(bucket) || !locks.tryLock(bucket)) {
                continue;
            }
            try {
                BucketWorker worker = new BucketWorker(this, service, bucket, takeOver(bucket), dataSource, progress,
                        batchSize, idleWait);
                owned.put(bucket, worker);
                worker.start();
            } catch (Exception e) {
                locks.unlock(bucket);
                throw e;
            }
        }
    }

    /** The fallback for a lost notification: one index probe per owned bucket, every claim interval. */
    private void wakeBucketsWithRows() throws SQLException {
        if (owned.isEmpty()) {
            return;
        }
        for (int bucket : locks.withRows(owned.keySet().toArray(Integer[]::new))) {
            BucketWorker worker = owned.get(bucket);
            if (worker != null) {
                worker.wake(false);
            }
        }
    }

    /** A new producer for the bucket, after deleting the rows its progress partition says Kafka holds. */
    private KafkaProducer<String, String> takeOver(int bucket) throws Exception {
        KafkaProducer<String, String> producer = BucketWorker.producer(service, kafkaConfig, bucket);
        try {
            // Fences any earlier owner of this bucket and aborts what it left open.
            producer.initTransactions();
            Optional<ProgressTopic.Position> position = progress.published(bucket);
            if (position.isPresent()) {
                int done = locks.deleteUpTo(bucket, position.get());
                if (done > 0) {
                    LOG.infof("outbox relay of %s: bucket %d taken over; %d rows were already in Kafka", service, bucket, done);
                }
            }
            return producer;
        } catch (Exception e) {
            producer.close(Duration.ZERO);
            throw e;
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
        locks.unlock(bucket);
    }

    private void releaseAll() {
        for (Integer bucket : new ArrayList<>(owned.keySet())) {
            release(bucket);
        }
        locks.releaseAll();
    }

    static void abort(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.abort(Runnable::run);
        } catch (SQLException ignored) {
            // already gone
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
