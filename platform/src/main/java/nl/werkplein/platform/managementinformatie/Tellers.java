package nl.werkplein.platform.managementinformatie;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counters read from {@link Kengetallen}, looked up by (meting, maand, sleutel); an absent counter is 0.
 * Pure: what every management-information overview does between the read and its rows.
 */
public final class Tellers {

    /** One sleutel in one month: what came in, what went out and the balance at the month's end. */
    public record Stand(YearMonth maand, String sleutel, long in, long uit, long stand) {
    }

    private record Sleutel(String meting, YearMonth maand, String sleutel) {
    }

    private final List<Kengetallen.Waarde> waarden;
    private final Map<Sleutel, Long> tellers = new HashMap<>();

    private Tellers(List<Kengetallen.Waarde> waarden) {
        this.waarden = List.copyOf(waarden);
        for (Kengetallen.Waarde w : waarden) {
            tellers.merge(new Sleutel(w.meting(), w.maand(), w.sleutel()), w.waarde(), Long::sum);
        }
    }

    public static Tellers van(List<Kengetallen.Waarde> waarden) {
        return new Tellers(waarden);
    }

    public long waarde(String meting, YearMonth maand, String sleutel) {
        return tellers.getOrDefault(new Sleutel(meting, maand, sleutel), 0L);
    }

    /** A counter without a sleutel (stored as ""). */
    public long waarde(String meting, YearMonth maand) {
        return waarde(meting, maand, "");
    }

    /** The sleutels the counters of these metingen have, sorted. */
    public Set<String> sleutels(String... metingen) {
        Set<String> namen = Set.of(metingen);
        TreeSet<String> sleutels = new TreeSet<>();
        for (Kengetallen.Waarde w : waarden) {
            if (namen.contains(w.meting())) {
                sleutels.add(w.sleutel());
            }
        }
        return sleutels;
    }

    /**
     * The running balance of {@code in} minus {@code uit} (null: nothing goes out, a running total) per
     * sleutel, at the end of every month of the period, counting every month read before it. Ordered by
     * month, then by sleutel in the order given ({@code sleutels} null: every sleutel read, sorted).
     * The counters must have been read from the start, not from the period's first month.
     */
    public List<Stand> lopendeStand(String in, String uit, Maandperiode periode, Collection<String> sleutels) {
        Collection<String> welke = sleutels != null ? sleutels : uit == null ? sleutels(in) : sleutels(in, uit);
        Map<String, Long> stand = new LinkedHashMap<>();
        welke.forEach(s -> stand.put(s, 0L));
        for (Kengetallen.Waarde w : waarden) {
            if (w.maand().isBefore(periode.van()) && stand.containsKey(w.sleutel())) {
                if (w.meting().equals(in)) {
                    stand.merge(w.sleutel(), w.waarde(), Long::sum);
                } else if (w.meting().equals(uit)) {
                    stand.merge(w.sleutel(), -w.waarde(), Long::sum);
                }
            }
        }
        List<Stand> standen = new ArrayList<>();
        for (YearMonth m : periode.maanden()) {
            for (String sleutel : welke) {
                long erin = waarde(in, m, sleutel);
                long eruit = uit == null ? 0 : waarde(uit, m, sleutel);
                long nu = stand.merge(sleutel, erin - eruit, Long::sum);
                standen.add(new Stand(m, sleutel, erin, eruit, nu));
            }
        }
        return standen;
    }
}
