package nl.werkplein.socialreturn.vacature;

/**
 * Education level asked for. The constants keep the listing order of docs/events.md (the JSON values);
 * levels are compared only by {@link #rang}, the ladder written once in docs/events.md ("Opleidingsniveau")
 * and shared with employer-service: WO 8 > HBO 7 > VWO 6 > HAVO 5 = MBO4 5 > MBO3 4 > MBO2 3 > MBO1 2 >
 * VMBO 1 > GEEN 0. HAVO and MBO4 tie: both qualify for the same next step (HBO), so neither is above the
 * other. Never compare with {@code ordinal()} or {@code compareTo}: that would rank HAVO above MBO4.
 */
public enum Opleidingsniveau {
    GEEN(0), VMBO(1), MBO1(2), MBO2(3), MBO3(4), MBO4(5), HAVO(5), VWO(6), HBO(7), WO(8);

    /** The rank on the ladder; equal rank is an equal level. */
    public final int rang;

    Opleidingsniveau(int rang) {
        this.rang = rang;
    }

    /** At most {@code grens}: every level of equal rank included (at most MBO4 includes HAVO, and the other way round). */
    public boolean hoogstens(Opleidingsniveau grens) {
        return rang <= grens.rang;
    }
}
