package nl.werkplein.intake.gesprek;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The first conversation (domain.md 1.7): when, by which team, in how many slots a day. */
@ConfigMapping(prefix = "werkplein.intake.gesprek")
public interface GesprekConfig {

    /** The first free slot on or after this many working days after the day it is planned (time for the invitation to arrive). */
    @WithDefault("3")
    int naWerkdagen();

    /** The team for every postcode no other team lists, and for a briefadres. */
    @WithDefault("werkplein")
    String standaardTeam();

    /** The teams by name ({@code werkplein.intake.gesprek.teams.<naam>.*}); the default team must be one. */
    Map<String, Team> teams();

    /** Whether 5 May is a day off: ELK_JAAR, LUSTRUM (years divisible by 5), NOOIT. */
    @WithDefault("ELK_JAAR")
    Feestdagen.Bevrijdingsdag bevrijdingsdag();

    /** The versioned holiday list on the classpath. */
    @WithDefault("feestdagen/feestdagen-nl.csv")
    String feestdagenBestand();

    /** Days the municipality closes besides the public holidays (e.g. the Friday after Ascension). */
    Optional<List<LocalDate>> extraVrijeDagen();

    /** How many working days ahead a slot is looked for before planning gives up. */
    @WithDefault("260")
    int horizonWerkdagen();

    interface Team {
        @WithDefault("8")
        int capaciteitPerDag();

        @WithDefault("09:00")
        LocalTime begin();

        @WithDefault("PT45M")
        Duration duur();

        /** Conversations at the same time (consulents on duty). */
        @WithDefault("1")
        int gelijktijdig();

        /** Postcode-4 ranges this team serves, e.g. {@code 9731-9736,9741}; none for the default team. */
        Optional<List<String>> postcodes();

        @WithDefault("Werkplein, Harm Buiterplein, Groningen")
        String locatie();
    }
}
