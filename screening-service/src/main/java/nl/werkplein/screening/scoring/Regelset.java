package nl.werkplein.screening.scoring;

import java.util.Locale;

/** A named, versioned rule set with its thresholds: what a decision records so it can be reproduced. */
public record Regelset(String naam, String versie, RegelsetConfig.Modus modus, double zelfdoenerDrempel,
                       double participatieDrempel, double klantondersteuningWillenDrempel) {

    public static Regelset van(RegelsetConfig config) {
        return new Regelset("entreevragenlijst-" + config.modus().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                config.versie(), config.modus(), config.zelfdoenerDrempel(), config.participatieDrempel(),
                config.klantondersteuningWillenDrempel());
    }
}
