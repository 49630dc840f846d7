package nl.werkplein.employer.matching;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** How profile values become the small ints the index stores: ISCO codes, postcode areas, skills, days. */
final class Codering {

    static final int ONBEKEND = -1;
    private static final Pattern WITRUIMTE = Pattern.compile("\\s+");

    private Codering() {
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

    /** A skill as the index keys it: trimmed, lower case, single spaces. */
    static String normaal(String vaardigheid) {
        if (vaardigheid == null) {
            return "";
        }
        if (alNormaal(vaardigheid)) {
            return vaardigheid; // the usual case, without allocating
        }
        return WITRUIMTE.matcher(vaardigheid.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Lower-case ASCII letters, digits and punctuation, single spaces inside only: normaal would change nothing. */
    private static boolean alNormaal(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c <= ' ' || c >= 0x7F || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    static int dag(LocalDate datum) {
        return (int) datum.toEpochDay();
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

    /** Longs needed for a bitset over this many slots. */
    static int woorden(int slots) {
        return (slots + 63) >>> 6;
    }
}
