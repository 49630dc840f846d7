package nl.werkplein.employer.matching;

import java.util.Arrays;

/**
 * The hot loop and its bounded heap: scores every active candidate of a pool with the vacancy's
 * {@link Puntentabel} and keeps the best {@code ruimte}. Reused (one per {@link Kladblok}, so one
 * thread at a time): the per-slot byte array and the heap grow once and are kept, so a ranking
 * allocates nothing here. Ties go to the smaller klantId, so the order never depends on how the
 * index was filled.
 */
final class KandidatenScan {

    /** per slot: bits 0–4 skills asked that the candidate has, 5–6 occupation 1 same minor group, 2 same unit group */
    private byte[] extra = new byte[0];
    private int[] heapSlot = new int[16];
    private int[] heapSom = new int[16];
    private int n;

    /** After {@link #scan}: the i-th best slot and its weighted sum (best first). */
    int slot(int i) {
        return heapSlot[i];
    }

    int som(int i) {
        return heapSom[i];
    }

    /**
     * Scores the pool's candidates and leaves the best {@code ruimte} in best-first order; returns
     * how many there are. Visits only the set bits of the pool's bitset and scores each with int
     * table lookups, no branch but the rare heap test: education and situation, hours, the major
     * group and the availability day come from one packed long, the region from the area's bitset,
     * the skill count and the unit/minor-group hit from a byte per slot filled beforehand from the
     * per-skill and per-code slot lists.
     */
    int scan(Leesbeeld x, Vraag v, Puntentabel p, int pool, int ruimte) {
        n = 0;
        final long[] leden = x.poolLeden(pool);
        if (leden == null || ruimte <= 0) {
            return 0;
        }
        if (heapSlot.length < ruimte) {
            heapSlot = new int[ruimte];
            heapSom = new int[ruimte];
        }
        final int slots = x.slots();
        final byte[] extra = markeer(x, v, slots);
        final int[] vast = p.vast;
        final int[] uren = p.uren;
        final int[] extraPunten = p.extra;
        final int[] regioPunten = p.regio;
        final int[] beschikbaarPunten = p.beschikbaar;
        // a vacancy without postcode gives everyone the same, so any bitset will do
        final long[] regioLeden = v.gebied < 0 ? leden : x.gebiedLeden(v.gebied);
        final int vandaag = Codering.dagCode(v.vandaag);
        final int grens = Codering.dagCode((long) v.vandaag + Math.max(0, v.venster));
        final int groepShift = 15 + Math.max(0, v.beroep1);
        final long[] kern = x.kern();
        final int[] heapSlot = this.heapSlot;
        final int[] heapSom = this.heapSom;
        int n = 0;
        int drempel = Integer.MIN_VALUE;
        for (int w = 0, woorden = Codering.woorden(slots); w < woorden; w++) {
            long m = leden[w];
            if (m == 0) {
                continue;
            }
            final long regio = regioLeden[w];
            final int basis = w << 6;
            do {
                final int b = Long.numberOfTrailingZeros(m);
                m &= m - 1;
                final int s = basis + b;
                final long k = kern[s];
                final int per = (int) (k >>> 33);
                final int som = vast[(int) k & 0x7F]
                        + uren[((int) k >>> 7) & 0xFF]
                        + extraPunten[(extra[s] & 0x7F) | ((int) (k >>> groepShift) & 1) << 7]
                        + regioPunten[(int) (regio >>> b) & 1]
                        + beschikbaarPunten[((vandaag - per) >>> 31) + ((grens - per) >>> 31)];
                if (som >= drempel) {
                    if (n < ruimte) {
                        heapSlot[n] = s;
                        heapSom[n] = som;
                        rijsOp(x, heapSlot, heapSom, n++);
                    } else if (slechter(x, heapSom[0], heapSlot[0], som, s)) {
                        heapSlot[0] = s;
                        heapSom[0] = som;
                        zakIn(x, heapSlot, heapSom, n, 0);
                    }
                    if (n == ruimte) {
                        drempel = heapSom[0];
                    }
                }
            } while (m != 0);
        }
        // heap (worst at the root) to best-first order, in place
        for (int i = n - 1; i > 0; i--) {
            wissel(heapSlot, heapSom, 0, i);
            zakIn(x, heapSlot, heapSom, i, 0);
        }
        this.n = n;
        return n;
    }

    /** Fills the per-slot byte from the slot lists of the skills asked and of the vacancy's minor group. */
    private byte[] markeer(Leesbeeld x, Vraag v, int slots) {
        byte[] extra = this.extra;
        if (extra.length < slots) {
            // grow with room, so a growing index does not reallocate on every call
            extra = new byte[Math.max(slots, slots + (slots >>> 3))];
            this.extra = extra;
        } else {
            Arrays.fill(extra, 0, slots, (byte) 0);
        }
        boolean[] gevraagd = v.vaardigheid;
        for (int id = 0, ids = Math.min(gevraagd.length, x.aantalVaardigheden()); id < ids; id++) {
            if (gevraagd[id]) {
                SlotLijst l = x.vaardigheidLeden(id);
                if (l == null) {
                    continue;
                }
                int[] ls = l.slots();
                for (int i = 0, n = l.aantal(); i < n; i++) {
                    extra[ls[i]]++;
                }
            }
        }
        if (v.beroep >= 0) {
            int subgroep = v.beroep / 10;
            for (int c = subgroep * 10; c < subgroep * 10 + 10; c++) {
                SlotLijst l = x.beroepLeden(c);
                if (l == null) {
                    continue;
                }
                int klasse = c == v.beroep ? 2 << 5 : 1 << 5;
                int[] ls = l.slots();
                for (int i = 0, n = l.aantal(); i < n; i++) {
                    int s = ls[i];
                    if ((extra[s] & 0x60) < klasse) {
                        extra[s] = (byte) ((extra[s] & 0x1F) | klasse);
                    }
                }
            }
        }
        return extra;
    }

    /** True when (somA, a) ranks below (somB, b): a lower sum, or equal and a larger klantId. */
    private static boolean slechter(Leesbeeld x, int somA, int a, int somB, int b) {
        if (somA != somB) {
            return somA < somB;
        }
        long ma = x.msb(a);
        long mb = x.msb(b);
        if (ma != mb) {
            return ma > mb;
        }
        return x.lsb(a) > x.lsb(b);
    }

    private static void rijsOp(Leesbeeld x, int[] slot, int[] som, int i) {
        while (i > 0) {
            int ouder = (i - 1) >>> 1;
            if (!slechter(x, som[i], slot[i], som[ouder], slot[ouder])) {
                return;
            }
            wissel(slot, som, i, ouder);
            i = ouder;
        }
    }

    private static void zakIn(Leesbeeld x, int[] slot, int[] som, int n, int i) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= n) {
                return;
            }
            int slechtste = l;
            int r = l + 1;
            if (r < n && slechter(x, som[r], slot[r], som[l], slot[l])) {
                slechtste = r;
            }
            if (!slechter(x, som[slechtste], slot[slechtste], som[i], slot[i])) {
                return;
            }
            wissel(slot, som, i, slechtste);
            i = slechtste;
        }
    }

    private static void wissel(int[] slot, int[] som, int a, int b) {
        int t = slot[a];
        slot[a] = slot[b];
        slot[b] = t;
        t = som[a];
        som[a] = som[b];
        som[b] = t;
    }
}
