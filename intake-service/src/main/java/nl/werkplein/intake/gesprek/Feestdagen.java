package nl.werkplein.intake.gesprek;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Dutch public holidays on which the Werkplein is closed, as data: a versioned list
 * ({@code feestdagen/feestdagen-nl.csv}) for the years it covers, the calendar rules for any other
 * year (so a list that was not extended in time still gives the right answer). Bevrijdingsdag is a
 * day off as the municipality chooses. Framework-free.
 */
public final class Feestdagen {

    /** What a line of the list is, so the list can be checked against the calendar rules. */
    public enum Soort {
        NIEUWJAARSDAG, EERSTE_PAASDAG, TWEEDE_PAASDAG, KONINGSDAG, BEVRIJDINGSDAG, HEMELVAARTSDAG,
        EERSTE_PINKSTERDAG, TWEEDE_PINKSTERDAG, EERSTE_KERSTDAG, TWEEDE_KERSTDAG
    }

    /**
     * Whether 5 May is a day off: every year (as the cao Gemeenten has it), only in a lustrum year
     * (2025, 2030: the national arrangement for many sectors), or never.
     */
    public enum Bevrijdingsdag {
        ELK_JAAR, LUSTRUM, NOOIT;

        boolean vrij(int jaar) {
            return switch (this) {
                case ELK_JAAR -> true;
                case LUSTRUM -> jaar % 5 == 0;
                case NOOIT -> false;
            };
        }
    }

    public record Feestdag(LocalDate datum, Soort soort, String naam) {
    }

    private final Map<Integer, List<Feestdag>> gelijst;
    private final Bevrijdingsdag bevrijdingsdag;
    private final Set<LocalDate> extra;
    private final String versie;

    public Feestdagen(Collection<Feestdag> lijst, String versie, Bevrijdingsdag bevrijdingsdag, Collection<LocalDate> extraVrij) {
        this.gelijst = lijst.stream().collect(Collectors.groupingBy(f -> f.datum().getYear(), TreeMap::new, Collectors.toList()));
        this.versie = versie;
        this.bevrijdingsdag = bevrijdingsdag;
        this.extra = Set.copyOf(extraVrij);
    }

    /** The list from the classpath resource, e.g. {@code feestdagen/feestdagen-nl.csv}. */
    public static Feestdagen uitBestand(String resource, Bevrijdingsdag bevrijdingsdag, Collection<LocalDate> extraVrij) {
        try (InputStream in = Feestdagen.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("holiday list " + resource + " not on the classpath");
            }
            return lees(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), bevrijdingsdag, extraVrij);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code datum,soort,naam}; {@code #} starts a comment, {@code # versie: x} names the version. */
    public static Feestdagen lees(List<String> regels, Bevrijdingsdag bevrijdingsdag, Collection<LocalDate> extraVrij) {
        List<Feestdag> lijst = new ArrayList<>();
        String versie = "onbekend";
        int nummer = 0;
        for (String regel : regels) {
            nummer++;
            String r = regel.strip();
            if (r.startsWith("#")) {
                String commentaar = r.substring(1).strip();
                if (commentaar.startsWith("versie:")) {
                    versie = commentaar.substring("versie:".length()).strip();
                }
                continue;
            }
            if (r.isEmpty()) {
                continue;
            }
            String[] delen = r.split(",", 3);
            if (delen.length < 2) {
                throw new IllegalArgumentException("holiday list line " + nummer + ": expected datum,soort,naam");
            }
            lijst.add(new Feestdag(LocalDate.parse(delen[0].strip()), Soort.valueOf(delen[1].strip()),
                    delen.length == 3 ? delen[2].strip() : delen[1].strip()));
        }
        return new Feestdagen(lijst, versie, bevrijdingsdag, extraVrij);
    }

    public String versie() {
        return versie;
    }

    /** Whether the list covers this year; other years follow {@link #volgensDeRegels(int)}. */
    public boolean gelijst(int jaar) {
        return gelijst.containsKey(jaar);
    }

    /** The holidays of a year that are days off under this municipality's choice, by date. */
    public List<Feestdag> van(int jaar) {
        List<Feestdag> alle = gelijst.getOrDefault(jaar, volgensDeRegels(jaar));
        return alle.stream().filter(f -> f.soort() != Soort.BEVRIJDINGSDAG || bevrijdingsdag.vrij(jaar))
                .sorted(java.util.Comparator.comparing(Feestdag::datum)).toList();
    }

    public boolean isVrij(LocalDate dag) {
        if (extra.contains(dag)) {
            return true;
        }
        for (Feestdag f : van(dag.getYear())) {
            if (f.datum().equals(dag)) {
                return true;
            }
        }
        return false;
    }

    /** Every listed holiday of the calendar rules, Bevrijdingsdag included (the choice is applied in {@link #van}). */
    public static List<Feestdag> volgensDeRegels(int jaar) {
        LocalDate pasen = eerstePaasdag(jaar);
        LocalDate koningsdag = LocalDate.of(jaar, Month.APRIL, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1); // Wet Koningsdag: the Saturday before
        }
        return List.of(
                new Feestdag(Year.of(jaar).atDay(1), Soort.NIEUWJAARSDAG, "Nieuwjaarsdag"),
                new Feestdag(pasen, Soort.EERSTE_PAASDAG, "Eerste Paasdag"),
                new Feestdag(pasen.plusDays(1), Soort.TWEEDE_PAASDAG, "Tweede Paasdag"),
                new Feestdag(koningsdag, Soort.KONINGSDAG, "Koningsdag"),
                new Feestdag(LocalDate.of(jaar, Month.MAY, 5), Soort.BEVRIJDINGSDAG, "Bevrijdingsdag"),
                new Feestdag(pasen.plusDays(39), Soort.HEMELVAARTSDAG, "Hemelvaartsdag"),
                new Feestdag(pasen.plusDays(49), Soort.EERSTE_PINKSTERDAG, "Eerste Pinksterdag"),
                new Feestdag(pasen.plusDays(50), Soort.TWEEDE_PINKSTERDAG, "Tweede Pinksterdag"),
                new Feestdag(LocalDate.of(jaar, Month.DECEMBER, 25), Soort.EERSTE_KERSTDAG, "Eerste Kerstdag"),
                new Feestdag(LocalDate.of(jaar, Month.DECEMBER, 26), Soort.TWEEDE_KERSTDAG, "Tweede Kerstdag"));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
    public static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
