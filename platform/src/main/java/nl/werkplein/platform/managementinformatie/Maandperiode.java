package nl.werkplein.platform.managementinformatie;

import nl.werkplein.platform.api.QueryParams;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The months a management-information question covers: {@code van} and {@code tot} as {@code JJJJ-MM}
 * (both inclusive), by default the twelve months up to and including this month, at most
 * {@link #MAX_MAANDEN}. Bad values are reported on the caller's {@link QueryParams}, naming the
 * parameter (400, e.g. {@code van=2026-13}).
 */
public record Maandperiode(YearMonth van, YearMonth tot) {

    public static final int STANDAARD_MAANDEN = 12;
    public static final int MAX_MAANDEN = 60;

    /** Parses and checks; returns null when a problem was added to {@code params}. */
    public static Maandperiode van(QueryParams params, String vanParam, String totParam, YearMonth deze) {
        YearMonth van = maand(params, "van", vanParam);
        YearMonth tot = maand(params, "tot", totParam);
        boolean fout = (vanParam != null && !vanParam.isBlank() && van == null) || (totParam != null && !totParam.isBlank() && tot == null);
        if (fout) {
            return null;
        }
        tot = tot == null ? (van == null ? deze : max(van, deze)) : tot;
        van = van == null ? tot.minusMonths(STANDAARD_MAANDEN - 1L) : van;
        if (tot.isBefore(van)) {
            params.invalid("tot", "ligt voor van");
            return null;
        }
        if (ChronoUnit.MONTHS.between(van, tot) >= MAX_MAANDEN) {
            params.invalid("van", "hoogstens " + MAX_MAANDEN + " maanden voor tot");
            return null;
        }
        return new Maandperiode(van, tot);
    }

    /** The period of the query parameters {@code van} and {@code tot}, this month by {@code clock}; 400 naming the bad parameters. */
    public static Maandperiode uit(String vanParam, String totParam, java.time.Clock clock) {
        QueryParams params = new QueryParams();
        Maandperiode periode = van(params, vanParam, totParam, YearMonth.now(clock));
        params.check();
        return periode;
    }

    /** Part of a file name: {@code JJJJ-MM-JJJJ-MM}. */
    public String bestandsdeel() {
        return van + "-" + tot;
    }

    /** A month {@code JJJJ-MM}, or null (absent, or reported on params). */
    public static YearMonth maand(QueryParams params, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{4}-\\d{2}")) {
            params.invalid(name, "moet een maand zijn (JJJJ-MM)");
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            params.invalid(name, "moet een maand zijn (JJJJ-MM)");
            return null;
        }
    }

    /** Every month from van to tot, in order. */
    public java.util.List<YearMonth> maanden() {
        java.util.List<YearMonth> maanden = new java.util.ArrayList<>();
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            maanden.add(m);
        }
        return maanden;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
