package nl.werkplein.employer.managementinformatie;

import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.time.ClockProducer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The days a weekly overview covers: {@code van} and {@code tot} (both inclusive), by default the
 * last 12 weeks up to and including today, at most {@link #MAX_DAGEN} days; bad values are a 400
 * naming the parameter.
 */
public record Datumperiode(LocalDate van, LocalDate tot) {

    static final int MAX_DAGEN = 731;

    public static Datumperiode uit(String vanParam, String totParam, Clock clock) {
        QueryParams params = new QueryParams();
        LocalDate tot = params.datum("tot", totParam);
        LocalDate van = params.datum("van", vanParam);
        params.check();
        tot = tot == null ? LocalDate.now(clock) : tot;
        van = van == null ? tot.minusWeeks(12).plusDays(1) : van;
        if (tot.isBefore(van)) {
            params.invalid("tot", "ligt voor van");
        } else if (ChronoUnit.DAYS.between(van, tot) > MAX_DAGEN) {
            params.invalid("van", "hoogstens twee jaar voor tot");
        }
        params.check();
        return new Datumperiode(van, tot);
    }

    /** The first moment of {@code van} in Amsterdam. */
    public OffsetDateTime begin() {
        return van.atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime();
    }

    /** The first moment after {@code tot} in Amsterdam (exclusive end). */
    public OffsetDateTime eind() {
        return tot.plusDays(1).atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime();
    }
}
