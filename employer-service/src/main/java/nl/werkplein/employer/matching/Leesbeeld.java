package nl.werkplein.employer.matching;

import java.util.concurrent.locks.Lock;

/**
 * The read side of the {@link KandidatenIndex}, handed out by {@link KandidatenIndex#lees()} with the
 * read lock held and closed (try-with-resources) to release it. The scan and the explanations read the
 * index only through this: column values per slot, the pool and area bitsets, the slot lists per code
 * and skill. One instance per index, so opening it allocates nothing; arrays it returns are the live
 * columns, valid and unchanged only until {@link #close()}, and must not be written.
 * Not reentrant: do not call the index's own methods while holding a view.
 */
final class Leesbeeld implements AutoCloseable {

    private final Kolommen k;
    private final Lock leesslot;

    Leesbeeld(Kolommen k, Lock leesslot) {
        this.k = k;
        this.leesslot = leesslot;
    }

    @Override
    public void close() {
        leesslot.unlock();
    }

    /** Slots in use (high-water mark); a slot below it may be empty ({@link #profiel} null). */
    int slots() { return k.slots(); }
    /** The pool's internal id; -1 when no candidate was ever in it. */
    int poolId(String code) { return code == null ? -1 : k.poolId(code); }
    /** Bitset over the slots of the pool's active candidates, or null. */
    long[] poolLeden(int poolId) { return k.poolLeden(poolId); }
    /** Bitset over the slots whose region (werkregio, or without one the own area) holds this postcode area. */
    long[] gebiedLeden(int gebied) { return k.gebiedLeden(gebied); }
    /** The packed hot column (see {@link Kolommen}). */
    long[] kern() { return k.kern(); }
    /** Slots with this ISCO unit group as wish or experience, or null. */
    SlotLijst beroepLeden(int code) { return k.beroepLeden(code); }
    /** Slots with this skill id, or null. */
    SlotLijst vaardigheidLeden(int id) { return k.vaardigheidLeden(id); }
    /** The id of a normalised skill, -1 when no candidate has it. */
    int vaardigheidId(String sleutel) { return k.vaardigheidId(sleutel); }
    int aantalVaardigheden() { return k.aantalVaardigheden(); }
    String vaardigheidNaam(int id) { return k.vaardigheidNaam(id); }

    long msb(int s) { return k.msb(s); }
    long lsb(int s) { return k.lsb(s); }
    boolean actief(int s) { return k.actief(s); }
    int pool(int s) { return k.pool(s); }
    int situatie(int s) { return k.situatie(s); }
    int beroepAantal(int s) { return k.beroepAantal(s); }
    int beroep(int s, int i) { return k.beroep(s, i); }
    int vaardigheidAantal(int s) { return k.vaardigheidAantal(s); }
    int vaardigheid(int s, int i) { return k.vaardigheid(s, i); }
    /** The education rank ({@link Opleidingsniveau#rang}), -1 unknown. */
    int opleiding(int s) { return k.opleiding(s); }
    /** Hours per week (capped at 168), -1 unknown. */
    int uren(int s) { return k.uren(s); }
    long regioLaag(int s) { return k.regioLaag(s); }
    long regioHoog(int s) { return k.regioHoog(s); }
    int woonRegio(int s) { return k.woonRegio(s); }
    /** Epoch day, Integer.MIN_VALUE without a date. */
    int beschikbaarPer(int s) { return k.beschikbaarPer(s); }
    KandidaatProfiel profiel(int s) { return k.profiel(s); }
}
