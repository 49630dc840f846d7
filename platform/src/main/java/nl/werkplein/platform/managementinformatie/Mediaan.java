package nl.werkplein.platform.managementinformatie;

import java.util.Map;
import java.util.TreeMap;

/**
 * The median of a distribution kept as counters per value (a histogram: days → how many), so a
 * read model of counters can answer it without storing single cases. Even count: the mean of the
 * two middle values.
 */
public final class Mediaan {

    private Mediaan() {
    }

    /** @return null for an empty distribution */
    public static Double van(Map<Long, Long> aantalPerWaarde) {
        TreeMap<Long, Long> verdeling = new TreeMap<>();
        aantalPerWaarde.forEach((w, n) -> {
            if (n > 0) {
                verdeling.merge(w, n, Long::sum);
            }
        });
        long totaal = verdeling.values().stream().mapToLong(Long::longValue).sum();
        if (totaal == 0) {
            return null;
        }
        Long laag = plaats(verdeling, (totaal - 1) / 2);
        Long hoog = plaats(verdeling, totaal / 2);
        return (laag + hoog) / 2.0;
    }

    /** The value at 0-based position {@code index} of the sorted cases. */
    private static Long plaats(TreeMap<Long, Long> verdeling, long index) {
        long gezien = 0;
        for (Map.Entry<Long, Long> e : verdeling.entrySet()) {
            gezien += e.getValue();
            if (index < gezien) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("index " + index + " buiten de verdeling");
    }
}
