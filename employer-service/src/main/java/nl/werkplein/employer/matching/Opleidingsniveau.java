package nl.werkplein.employer.matching;

/** Education levels as profiles and vacancies name them (docs/events.md), in ascending order. */
public enum Opleidingsniveau {
    GEEN(0), VMBO(1), MBO1(2), MBO2(3), MBO3(4), MBO4(5), HAVO(5), VWO(6), HBO(7), WO(8);

    /** Comparable rank: HAVO counts as MBO4, the level either gives access to. */
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
