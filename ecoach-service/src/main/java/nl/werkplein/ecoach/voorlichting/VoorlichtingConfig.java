package nl.werkplein.ecoach.voorlichting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The weekly sessions the due work keeps planned, so a fresh suite has room for new zelfdoeners. */
@ConfigMapping(prefix = "werkplein.ecoach.voorlichting")
public interface VoorlichtingConfig {

    /** Plan weekly sessions automatically (e-coaches may plan more themselves). */
    @WithDefault("true")
    boolean automatisch();

    /** Keep sessions planned this many weeks ahead. */
    @WithDefault("4")
    int vooruitWeken();

    @WithDefault("TUESDAY")
    DayOfWeek dag();

    @WithDefault("10:00")
    LocalTime begintijd();

    @WithDefault("12:00")
    LocalTime eindtijd();

    /** Where the weekly sessions are: the Werkplein at the Harm Buiterplein (domain.md 1.4). */
    @WithDefault("Werkplein, Harm Buiterplein, Groningen")
    String locatie();

    Optional<String> onlineLink();

    @WithDefault("25")
    int capaciteit();

    @WithDefault("Randstad,Tempo-Team,Start People")
    List<String> uitzendbureaus();
}
