package nl.werkplein.intake.gesprek;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;

@ConfigMapping(prefix = "werkplein.intake.gesprek")
public interface GesprekConfig {

    /** The conversation is planned this many working days after the day it is planned. */
    @WithDefault("3")
    int naWerkdagen();

    /** At this time of day (Europe/Amsterdam). */
    @WithDefault("10:00")
    LocalTime tijd();
}
