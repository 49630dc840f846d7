package nl.werkplein.intake.zoekperiode;

import java.time.LocalDate;

/**
 * The search period and what follows from it. {@code einddatum} is the first day on which the
 * period is over (api.md).
 */
public record Zoekperiode(LocalDate begindatum, LocalDate einddatum, LocalDate ingangsdatumUitkering,
                          int leeftijd, boolean jongere, Inspanning inspanning, boolean adviesTerugNaarSchool) {

    /** What the client must show effort in. */
    public enum Inspanning {
        WERK, WERK_EN_OPLEIDING
    }
}
