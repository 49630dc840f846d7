package nl.werkplein.employer.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/**
 * All candidates in memory in a compact form ({@link Kolommen}: one slot per candidate in parallel
 * primitive arrays), so that ranking one vacancy scans 100,000 candidates in well under a millisecond
 * without allocating. Kept current by the consumers (through the read-model tables); a changed
 * candidate overwrites its own slot. Thread-safe: writers exclude readers; readers go through
 * {@link #lees()}. A {@link StampedLock}, not a ReentrantReadWriteLock: its read lock keeps no
 * per-thread hold count, so concurrent readers allocate nothing (it is not reentrant, which no caller needs).
 */
public final class KandidatenIndex {

    private final StampedLock lock = new StampedLock();
    private final Lock leesslot = lock.asReadLock();
    private final Kolommen kolommen;
    private final Leesbeeld beeld;
    private final Map<UUID, Integer> slotVan = new HashMap<>();
    private int[] vrij = new int[16];
    private int vrijAantal;
    private long versie;

    public KandidatenIndex() {
        this(1024);
    }

    public KandidatenIndex(int capaciteit) {
        kolommen = new Kolommen(capaciteit);
        beeld = new Leesbeeld(kolommen, leesslot);
    }

    /** Adds or replaces a candidate. */
    public void zet(KandidaatProfiel p) {
        long stempel = lock.writeLock();
        try {
            Integer bestaand = slotVan.get(p.klantId());
            int s;
            if (bestaand != null) {
                s = bestaand;
                kolommen.wis(s);
            } else {
                s = vrijAantal > 0 ? vrij[--vrijAantal] : kolommen.nieuwSlot();
                slotVan.put(p.klantId(), s);
            }
            kolommen.vul(s, p);
            versie++;
        } finally {
            lock.unlockWrite(stempel);
        }
    }

    public void verwijder(UUID klantId) {
        long stempel = lock.writeLock();
        try {
            Integer s = slotVan.remove(klantId);
            if (s != null) {
                kolommen.wis(s);
                if (vrijAantal == vrij.length) {
                    vrij = Arrays.copyOf(vrij, vrij.length * 2);
                }
                vrij[vrijAantal++] = s;
                versie++;
            }
        } finally {
            lock.unlockWrite(stempel);
        }
    }

    /** Empties the index (before a full reload). */
    public void leeg() {
        long stempel = lock.writeLock();
        try {
            slotVan.clear();
            vrijAantal = 0;
            kolommen.leeg();
            versie++;
        } finally {
            lock.unlockWrite(stempel);
        }
    }

    public int aantal() {
        long stempel = lock.readLock();
        try {
            return slotVan.size();
        } finally {
            lock.unlockRead(stempel);
        }
    }

    /** Changes with every write: a cached shortlist older than this is stale. */
    public long versie() {
        long stempel = lock.readLock();
        try {
            return versie;
        } finally {
            lock.unlockRead(stempel);
        }
    }

    public KandidaatProfiel profiel(UUID klantId) {
        long stempel = lock.readLock();
        try {
            Integer s = slotVan.get(klantId);
            return s == null ? null : kolommen.profiel(s);
        } finally {
            lock.unlockRead(stempel);
        }
    }

    /**
     * Takes the read lock and returns the read view; close it (try-with-resources) to release. Writers
     * wait until every open view is closed, so keep it open for one ranking only.
     */
    Leesbeeld lees() {
        leesslot.lock();
        return beeld;
    }
}
