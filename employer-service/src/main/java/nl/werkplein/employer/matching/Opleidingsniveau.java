package nl.werkplein.employer.matching;

/**
 * Education levels as profiles and vacancies name them, with the one ladder of docs/events.md
 * ("Opleidingsniveau"): WO 8 > HBO 7 > VWO 6 > HAVO 5 = MBO4 5 > MBO3 4 > MBO2 3 > MBO1 2 > VMBO 1 > GEEN 0.
 * HAVO and MBO4 tie: domain.md measures a diploma by what it qualifies for (the startkwalificatie is
 * "havo/vwo or MBO level 2"), and both give access to HBO (NLQF 4). Compare by {@link #rang}, never by
 * ordinal: the constants keep the listing order of the event contract.
 */
public enum Opleidingsniveau {
    GEEN(0), VMBO(1), MBO1(2), MBO2(3), MBO3(4), MBO4(5), HAVO(5), VWO(6), HBO(7), WO(8);

    /** The rank on the ladder; equal rank is an equal level. */
    public final int rang;

    Opleidingsniveau(int rang) {
        this.rang = rang;
    }

    public static Opleidingsniveau van(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return valueOf(waarde.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
