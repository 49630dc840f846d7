package nl.werkplein.employer.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.werkplein.employer.matching.Codering.ONBEKEND;

/**
 * The index's storage: one slot per candidate in parallel primitive arrays, plus the sets the scan
 * reads (a bitset per pool and per postcode area, slot lists per ISCO code and per skill). Not
 * thread-safe on its own: {@link KandidatenIndex} writes it under its write lock, and readers see it
 * only through a {@link Leesbeeld} that holds the read lock.
 * About 300 lines on purpose: every column grows, is set and is cleared in the same place, so a
 * new criterion is one array added here (split per column, the grow/clear code would be copied).
 */
final class Kolommen {

    static final int MAX_BEROEPEN = 8;
    static final int MAX_VAARDIGHEDEN = 16;
    static final int MAX_UREN = 168;

    private int capaciteit;
    private int slots;
    private long[] msb;
    private long[] lsb;
    private byte[] pool;
    private boolean[] actief;
    private byte[] situatie;
    private short[] beroep;
    private byte[] beroepAantal;
    private int[] vaardigheid;
    private byte[] vaardigheidAantal;
    private byte[] opleiding;
    private short[] uren;
    private long[] regioLaag;
    private long[] regioHoog;
    private byte[] woonRegio;
    private int[] beschikbaarPer;
    private KandidaatProfiel[] profiel;
    /**
     * The ranking's hot column, one long per slot: bits 0–6 education and situation ((rank + 1) × 8 +
     * situation), 7–14 hours + 1 (0 unknown), 15–24 the ISCO major groups, 33–63 the availability day
     * as {@link Codering#dagCode}. One sequential 8-byte read scores everything but occupation, skills and region.
     */
    private long[] kern;
    private final long[][] poolLeden = new long[128][];
    private final long[][] gebiedLeden = new long[100][];
    private final SlotLijst[] beroepLeden = new SlotLijst[10_000];
    private final List<SlotLijst> vaardigheidLeden = new ArrayList<>();
    private final Map<String, Integer> vaardigheidIds = new HashMap<>();
    private final List<String> vaardigheidNamen = new ArrayList<>();
    private final Map<String, Byte> poolIds = new HashMap<>();

    Kolommen(int capaciteit) {
        groei(Math.max(16, capaciteit));
    }

    /** A fresh slot at the end, growing the columns when full. */
    int nieuwSlot() {
        if (slots == capaciteit) {
            groei(capaciteit * 2);
        }
        return slots++;
    }

    /** Fills slot s from the profile and adds it to the sets the scan reads. */
    void vul(int s, KandidaatProfiel p) {
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
        int v = 0;
        for (String naam : p.vaardigheden()) {
            if (v == MAX_VAARDIGHEDEN) {
                break;
            }
            String sleutel = Codering.normaal(naam);
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
            int r = Codering.gebied(regio);
            if (r >= 64) {
                hoog |= 1L << (r - 64);
            } else if (r >= 0) {
                laag |= 1L << r;
            }
        }
        regioLaag[s] = laag;
        regioHoog[s] = hoog;
        woonRegio[s] = (byte) Codering.gebied(p.postcode4());
        beschikbaarPer[s] = p.beschikbaarPer() == null ? Integer.MIN_VALUE : (int) p.beschikbaarPer().toEpochDay();
        profiel[s] = p;
        kern[s] = ((opleiding[s] + 1L) << 3 | situatie[s])
                | (uren[s] + 1L) << 7
                | (long) (groepen & 0x3FF) << 15
                | (long) Codering.dagCode(p.beschikbaarPer() == null ? Long.MIN_VALUE : p.beschikbaarPer().toEpochDay()) << 33;
        indexeer(s);
    }

    /** Takes slot s out of every set and forgets its profile; the slot can be filled again. */
    void wis(int s) {
        ontindexeer(s);
        actief[s] = false;
        profiel[s] = null;
    }

    /** Empties all slots (before a full reload); the skill and pool ids stay. */
    void leeg() {
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
        for (SlotLijst l : beroepLeden) {
            if (l != null) {
                l.leeg();
            }
        }
        for (SlotLijst l : vaardigheidLeden) {
            l.leeg();
        }
    }

    /** Adds slot s (just filled) to the pool, region, occupation and skill sets the scan reads. */
    private void indexeer(int s) {
        if (actief[s] && pool[s] >= 0) {
            long[] leden = poolLeden[pool[s]];
            if (leden == null) {
                leden = new long[Codering.woorden(capaciteit)];
                poolLeden[pool[s]] = leden;
            }
            leden[s >>> 6] |= 1L << s;
        }
        zetGebieden(s, true);
        for (int i = 0, basis = s * MAX_BEROEPEN; i < beroepAantal[s]; i++) {
            int c = beroep[basis + i];
            SlotLijst l = beroepLeden[c];
            if (l == null) {
                l = new SlotLijst();
                beroepLeden[c] = l;
            }
            l.voeg(s);
        }
        for (int i = 0, basis = s * MAX_VAARDIGHEDEN; i < vaardigheidAantal[s]; i++) {
            int id = vaardigheid[basis + i];
            while (vaardigheidLeden.size() <= id) {
                vaardigheidLeden.add(new SlotLijst());
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

    private int voegBeroepToe(int s, int b, String code) {
        int c = Codering.beroepscode(code);
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

    private void groei(int nieuw) {
        capaciteit = nieuw;
        msb = msb == null ? new long[nieuw] : Arrays.copyOf(msb, nieuw);
        lsb = lsb == null ? new long[nieuw] : Arrays.copyOf(lsb, nieuw);
        pool = pool == null ? new byte[nieuw] : Arrays.copyOf(pool, nieuw);
        actief = actief == null ? new boolean[nieuw] : Arrays.copyOf(actief, nieuw);
        situatie = situatie == null ? new byte[nieuw] : Arrays.copyOf(situatie, nieuw);
        beroep = beroep == null ? new short[nieuw * MAX_BEROEPEN] : Arrays.copyOf(beroep, nieuw * MAX_BEROEPEN);
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
        int w = Codering.woorden(nieuw);
        for (int i = 0; i < poolLeden.length; i++) {
            if (poolLeden[i] != null) {
                poolLeden[i] = Arrays.copyOf(poolLeden[i], w);
            }
        }
        for (int i = 0; i < gebiedLeden.length; i++) {
            gebiedLeden[i] = gebiedLeden[i] == null ? new long[w] : Arrays.copyOf(gebiedLeden[i], w);
        }
    }

    // ---- reads, through Leesbeeld only ----

    int slots() { return slots; }
    int poolId(String code) { Byte id = poolIds.get(code); return id == null ? -1 : id; }
    long[] poolLeden(int poolId) { return poolId < 0 ? null : poolLeden[poolId]; }
    long[] gebiedLeden(int gebied) { return gebiedLeden[gebied]; }
    long[] kern() { return kern; }
    SlotLijst beroepLeden(int code) { return beroepLeden[code]; }
    SlotLijst vaardigheidLeden(int id) { return id < vaardigheidLeden.size() ? vaardigheidLeden.get(id) : null; }
    int vaardigheidId(String sleutel) { Integer id = vaardigheidIds.get(sleutel); return id == null ? -1 : id; }
    int aantalVaardigheden() { return vaardigheidNamen.size(); }
    String vaardigheidNaam(int id) { return vaardigheidNamen.get(id); }
    long msb(int s) { return msb[s]; }
    long lsb(int s) { return lsb[s]; }
    boolean actief(int s) { return actief[s]; }
    int pool(int s) { return pool[s]; }
    int situatie(int s) { return situatie[s]; }
    int beroepAantal(int s) { return beroepAantal[s]; }
    int beroep(int s, int i) { return beroep[s * MAX_BEROEPEN + i]; }
    int vaardigheidAantal(int s) { return vaardigheidAantal[s]; }
    int vaardigheid(int s, int i) { return vaardigheid[s * MAX_VAARDIGHEDEN + i]; }
    int opleiding(int s) { return opleiding[s]; }
    int uren(int s) { return uren[s]; }
    long regioLaag(int s) { return regioLaag[s]; }
    long regioHoog(int s) { return regioHoog[s]; }
    int woonRegio(int s) { return woonRegio[s]; }
    int beschikbaarPer(int s) { return beschikbaarPer[s]; }
    KandidaatProfiel profiel(int s) { return profiel[s]; }
}
