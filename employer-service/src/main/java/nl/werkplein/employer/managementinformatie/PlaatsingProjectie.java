package nl.werkplein.employer.managementinformatie;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.werkplein.employer.plaatsing.PlaatsingEvents;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.managementinformatie.ManagementinformatieProjectie;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Outflow by kind of placement per month, from employer's own placement events
 * (werkplein.employer.plaatsingen.v1, consumer group employer-service-managementinformatie):
 * {@code plaatsing-gerealiseerd} per {@code soort} and {@code uitstroom} in the month of its
 * startdatum, {@code plaatsing-beeindigd} per soort and reden in the month of its einddatum.
 */
@ApplicationScoped
public class PlaatsingProjectie extends ManagementinformatieProjectie {

    static final String CONSUMER = "employer.managementinformatie";
    static final String GEREALISEERD = "plaatsing-gerealiseerd";
    static final String BEEINDIGD = "plaatsing-beeindigd";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Plaatsing(String soort, LocalDate startdatum, String uitstroom, LocalDate einddatum, String reden) {
    }

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected List<String> topics() {
        return List.of(PlaatsingEvents.TOPIC);
    }

    @Override
    protected Set<String> types() {
        return Set.of(PlaatsingEvents.GEREALISEERD, PlaatsingEvents.BEEINDIGD);
    }

    @Incoming("managementinformatie")
    @Blocking
    public void on(String record) {
        verwerk(record);
    }

    @Override
    protected void pasToe(CloudEvent event) {
        Plaatsing p = events.data(event, Plaatsing.class);
        if (PlaatsingEvents.GEREALISEERD.equals(event.type())) {
            kengetallen.tel(GEREALISEERD, YearMonth.from(nodig(event, p.startdatum(), "startdatum")),
                    nodig(event, p.soort(), "soort") + "|" + nodig(event, p.uitstroom(), "uitstroom"), 1);
        } else {
            kengetallen.tel(BEEINDIGD, YearMonth.from(nodig(event, p.einddatum(), "einddatum")),
                    nodig(event, p.soort(), "soort") + "|" + nodig(event, p.reden(), "reden"), 1);
        }
    }

    private static <T> T nodig(CloudEvent event, T waarde, String veld) {
        if (waarde == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks " + veld);
        }
        return waarde;
    }
}
