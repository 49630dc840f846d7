package nl.werkplein.intake.brief;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** What every letter says about its sender. */
@ConfigMapping(prefix = "werkplein.intake.brief")
public interface BriefConfig {

    /** The sender block, top right, one entry per line. */
    @WithDefault("Gemeente Groningen,Werk en Participatie,Postbus 30026,9700 RM  GRONINGEN")
    List<String> afzender();

    /** The place before the date ("Groningen, 1 december 2026"). */
    @WithDefault("Groningen")
    String plaats();
}
