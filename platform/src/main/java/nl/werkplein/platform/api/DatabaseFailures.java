package nl.werkplein.platform.api;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Reads an exception chain the way the API must answer it: a database that cannot be reached is a
 * 503 (try again), never a 500 and never a conflict; a conflict (409) is only the unique-constraint
 * violation SQLState 23505 on the named constraint. Framework-free, tested with plain JUnit.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** The database (or the pool in front of it) is unreachable, shut down or out of connections. */
    public static boolean unavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || type.equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("acquisition timeout") || message.contains("connection refused")
                        || message.contains("this connection has been closed")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** SQLState 23505 on exactly this constraint (or on any when constraint is null). */
    public static boolean uniqueViolation(Throwable error, String constraint) {
        if (unavailable(error)) {
            return false;
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return constraint == null || String.valueOf(sql.getMessage()).contains("\"" + constraint + "\"");
            }
            if (t.getClass().getName().equals("org.hibernate.exception.ConstraintViolationException")) {
                try {
                    Object name = t.getClass().getMethod("getConstraintName").invoke(t);
                    if (name != null && constraint != null && name.toString().equalsIgnoreCase(constraint)) {
                        return true;
                    }
                } catch (ReflectiveOperationException ignored) {
                    // fall through to the SQLException in the chain
                }
            }
        }
        return false;
    }
}
