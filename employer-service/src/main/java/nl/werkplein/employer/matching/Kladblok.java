package nl.werkplein.employer.matching;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The scratch one ranking works in (the vacancy's values, its point tables, the scan's per-slot
 * bytes and heap), kept and reused so a ranking allocates nothing for them. Lent from a {@link Pool}
 * to one thread at a time. A small pool rather than a ThreadLocal: a worker pool of many threads
 * (or virtual threads) would otherwise keep one ~100 KB scratch per thread for good.
 */
final class Kladblok {

    final Vraag vraag = new Vraag();
    final Puntentabel punten = new Puntentabel();
    final KandidatenScan scan = new KandidatenScan();

    /**
     * A lock-free pool of at most {@code plaatsen} scratches: {@link #pak} takes one (or makes a new one
     * when all are lent, e.g. more concurrent rankings than places), {@link #terug} returns it or lets
     * the garbage collector have it when the pool is full. Neither allocates once the pool is warm.
     */
    static final class Pool {
        private final AtomicReferenceArray<Kladblok> plaatsen;

        Pool(int plaatsen) {
            this.plaatsen = new AtomicReferenceArray<>(Math.max(1, plaatsen));
        }

        Kladblok pak() {
            for (int i = 0, n = plaatsen.length(); i < n; i++) {
                Kladblok k = plaatsen.get(i);
                if (k != null && plaatsen.compareAndSet(i, k, null)) {
                    return k;
                }
            }
            return new Kladblok();
        }

        void terug(Kladblok k) {
            for (int i = 0, n = plaatsen.length(); i < n; i++) {
                if (plaatsen.get(i) == null && plaatsen.compareAndSet(i, null, k)) {
                    return;
                }
            }
        }
    }
}
