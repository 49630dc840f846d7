package nl.werkplein.platform.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One statement for many rows in JDBC batches: bind a row, add it, send every {@code size} rows. With the
 * PostgreSQL driver's {@code reWriteBatchedInserts} an INSERT batch goes as multi-row statements, so
 * 10,000 rows take a few dozen round trips instead of 10,000. Runs on the caller's connection and
 * transaction.
 */
public final class JdbcBatch {

    /** Rows per executeBatch: large enough to amortise the round trip, small enough to bound driver memory. */
    public static final int SIZE = 1000;

    /** Sets one row's parameters. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatch() {
    }

    /** Runs {@code sql} once per row, {@value #SIZE} rows per batch; returns the number of rows. */
    public static <T> int execute(Connection connection, String sql, Iterable<? extends T> rows, Binder<? super T> binder)
            throws SQLException {
        return execute(connection, sql, rows, SIZE, binder);
    }

    public static <T> int execute(Connection connection, String sql, Iterable<? extends T> rows, int size,
                                  Binder<? super T> binder) throws SQLException {
        int n = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++n % size == 0) {
                    statement.executeBatch();
                }
            }
            if (n % size != 0) {
                statement.executeBatch();
            }
        }
        return n;
    }
}
