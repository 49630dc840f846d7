package nl.werkplein.screening.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The policy what-if's tally (issue 18 point 6), pure: per answer set the line that was decided and
 * the line the draft rule set gives, counted as old × new, over all and per wijk. Only counts: no
 * klantId, no answers, nothing that points at a person.
 */
public final class Kruistabel {

    /** Answer sets whose client's postcode lies in no known wijk. */
    public static final String ONBEKENDE_WIJK = "ONBEKEND";

    private static final Uitkomst[] LIJNEN = Uitkomst.values();

    public record Cel(Uitkomst oud, Uitkomst nieuw, long aantal) {
    }

    /** Per line: how many answer sets the draft would move into it and out of it. */
    public record Verschuiving(Uitkomst lijn, long oud, long nieuw, long erbij, long eraf) {
    }

    public record Tabel(long aantal, List<Cel> cellen, List<Verschuiving> perLijn) {
    }

    private final long[][] totaal = new long[LIJNEN.length][LIJNEN.length];
    private final Map<String, long[][]> perWijk = new TreeMap<>();
    private final boolean wijken;

    public Kruistabel(boolean perWijk) {
        this.wijken = perWijk;
    }

    public void tel(Uitkomst oud, Uitkomst nieuw, String wijk) {
        totaal[oud.ordinal()][nieuw.ordinal()]++;
        if (wijken) {
            perWijk.computeIfAbsent(wijk == null ? ONBEKENDE_WIJK : wijk, w -> new long[LIJNEN.length][LIJNEN.length])
                    [oud.ordinal()][nieuw.ordinal()]++;
        }
    }

    public Tabel totaal() {
        return tabel(totaal);
    }

    public Map<String, Tabel> perWijk() {
        Map<String, Tabel> uit = new TreeMap<>();
        perWijk.forEach((w, t) -> uit.put(w, tabel(t)));
        return uit;
    }

    /** Every cell, zeros included, so a reader sees the whole square; then gains and losses per line. */
    static Tabel tabel(long[][] t) {
        List<Cel> cellen = new ArrayList<>();
        long aantal = 0;
        for (Uitkomst oud : LIJNEN) {
            for (Uitkomst nieuw : LIJNEN) {
                long n = t[oud.ordinal()][nieuw.ordinal()];
                cellen.add(new Cel(oud, nieuw, n));
                aantal += n;
            }
        }
        List<Verschuiving> perLijn = new ArrayList<>();
        for (Uitkomst lijn : LIJNEN) {
            long oud = 0;
            long nieuw = 0;
            long blijft = t[lijn.ordinal()][lijn.ordinal()];
            for (Uitkomst ander : LIJNEN) {
                oud += t[lijn.ordinal()][ander.ordinal()];
                nieuw += t[ander.ordinal()][lijn.ordinal()];
            }
            perLijn.add(new Verschuiving(lijn, oud, nieuw, nieuw - blijft, oud - blijft));
        }
        return new Tabel(aantal, cellen, perLijn);
    }
}
