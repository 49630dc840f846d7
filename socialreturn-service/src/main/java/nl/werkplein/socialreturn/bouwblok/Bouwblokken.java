package nl.werkplein.socialreturn.bouwblok;

import nl.werkplein.socialreturn.vacature.Soort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The bouwblokken method (domain.md 7.4): what a realised placement is worth toward a Social Return
 * obligation, in cents. Pure arithmetic on one version of the tariff table.
 *
 * <ul>
 *   <li>A flat tariff (WERKLEERPLEK by default) counts its value per placement: no pro rata, no supplement.</li>
 *   <li>Otherwise: (tariff + the 50-plus supplement when the candidate is 50 or older at the start)
 *       × min(hours, norm)/norm × min(months, norm)/norm.</li>
 *   <li>Exact arithmetic throughout; rounded half-up to the cent once, at the end.</li>
 * </ul>
 */
public final class Bouwblokken {

    /** One row of the table; {@code doelgroep} null means any target group. */
    public record Tarief(Soort soort, Doelgroep doelgroep, long waarde, boolean forfaitair) {
    }

    /** One version of the tariff table, valid from {@code ingangsdatum}. */
    public record Tabel(int versie, LocalDate ingangsdatum, long vijftigPlusToeslag, int urenNorm, int maandenNorm,
                        List<Tarief> tarieven) {

        /** The row for this kind and target group: an exact match first, then a row for any group. */
        public Optional<Tarief> tarief(Soort soort, Doelgroep doelgroep) {
            Optional<Tarief> exact = tarieven.stream()
                    .filter(t -> t.soort() == soort && t.doelgroep() != null && t.doelgroep() == doelgroep).findFirst();
            return exact.isPresent() ? exact
                    : tarieven.stream().filter(t -> t.soort() == soort && t.doelgroep() == null).findFirst();
        }
    }

    /** The value and how it was reached, in words a person can check. */
    public record Waardering(long waarde, int tabelVersie, String berekening) {
    }

    private Bouwblokken() {
    }

    public static Waardering waardeer(Tabel tabel, Soort soort, Doelgroep doelgroep, boolean vijftigPlus,
                                      int urenPerWeek, int duurMaanden) {
        Optional<Tarief> gevonden = tabel.tarief(soort, doelgroep);
        if (gevonden.isEmpty()) {
            return new Waardering(0, tabel.versie(), "geen tarief voor " + soort + (doelgroep == null ? "" : " / " + doelgroep)
                    + " in tarieftabel " + tabel.versie());
        }
        Tarief tarief = gevonden.get();
        if (tarief.forfaitair()) {
            return new Waardering(tarief.waarde(), tabel.versie(), soort + " forfaitair " + euro(tarief.waarde())
                    + " (tarieftabel " + tabel.versie() + ")");
        }
        long basis = tarief.waarde() + (vijftigPlus ? tabel.vijftigPlusToeslag() : 0);
        int uren = Math.max(0, Math.min(urenPerWeek, tabel.urenNorm()));
        int maanden = Math.max(0, Math.min(duurMaanden, tabel.maandenNorm()));
        // one division, one rounding: value x hours x months / (hour norm x month norm)
        BigDecimal waarde = BigDecimal.valueOf(basis)
                .multiply(BigDecimal.valueOf(uren))
                .multiply(BigDecimal.valueOf(maanden))
                .divide(BigDecimal.valueOf((long) tabel.urenNorm() * tabel.maandenNorm()), 0, RoundingMode.HALF_UP);
        String berekening = euro(tarief.waarde()) + (vijftigPlus ? " + " + euro(tabel.vijftigPlusToeslag()) + " (50-plus)" : "")
                + " × " + uren + "/" + tabel.urenNorm() + " × " + maanden + "/" + tabel.maandenNorm()
                + " = " + euro(waarde.longValueExact()) + " (tarieftabel " + tabel.versie() + ", " + soort
                + (doelgroep == null ? "" : " / " + doelgroep) + ", afgerond op de cent)";
        return new Waardering(waarde.longValueExact(), tabel.versie(), berekening);
    }

    static String euro(long centen) {
        return "€" + BigDecimal.valueOf(centen, 2).toPlainString();
    }
}
