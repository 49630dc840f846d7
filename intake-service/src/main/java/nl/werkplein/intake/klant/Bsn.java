package nl.werkplein.intake.klant;

import java.util.Objects;

/**
 * A burgerservicenummer that passed the 11-proef. Its {@code toString} never shows the number, so it
 * cannot slip into a log line or an error message by accident.
 */
public final class Bsn {

    private final String nummer;

    private Bsn(String nummer) {
        this.nummer = nummer;
    }

    /** @throws IllegalArgumentException without echoing the input */
    public static Bsn of(String nummer) {
        if (!isGeldig(nummer)) {
            throw new IllegalArgumentException("geen geldig BSN (11-proef)");
        }
        return new Bsn(nummer);
    }

    /** Nine digits, not all zero, and 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11. */
    public static boolean isGeldig(String nummer) {
        if (nummer == null || nummer.length() != 9) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 9; i++) {
            char c = nummer.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weging = i < 8 ? 9 - i : -1;
            som += weging * (c - '0');
        }
        return som % 11 == 0 && !"000000000".equals(nummer);
    }

    /** The number itself, for the one place that stores it (encrypted) or hashes it. */
    public String nummer() {
        return nummer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bsn other && other.nummer.equals(nummer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nummer);
    }

    @Override
    public String toString() {
        return "Bsn[*********]";
    }
}
