package nl.werkplein.intake.gesprek;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The configured teams and the working-day calendar, checked at start-up (a bad team or list stops the service). */
@Startup
@ApplicationScoped
public class GesprekRooster {

    @Inject
    GesprekConfig config;

    private List<GesprekTeam> teams;
    private Werkdagen werkdagen;
    private Feestdagen feestdagen;

    @PostConstruct
    void init() {
        List<GesprekTeam> gelezen = new ArrayList<>();
        config.teams().forEach((naam, t) -> gelezen.add(new GesprekTeam(naam, t.capaciteitPerDag(), t.begin(), t.duur(), t.gelijktijdig(),
                GesprekTeam.bereiken(t.postcodes().orElse(List.of())), t.locatie())));
        gelezen.sort(java.util.Comparator.comparing(GesprekTeam::naam));
        if (gelezen.stream().noneMatch(t -> t.naam().equals(config.standaardTeam()))) {
            throw new IllegalStateException("werkplein.intake.gesprek.standaard-team=" + config.standaardTeam()
                    + " is not one of werkplein.intake.gesprek.teams " + gelezen.stream().map(GesprekTeam::naam).toList());
        }
        teams = List.copyOf(gelezen);
        feestdagen = Feestdagen.uitBestand(config.feestdagenBestand(), config.bevrijdingsdag(), config.extraVrijeDagen().orElse(List.of()));
        werkdagen = new Werkdagen(feestdagen);
    }

    public List<GesprekTeam> teams() {
        return teams;
    }

    public Werkdagen werkdagen() {
        return werkdagen;
    }

    public Feestdagen feestdagen() {
        return feestdagen;
    }

    public GesprekTeam voorPostcode(String postcode) {
        return GesprekTeam.voor(postcode, teams, config.standaardTeam());
    }

    public Optional<GesprekTeam> team(String naam) {
        return teams.stream().filter(t -> t.naam().equals(naam)).findFirst();
    }
}
