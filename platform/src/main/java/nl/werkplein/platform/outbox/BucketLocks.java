package nl.werkplein.platform.outbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The relay's lock session: PostgreSQL session advisory locks, one per owned bucket, and a shared
 * presence lock that counts the live relays. A dead relay's session ends and its locks with it, so
 * another relay can take its buckets over. Only the relay's coordinating thread uses it.
 */
final class BucketLocks {

    private final DataSource dataSource;
    private Connection connection;

    BucketLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True while the lock session is usable; when false, every lock it held is gone. */
    boolean open() throws SQLException {
        return connection != null && connection.isValid(2);
    }

    /** Opens a new lock session named {@code instance} and takes the presence lock in it. */
    void connect(String instance) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        try (PreparedStatement name = connection.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            name.setString(1, instance.length() > 63 ? instance.substring(0, 63) : instance);
            name.execute();
        }
        try (PreparedStatement presence = connection.prepareStatement("SELECT pg_advisory_lock_shared(?, ?)")) {
            presence.setInt(1, OutboxRelay.LOCK_NAMESPACE);
            presence.setInt(2, OutboxRelay.PRESENCE);
            presence.execute();
        }
    }

    /** The relays holding the presence lock in this database (at least this one). */
    int liveRelays() throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("""
                SELECT count(DISTINCT pid) FROM pg_locks
                 WHERE locktype = 'advisory' AND granted AND classid = ?::oid AND objid = ?::oid AND objsubid = 2
                   AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""")) {
            count.setInt(1, OutboxRelay.LOCK_NAMESPACE);
            count.setInt(2, OutboxRelay.PRESENCE);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return Math.max(1, rs.getInt(1));
            }
        }
    }

    boolean tryLock(int bucket) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, OutboxRelay.LOCK_NAMESPACE);
            lock.setInt(2, bucket);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    void unlock(int bucket) {
        if (connection == null) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, OutboxRelay.LOCK_NAMESPACE);
            unlock.setInt(2, bucket);
            unlock.execute();
        } catch (SQLException e) {
            // The session is gone and its locks with it.
        }
    }

    /** Of the given buckets, those with rows: one index probe each (the fallback for a lost notification). */
    List<Integer> withRows(Integer[] buckets) throws SQLException {
        List<Integer> found = new ArrayList<>();
        try (PreparedStatement probe = connection.prepareStatement(
                "SELECT b FROM unnest(?::int[]) b WHERE EXISTS (SELECT 1 FROM outbox_event WHERE bucket = b)")) {
            probe.setArray(1, connection.createArrayOf("int4", buckets));
            try (ResultSet rs = probe.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getInt(1));
                }
            }
        }
        return found;
    }

    /** Deletes a bucket's rows up to a position Kafka already holds; the number deleted. */
    int deleteUpTo(int bucket, ProgressTopic.Position position) throws SQLException {
        return BucketWorker.deleteUpTo(connection, bucket, position.txid(), position.seq());
    }

    /**
     * Lets go of every lock and closes the session. A pooled connection outlives close(): the presence
     * lock must go too, or the other relays would count this one as live and not take its buckets.
     */
    void releaseAll() {
        if (connection == null) {
            return;
        }
        try (var stmt = connection.createStatement()) {
            stmt.execute("SELECT pg_advisory_unlock_all(), set_config('application_name', '', false)");
        } catch (SQLException ignored) {
            // a broken session holds nothing any more
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection
        }
        connection = null;
    }

    /** Ends the session as a crash would (for kill()). */
    void abort() {
        OutboxRelay.abort(connection);
    }
}
