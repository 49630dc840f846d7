package nl.werkplein.platform.postgres;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

/**
 * Waits for PostgreSQL notifications (LISTEN) on one connection of its own and hands each to a
 * callback, so work that used to poll a table can sleep until a committing transaction says there
 * is something to do. The wait blocks on the socket: an idle listener costs no CPU and no query.
 *
 * <p>Notifications sent while the connection was down are lost; after every (re)connect the
 * callback {@code opnieuwVerbonden} runs so the owner can catch up by looking once.
 */
public final class NotificationListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NotificationListener.class);
    /** How long one wait blocks; bounds how long close() takes, costs nothing on the server. */
    private static final int WAIT_MS = 250;

    /** A notification: its channel and payload (may be empty). */
    public record Notification(String channel, String payload) {
    }

    private final DataSource dataSource;
    private final List<String> channels;
    private final Consumer<List<Notification>> onNotifications;
    private final Runnable opnieuwVerbonden;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    public NotificationListener(String name, DataSource dataSource, List<String> channels,
                                Consumer<List<Notification>> onNotifications, Runnable opnieuwVerbonden) {
        for (String channel : channels) {
            if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("not a plain channel name: " + channel);
            }
        }
        this.dataSource = dataSource;
        this.channels = List.copyOf(channels);
        this.onNotifications = onNotifications;
        this.opnieuwVerbonden = opnieuwVerbonden;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    public NotificationListener start() {
        thread.start();
        return this;
    }

    /** Sends a notification on the given connection; delivered when its transaction commits. */
    public static void notify(Connection connection, String channel, String payload) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, channel);
            statement.setString(2, payload);
            statement.execute();
        }
    }

    private void run() {
        while (running) {
            try {
                if (connection == null) {
                    connect();
                    opnieuwVerbonden.run();
                }
                PGNotification[] received = connection.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                if (received != null && received.length > 0) {
                    java.util.ArrayList<Notification> list = new java.util.ArrayList<>(received.length);
                    for (PGNotification n : received) {
                        list.add(new Notification(n.getName(), n.getParameter()));
                    }
                    onNotifications.accept(list);
                }
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                LOG.warnf("%s: no notifications (%s); connecting again in a second", thread.getName(), e.toString());
                closeConnection();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    break;
                }
            }
        }
        closeConnection();
    }

    private void connect() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String channel : channels) {
                    s.execute("LISTEN " + channel);
                }
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
    }

    private void closeConnection() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try (Statement s = c.createStatement()) {
                // a pooled connection outlives us: it must not keep listening
                s.execute("UNLISTEN *");
            } catch (SQLException ignored) {
                // a broken connection listens to nothing
            }
            try {
                c.close();
            } catch (SQLException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(WAIT_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
