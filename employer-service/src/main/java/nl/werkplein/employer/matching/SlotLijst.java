package nl.werkplein.employer.matching;

import java.util.Arrays;

/** A growable list of slots (per ISCO code, per skill); order does not matter, so removal swaps in the last. */
public final class SlotLijst {
    private int[] slots = new int[4];
    private int n;

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

    void leeg() {
        n = 0;
    }

    public int aantal() {
        return n;
    }

    /** The backing array, valid up to {@link #aantal()}; read it, never write it (the scan reads it directly). */
    public int[] slots() {
        return slots;
    }
}
