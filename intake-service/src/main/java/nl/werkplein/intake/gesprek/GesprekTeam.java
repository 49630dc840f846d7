package nl.werkplein.intake.gesprek;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A team that holds first conversations, and its day: {@code capaciteitPerDag} slots, {@code gelijktijdig}
 * at a time (one per consulent), each {@code duur} long from {@code begin}. Slot k starts at
 * begin + (k / gelijktijdig) × duur. A team serves the postcode-4 ranges it lists; the default team the
 * rest. Framework-free.
 */
public record GesprekTeam(String naam, int capaciteitPerDag, LocalTime begin, Duration duur, int gelijktijdig,
                          List<Bereik> postcodes, String locatie) {

    /** An inclusive postcode-4 range, {@code 9731-9736} or one area {@code 9741}. */
    public record Bereik(int van, int tot) {
        static Bereik lees(String tekst) {
            String t = tekst.strip();
            int streep = t.indexOf('-');
            int van = Integer.parseInt(streep < 0 ? t : t.substring(0, streep).strip());
            int tot = streep < 0 ? van : Integer.parseInt(t.substring(streep + 1).strip());
            if (van < 1000 || tot > 9999 || tot < van) {
                throw new IllegalArgumentException("postcode range " + tekst + ": expected 1000-9999, van <= tot");
            }
            return new Bereik(van, tot);
        }

        boolean bevat(int postcode4) {
            return postcode4 >= van && postcode4 <= tot;
        }
    }

    public GesprekTeam {
        if (capaciteitPerDag < 1 || gelijktijdig < 1 || duur.isNegative() || duur.isZero()) {
            throw new IllegalArgumentException("team " + naam + ": capaciteit-per-dag and gelijktijdig must be >= 1, duur > 0");
        }
        long rondes = (capaciteitPerDag + gelijktijdig - 1) / gelijktijdig;
        if (begin.toSecondOfDay() + duur.multipliedBy(rondes).toSeconds() > 24 * 3600) {
            throw new IllegalArgumentException("team " + naam + ": the slots do not fit in one day");
        }
        postcodes = List.copyOf(postcodes);
    }

    public static List<Bereik> bereiken(List<String> teksten) {
        List<Bereik> bereiken = new ArrayList<>();
        for (String tekst : teksten) {
            if (!tekst.isBlank()) {
                bereiken.add(Bereik.lees(tekst));
            }
        }
        return bereiken;
    }

    /** The start of slot {@code slot} (0-based). */
    public LocalTime tijdVan(int slot) {
        if (slot < 0 || slot >= capaciteitPerDag) {
            throw new IllegalArgumentException("slot " + slot + " outside 0.." + (capaciteitPerDag - 1));
        }
        return begin.plus(duur.multipliedBy(slot / gelijktijdig));
    }

    public boolean bedient(String postcode) {
        Integer p4 = postcode4(postcode);
        return p4 != null && postcodes.stream().anyMatch(b -> b.bevat(p4));
    }

    /**
     * The team for an aanvraag's postcode: the first (by name) that lists its postcode-4, else the
     * default team (also for a briefadres, which has no postcode).
     */
    public static GesprekTeam voor(String postcode, List<GesprekTeam> teams, String standaard) {
        return teams.stream().sorted(java.util.Comparator.comparing(GesprekTeam::naam))
                .filter(t -> t.bedient(postcode)).findFirst()
                .orElseGet(() -> teams.stream().filter(t -> t.naam().equals(standaard)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("default team " + standaard + " is not configured")));
    }

    static Integer postcode4(String postcode) {
        if (postcode == null || postcode.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(postcode.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
