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
 * so that ranking one vacancy scans 100,000 candidates in a few milliseconds without allocating per
 * candidate. Occupation codes and skills are precomputed to ints; work regions to a bit mask of the
 * 100 two-digit postcode areas. Kept current by the consumers (through the read-model tables); a
 * changed candidate overwrites its own slot. Thread-safe: writers exclude readers.
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
    /** bit per ISCO major group (first digit) the candidate has a code in: most candidates skip the code loop */
    short[] hoofdgroepen;
    /** bit (id mod 64) per skill: most candidates skip the skill loop */
    long[] vaardigheidSignatuur;
    int[] vaardigheid;
    byte[] vaardigheidAantal;
    byte[] opleiding;
    short[] uren;
    long[] regioLaag;
    long[] regioHoog;
    byte[] woonRegio;
    int[] beschikbaarPer;
    KandidaatProfiel[] profiel;

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
            } else {
                s = vrijAantal > 0 ? vrij[--vrijAantal] : slots++;
                if (s >= capaciteit) {
                    groei(capaciteit * 2);
                }
                slotVan.put(p.klantId(), s);
            }
            vul(s, p);
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
        long signatuur = 0;
        for (int i = 0; i < v; i++) {
            signatuur |= 1L << (vaardigheid[s * MAX_VAARDIGHEDEN + i] & 63);
        }
        vaardigheidSignatuur[s] = signatuur;
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
        vaardigheidSignatuur = vaardigheidSignatuur == null ? new long[nieuw] : Arrays.copyOf(vaardigheidSignatuur, nieuw);
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
    }
}
