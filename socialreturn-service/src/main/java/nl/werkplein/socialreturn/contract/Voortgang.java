package nl.werkplein.socialreturn.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far a contract is with its obligation, against its schedule. The schedule is linear: after a
 * share of the period has elapsed, the same share of the obligation should be realised. A contract is
 * behind schedule ({@code achterOpSchema}) when what it realised is below that expected amount. The
 * period is begindatum..einddatum, or begindatum plus the standard term when there is no einddatum.
 */
public record Voortgang(LocalDate periodeEinddatum, BigDecimal verstrekenPercentage, long verwachtGerealiseerd,
                        long achterstand, boolean achterOpSchema, BigDecimal realisatiePercentage) {

    public static Voortgang bereken(long verplichting, long gerealiseerd, LocalDate begindatum, LocalDate einddatum,
                                    int standaardLooptijdMaanden, LocalDate vandaag) {
        LocalDate eind = einddatum != null ? einddatum : begindatum.plusMonths(standaardLooptijdMaanden);
        long totaal = ChronoUnit.DAYS.between(begindatum, eind);
        long verstreken = Math.max(0, Math.min(totaal, ChronoUnit.DAYS.between(begindatum, vandaag)));
        BigDecimal aandeel;
        if (vandaag.isBefore(begindatum)) {
            aandeel = BigDecimal.ZERO;
        } else if (totaal <= 0) {
            aandeel = BigDecimal.ONE;
        } else {
            aandeel = BigDecimal.valueOf(verstreken).divide(BigDecimal.valueOf(totaal), 10, RoundingMode.HALF_UP);
        }
        long verwacht = BigDecimal.valueOf(verplichting).multiply(aandeel).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long achterstand = Math.max(0, verwacht - gerealiseerd);
        return new Voortgang(eind, aandeel.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP), verwacht,
                achterstand, gerealiseerd < verwacht, realisatiePercentage(verplichting, gerealiseerd));
    }

    /** gerealiseerd / verplichting as a percentage with one decimal, half-up; nothing owed counts as 100.0. */
    public static BigDecimal realisatiePercentage(long verplichting, long gerealiseerd) {
        if (verplichting <= 0) {
            return BigDecimal.valueOf(1000, 1);
        }
        return BigDecimal.valueOf(gerealiseerd).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(verplichting), 1, RoundingMode.HALF_UP);
    }

    /** opdrachtwaarde × percentage / 100, exact, rounded half-up to the cent. */
    public static long verplichting(long opdrachtwaarde, BigDecimal percentage) {
        return BigDecimal.valueOf(opdrachtwaarde).multiply(percentage)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
