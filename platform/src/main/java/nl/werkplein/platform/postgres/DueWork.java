package nl.werkplein.platform.postgres;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * Due work that any replica may run at the same moment: pick a batch of due rows
 * {@code FOR UPDATE SKIP LOCKED} (a row another replica is handling is skipped, not waited for),
 * handle each in the same transaction (so the change that makes it no longer due commits with the
 * lock), and repeat while a batch comes back full. Each row is thus handled by exactly one replica.
 *
 * <pre>{@code
 * DueWork.all(100, max -> DueWork.pick(em, Traject.class,
 *         "SELECT * FROM traject WHERE evaluatie_gepland_op <= ?1 ORDER BY evaluatie_gepland_op, id", max, vandaag),
 *     this::markeer);
 * }</pre>
 */
public final class DueWork {

    private DueWork() {
    }

    /**
     * The entities of {@code type} a native query selects, at most {@code max}, locked: the query gets
     * {@code LIMIT max FOR UPDATE SKIP LOCKED}. Its own parameters are {@code ?1 … ?n}, given in order.
     * Call it inside the batch's transaction ({@link #batch}).
     */
    public static <T> List<T> pick(EntityManager em, Class<T> type, String sql, int max, Object... params) {
        return rows(em.createNativeQuery(sql + limit(params.length) + " FOR UPDATE SKIP LOCKED", type), max, params);
    }

    /**
     * One column of the rows a native query selects over several tables, at most {@code max}, locking only
     * the rows of {@code lockedTable} (an alias in the query): {@code LIMIT max FOR UPDATE OF lockedTable SKIP LOCKED}.
     */
    public static <T> List<T> pickColumn(EntityManager em, String lockedTable, String sql, int max, Object... params) {
        return rows(em.createNativeQuery(sql + limit(params.length) + " FOR UPDATE OF " + lockedTable + " SKIP LOCKED"), max, params);
    }

    /** In a new transaction: the rows {@code pick} locks, each handed to {@code handle} in that transaction; how many were picked. */
    public static <T> int batch(Supplier<List<T>> pick, Consumer<? super T> handle) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<T> rows = pick.get();
            rows.forEach(handle);
            return rows.size();
        });
    }

    /** As {@link #batch}, for work that handles the picked rows together (one query for the whole batch); how many were picked. */
    public static <T> int batchTogether(Supplier<List<T>> pick, Consumer<List<T>> handle) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<T> rows = pick.get();
            if (!rows.isEmpty()) {
                handle.accept(rows);
            }
            return rows.size();
        });
    }

    /**
     * Runs {@code batch} (one transaction each) with {@code max} until it handles fewer than {@code max}:
     * then nothing is left that another replica is not already handling. The total handled.
     */
    public static int untilDone(int max, IntUnaryOperator batch) {
        int total = 0;
        int n;
        do {
            n = batch.applyAsInt(max);
            total += n;
        } while (n >= max);
        return total;
    }

    /** {@link #untilDone} of {@link #batch}: every due row, {@code max} per transaction. */
    public static <T> int all(int max, IntFunction<List<T>> pick, Consumer<? super T> handle) {
        return untilDone(max, m -> batch(() -> pick.apply(m), handle));
    }

    private static String limit(int params) {
        return " LIMIT ?" + (params + 1);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Query query, int max, Object... params) {
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.setParameter(params.length + 1, max).getResultList();
    }
}
