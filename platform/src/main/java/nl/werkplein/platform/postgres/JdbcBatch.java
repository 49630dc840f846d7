package nl.werkplein.platform.postgres;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Many rows in few round trips, on the caller's connection and transaction:
 * <ul>
 *   <li>{@link #execute}: one statement in JDBC batches (bind a row, add it, send every {@code size} rows).
 *       With the PostgreSQL driver's {@code reWriteBatchedInserts} an INSERT batch goes as multi-row
 *       statements, so 10,000 rows take a few dozen round trips instead of 10,000.</li>
 *   <li>{@link #copy}: new rows with PostgreSQL {@code COPY ... FROM STDIN} (text format), for bulk inserts
 *       where even multi-row INSERTs cost: no statement to parse and plan per chunk, no parameters to bind;
 *       constraints, defaults and triggers apply as for an INSERT.</li>
 * </ul>
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

    /** Writes one row's columns, in the order of the COPY's column list. */
    @FunctionalInterface
    public interface RowWriter<T> {
        void write(CopyRow row, T value);
    }

    /**
     * {@code COPY table (columns) FROM STDIN} for the rows; returns the number of rows. Sent in chunks of
     * about a megabyte, so a large set is not held twice in memory.
     */
    public static <T> long copy(Connection connection, String tableAndColumns, Iterable<? extends T> rows,
                                RowWriter<? super T> writer) throws SQLException {
        if (!rows.iterator().hasNext()) {
            return 0;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + tableAndColumns + " FROM STDIN");
        try {
            CopyRow row = new CopyRow();
            for (T value : rows) {
                writer.write(row, value);
                row.end();
                if (row.text.length() >= 1 << 20) {
                    row.flush(copy);
                }
            }
            row.flush(copy);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One row of COPY text: each value escaped as the text format requires, {@code null} as \N. */
    public static final class CopyRow {
        private final StringBuilder text = new StringBuilder(1 << 20);
        private boolean first = true;

        public CopyRow add(Object value) {
            if (!first) {
                text.append('\t');
            }
            first = false;
            if (value == null) {
                text.append("\\N");
                return this;
            }
            if (value instanceof Boolean b) {
                text.append(b ? 't' : 'f');
                return this;
            }
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\t' -> text.append("\\t");
                    default -> text.append(ch);
                }
            }
            return this;
        }

        private void end() {
            text.append('\n');
            first = true;
        }

        private void flush(CopyIn copy) throws SQLException {
            if (text.length() > 0) {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                text.setLength(0);
            }
        }
    }
}
