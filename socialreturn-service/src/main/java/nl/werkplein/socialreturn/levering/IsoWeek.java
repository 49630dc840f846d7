package nl.werkplein.socialreturn.levering;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2026-W09}: weeks start on Monday, week 1 holds the year's first Thursday. */
public record IsoWeek(int jaar, int week) implements Comparable<IsoWeek> {

    private static final Pattern VORM = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    public IsoWeek {
        if (week < 1 || week > wekenIn(jaar)) {
            throw new IllegalArgumentException(jaar + " has no ISO week " + week);
        }
    }

    /** Empty when the text is not a week that exists (2026-W54, 2025-W53, 2026-W00, 2026-9). */
    public static Optional<IsoWeek> parse(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        Matcher m = VORM.matcher(tekst);
        if (!m.matches()) {
            return Optional.empty();
        }
        int jaar = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (jaar < 1900 || week < 1 || week > wekenIn(jaar)) {
            return Optional.empty();
        }
        return Optional.of(new IsoWeek(jaar, week));
    }

    /** 52 or 53: 28 December always lies in the year's last ISO week. */
    public static int wekenIn(int jaar) {
        return LocalDate.of(jaar, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public static IsoWeek van(LocalDate datum) {
        return new IsoWeek(datum.get(IsoFields.WEEK_BASED_YEAR), datum.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate maandag() {
        return LocalDate.of(jaar, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public IsoWeek volgende() {
        return van(maandag().plusWeeks(1));
    }

    public IsoWeek vorige() {
        return van(maandag().minusWeeks(1));
    }

    public boolean isVoor(IsoWeek andere) {
        return compareTo(andere) < 0;
    }

    @Override
    public int compareTo(IsoWeek o) {
        return jaar != o.jaar ? Integer.compare(jaar, o.jaar) : Integer.compare(week, o.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", jaar, week);
    }
}
