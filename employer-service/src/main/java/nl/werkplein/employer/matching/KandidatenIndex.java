package nl.werkplein.employer.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * All candidates in memory in a compact form, one slot per candidate in parallel primitive arrays,
 * so that ranking one vacancy scans 100,000 candidates in well under a millisecond without allocating
 * per candidate. The scan reads one packed long per slot ({@code kern}), a bitset per pool and per
 * postcode area, and slot lists per ISCO code and per skill; the other columns explain the winners.
 * Kept current by the consumers (through the read-model tables); a changed candidate overwrites its
 * own slot. Thread-safe: writers exclude readers.
 */
public final class KandidatenIndex {

    static final int MAX_BEROEPEN = 8;
    static final int MAX_VAARDIGHEDEN = 16;
    static final int ONBEKEND = -1;
    static final int MAX_UREN = 168;

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    int capaciteit;
    int slots;
    long[] msb;
    long[] lsb;
    byte[] pool;
    boolean[] actief;
    byte[] situatie;
    short[] beroep;
    byte[] beroepAantal;
    /** bit per ISCO major group (first digit) the candidate has a code in (packed into kern) */
    short[] hoofdgroepen;
    int[] vaardigheid;
    byte[] vaardigheidAantal;
    byte[] opleiding;
    short[] uren;
    long[] regioLaag;
    long[] regioHoog;
    byte[] woonRegio;
    int[] beschikbaarPer;
    KandidaatProfiel[] profiel;

    /**
     * The ranking's hot column, one long per slot: bits 0–6 education and situation ((rank + 1) × 8 +
     * situation), 7–14 hours + 1 (0 unknown), 15–24 the ISCO major groups, 33–63 the availability day
     * as {@link #dagCode}. One sequential 8-byte read scores everything but occupation, skills and region.
     */
    long[] kern;
    /** Per pool id a bitset over the slots of its active candidates: the scan visits only their set bits. */
    final long[][] poolLeden = new long[128][];
    /** Per two-digit postcode area a bitset over the slots the area counts as region for (see Rangschikking.regio). */
    final long[][] gebiedLeden = new long[100][];
    /** Slots per ISCO unit group (as stored, at most MAX_BEROEPEN per slot): the scan marks a vacancy's minor group from these. */
    final Lijst[] beroepLeden = new Lijst[10_000];
    /** Slots per skill id, once per entry (a duplicate entry counts twice, as in the per-slot count). */
    final List<Lijst> vaardigheidLeden = new ArrayList<>();

    private final Map<UUID, Integer> slotVan = new HashMap<>();
    private int[] vrij = new int[16];
    private int vrijAantal;
    final Map<String, Integer> vaardigheidIds = new HashMap<>();
    final List<String> vaardigheidNamen = new ArrayList<>();
    private final Map<String, Byte> poolIds = new HashMap<>();
    private long versie;

    public KandidatenIndex() {
        this(1024);
    }

    public KandidatenIndex(int capaciteit) {
        groei(Math.max(16, capaciteit));
    }

    /** Adds or replaces a candidate. */
    public void zet(KandidaatProfiel p) {
        lock.writeLock().lock();
        try {
            Integer bestaand = slotVan.get(p.klantId());
            int s;
            if (bestaand != null) {
                s = bestaand;
                ontindexeer(s);
            } else {
                s = vrijAantal > 0 ? vrij[--vrijAantal] : slots++;
                if (s >= capaciteit) {
                    groei(capaciteit * 2);
                }
                slotVan.put(p.klantId(), s);
            }
            vul(s, p);
            indexeer(s);
            versie++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void verwijder(UUID klantId) {
        lock.writeLock().lock();
        try {
            Integer s = slotVan.remove(klantId);
            if (s != null) {
                ontindexeer(s);
                actief[s] = false;
                profiel[s] = null;
                if (vrijAantal == vrij.length) {
                    vrij = Arrays.copyOf(vrij, vrij.length * 2);
                }
                vrij[vrijAantal++] = s;
                versie++;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Empties the index (before a full reload). */
    public void leeg() {
        lock.writeLock().lock();
        try {
            slotVan.clear();
            vrijAantal = 0;
            slots = 0;
            Arrays.fill(actief, false);
            Arrays.fill(profiel, null);
            for (long[] leden : poolLeden) {
                if (leden != null) {
                    Arrays.fill(leden, 0);
                }
            }
            for (long[] leden : gebiedLeden) {
                Arrays.fill(leden, 0);
            }
            for (Lijst l : beroepLeden) {
                if (l != null) {
                    l.n = 0;
                }
            }
            for (Lijst l : vaardigheidLeden) {
                l.n = 0;
            }
            versie++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int aantal() {
        lock.readLock().lock();
        try {
            return slotVan.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Changes with every write: a cached shortlist older than this is stale. */
    public long versie() {
        lock.readLock().lock();
        try {
            return versie;
        } finally {
            lock.readLock().unlock();
        }
    }

    public KandidaatProfiel profiel(UUID klantId) {
        lock.readLock().lock();
        try {
            Integer s = slotVan.get(klantId);
            return s == null ? null : profiel[s];
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The pool's internal id; -1 when no candidate was ever in it. Call under the read lock. */
    byte poolId(String code) {
        Byte id = poolIds.get(code);
        return id == null ? -1 : id;
    }

    private void vul(int s, KandidaatProfiel p) {
        msb[s] = p.klantId().getMostSignificantBits();
        lsb[s] = p.klantId().getLeastSignificantBits();
        pool[s] = p.pool() == null ? -1 : poolIds.computeIfAbsent(p.pool(), k -> (byte) poolIds.size());
        actief[s] = p.pool() != null && p.beschikbaar() && p.situatie() != null;
        situatie[s] = (byte) (p.situatie() == null ? 0 : p.situatie().ordinal());
        int b = 0;
        for (String code : p.beroepscodes()) {
            b = voegBeroepToe(s, b, code);
        }
        for (String code : p.ervaringscodes()) {
            b = voegBeroepToe(s, b, code);
        }
        beroepAantal[s] = (byte) b;
        short groepen = 0;
        for (int i = 0; i < b; i++) {
            groepen |= (short) (1 << (beroep[s * MAX_BEROEPEN + i] / 1000));
        }
        hoofdgroepen[s] = groepen;
        int v = 0;
        for (String naam : p.vaardigheden()) {
            if (v == MAX_VAARDIGHEDEN) {
                break;
            }
            String sleutel = normaal(naam);
            if (sleutel.isEmpty()) {
                continue;
            }
            Integer id = vaardigheidIds.get(sleutel);
            if (id == null) {
                id = vaardigheidNamen.size();
                vaardigheidIds.put(sleutel, id);
                vaardigheidNamen.add(sleutel);
            }
            vaardigheid[s * MAX_VAARDIGHEDEN + v++] = id;
        }
        vaardigheidAantal[s] = (byte) v;
        opleiding[s] = (byte) (p.opleidingsniveau() == null ? ONBEKEND : p.opleidingsniveau().rang);
        // a week has 168 hours: the cap keeps the per-vacancy hours table small
        uren[s] = (short) (p.urenPerWeek() == null ? ONBEKEND : Math.min(MAX_UREN, Math.max(0, p.urenPerWeek())));
        long laag = 0;
        long hoog = 0;
        for (String regio : p.werkregio()) {
            int r = gebied(regio);
            if (r >= 64) {
                hoog |= 1L << (r - 64);
            } else if (r >= 0) {
                laag |= 1L << r;
            }
        }
        regioLaag[s] = laag;
        regioHoog[s] = hoog;
        woonRegio[s] = (byte) gebied(p.postcode4());
        beschikbaarPer[s] = p.beschikbaarPer() == null ? Integer.MIN_VALUE : (int) p.beschikbaarPer().toEpochDay();
        profiel[s] = p;
        kern[s] = ((opleiding[s] + 1L) << 3 | situatie[s])
                | (uren[s] + 1L) << 7
                | (long) (groepen & 0x3FF) << 15
                | (long) dagCode(p.beschikbaarPer() == null ? Long.MIN_VALUE : p.beschikbaarPer().toEpochDay()) << 33;
    }

    /** Adds slot s (just filled) to the pool, region, occupation and skill sets the scan reads. */
    private void indexeer(int s) {
        if (actief[s] && pool[s] >= 0) {
            long[] leden = poolLeden[pool[s]];
            if (leden == null) {
                leden = new long[woorden(capaciteit)];
                poolLeden[pool[s]] = leden;
            }
            leden[s >>> 6] |= 1L << s;
        }
        zetGebieden(s, true);
        for (int i = 0, basis = s * MAX_BEROEPEN; i < beroepAantal[s]; i++) {
            int c = beroep[basis + i];
            Lijst l = beroepLeden[c];
            if (l == null) {
                l = new Lijst();
                beroepLeden[c] = l;
            }
            l.voeg(s);
        }
        for (int i = 0, basis = s * MAX_VAARDIGHEDEN; i < vaardigheidAantal[s]; i++) {
            int id = vaardigheid[basis + i];
            while (vaardigheidLeden.size() <= id) {
                vaardigheidLeden.add(new Lijst());
            }
            vaardigheidLeden.get(id).voeg(s);
        }
    }

    /** Takes slot s out of those sets again, from the values still in its columns. */
    private void ontindexeer(int s) {
        if (profiel[s] == null) {
            return;
        }
        if (actief[s] && pool[s] >= 0) {
            poolLeden[pool[s]][s >>> 6] &= ~(1L << s);
        }
        zetGebieden(s, false);
        for (int i = 0, basis = s * MAX_BEROEPEN; i < beroepAantal[s]; i++) {
            beroepLeden[beroep[basis + i]].haal(s);
        }
        for (int i = 0, basis = s * MAX_VAARDIGHEDEN; i < vaardigheidAantal[s]; i++) {
            vaardigheidLeden.get(vaardigheid[basis + i]).haal(s);
        }
    }

    /** The areas that count as region: the werkregio, or without one the own postcode area. */
    private void zetGebieden(int s, boolean aan) {
        long laag = regioLaag[s];
        long hoog = regioHoog[s];
        if ((laag | hoog) == 0) {
            if (woonRegio[s] >= 0) {
                zetBit(gebiedLeden[woonRegio[s]], s, aan);
            }
            return;
        }
        for (int g = 0; g < gebiedLeden.length; g++) {
            if (((g >= 64 ? hoog : laag) & (1L << g)) != 0) {
                zetBit(gebiedLeden[g], s, aan);
            }
        }
    }

    private static void zetBit(long[] bits, int s, boolean aan) {
        if (aan) {
            bits[s >>> 6] |= 1L << s;
        } else {
            bits[s >>> 6] &= ~(1L << s);
        }
    }

    /**
     * An epoch day as a non-negative 31-bit code that keeps the order (days shifted by 2^30 and
     * clamped); no date (Long.MIN_VALUE) is 0, before every day.
     */
    static int dagCode(long epochDag) {
        if (epochDag == Long.MIN_VALUE) {
            return 0;
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, epochDag + (1L << 30)));
    }

    static int woorden(int slots) {
        return (slots + 63) >>> 6;
    }

    /** A growable list of slots; order does not matter, so removal swaps in the last. */
    static final class Lijst {
        int[] slots = new int[4];
        int n;

        void voeg(int s) {
            if (n == slots.length) {
                slots = Arrays.copyOf(slots, n * 2);
            }
            slots[n++] = s;
        }

        void haal(int s) {
            for (int i = 0; i < n; i++) {
                if (slots[i] == s) {
                    slots[i] = slots[--n];
                    return;
                }
            }
        }
    }

    private int voegBeroepToe(int s, int b, String code) {
        int c = beroepscode(code);
        if (c < 0 || b == MAX_BEROEPEN) {
            return b;
        }
        for (int i = 0; i < b; i++) {
            if (beroep[s * MAX_BEROEPEN + i] == c) {
                return b;
            }
        }
        beroep[s * MAX_BEROEPEN + b] = (short) c;
        return b + 1;
    }

    /** An ISCO-08 unit group (4 digits) as an int, or -1. */
    static int beroepscode(String code) {
        if (code == null || code.length() != 4) {
            return ONBEKEND;
        }
        int c = 0;
        for (int i = 0; i < 4; i++) {
            char ch = code.charAt(i);
            if (ch < '0' || ch > '9') {
                return ONBEKEND;
            }
            c = c * 10 + (ch - '0');
        }
        return c;
    }

    /** The postcode area (first two digits) of a postcode4 or a werkregio entry, or -1. */
    static int gebied(String postcode) {
        if (postcode == null || postcode.length() < 2) {
            return ONBEKEND;
        }
        char a = postcode.charAt(0);
        char b = postcode.charAt(1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return ONBEKEND;
        }
        return (a - '0') * 10 + (b - '0');
    }

    static String normaal(String vaardigheid) {
        return vaardigheid == null ? "" : vaardigheid.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static int dag(LocalDate datum) {
        return (int) datum.toEpochDay();
    }

    private void groei(int nieuw) {
        capaciteit = nieuw;
        msb = msb == null ? new long[nieuw] : Arrays.copyOf(msb, nieuw);
        lsb = lsb == null ? new long[nieuw] : Arrays.copyOf(lsb, nieuw);
        pool = pool == null ? new byte[nieuw] : Arrays.copyOf(pool, nieuw);
        actief = actief == null ? new boolean[nieuw] : Arrays.copyOf(actief, nieuw);
        situatie = situatie == null ? new byte[nieuw] : Arrays.copyOf(situatie, nieuw);
        beroep = beroep == null ? new short[nieuw * MAX_BEROEPEN] : Arrays.copyOf(beroep, nieuw * MAX_BEROEPEN);
        hoofdgroepen = hoofdgroepen == null ? new short[nieuw] : Arrays.copyOf(hoofdgroepen, nieuw);
        beroepAantal = beroepAantal == null ? new byte[nieuw] : Arrays.copyOf(beroepAantal, nieuw);
        vaardigheid = vaardigheid == null ? new int[nieuw * MAX_VAARDIGHEDEN] : Arrays.copyOf(vaardigheid, nieuw * MAX_VAARDIGHEDEN);
        vaardigheidAantal = vaardigheidAantal == null ? new byte[nieuw] : Arrays.copyOf(vaardigheidAantal, nieuw);
        opleiding = opleiding == null ? new byte[nieuw] : Arrays.copyOf(opleiding, nieuw);
        uren = uren == null ? new short[nieuw] : Arrays.copyOf(uren, nieuw);
        regioLaag = regioLaag == null ? new long[nieuw] : Arrays.copyOf(regioLaag, nieuw);
        regioHoog = regioHoog == null ? new long[nieuw] : Arrays.copyOf(regioHoog, nieuw);
        woonRegio = woonRegio == null ? new byte[nieuw] : Arrays.copyOf(woonRegio, nieuw);
        beschikbaarPer = beschikbaarPer == null ? new int[nieuw] : Arrays.copyOf(beschikbaarPer, nieuw);
        profiel = profiel == null ? new KandidaatProfiel[nieuw] : Arrays.copyOf(profiel, nieuw);
        kern = kern == null ? new long[nieuw] : Arrays.copyOf(kern, nieuw);
        int w = woorden(nieuw);
        for (int i = 0; i < poolLeden.length; i++) {
            if (poolLeden[i] != null) {
                poolLeden[i] = Arrays.copyOf(poolLeden[i], w);
            }
        }
        for (int i = 0; i < gebiedLeden.length; i++) {
            gebiedLeden[i] = gebiedLeden[i] == null ? new long[w] : Arrays.copyOf(gebiedLeden[i], w);
        }
    }
}
