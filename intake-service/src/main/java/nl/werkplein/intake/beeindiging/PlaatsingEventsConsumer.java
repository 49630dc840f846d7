package nl.werkplein.intake.beeindiging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.inbox.TypedConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * employer-service's placements (werkplein.employer.plaatsingen.v1): one with full outflow
 * ({@code uitstroom: VOLLEDIG}) ends the client's granted benefit on its startdatum (domain.md 1.11).
 * A client without a granted benefit: nothing changes (not a dead letter).
 */
@ApplicationScoped
public class PlaatsingEventsConsumer extends TypedConsumer<PlaatsingEventsConsumer.Plaatsing> {

    static final String GEREALISEERD = "nl.werkplein.employer.plaatsing-gerealiseerd";
    static final String VOLLEDIG = "VOLLEDIG";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Plaatsing(UUID plaatsingId, UUID klantId, LocalDate startdatum, String uitstroom) {
    }

    @Inject
    BeeindigingService beeindigingen;

    @Incoming("plaatsingen")
    @Blocking
    public void on(String record) {
        ontvang(record);
    }

    PlaatsingEventsConsumer() {
        // plaatsing-beeindigd and the others are not intake's concern: skipped before any transaction.
        super("intake.plaatsing", Set.of(GEREALISEERD), Plaatsing.class);
    }

    /** Only a full outflow needs the fields; a partial one changes nothing, whatever it lacks. */
    @Override
    protected List<String> ontbrekend(String type, Plaatsing p) {
        if (!VOLLEDIG.equals(p.uitstroom())) {
            return List.of();
        }
        return nulVelden("klantId", p.klantId(), "plaatsingId", p.plaatsingId(), "startdatum", p.startdatum());
    }

    @Override
    protected void verwerk(Gebeurtenis<Plaatsing> g) {
        Plaatsing p = g.data();
        if (!VOLLEDIG.equals(p.uitstroom())) {
            return; // partial outflow: the benefit goes on
        }
        beeindigingen.beeindigenDoorPlaatsing(p.klantId(), p.plaatsingId(), p.startdatum());
    }
}
