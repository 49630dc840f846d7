package nl.werkplein.socialreturn.plaatsing;

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

/** employer-service's realised and ended placements (werkplein.employer.plaatsingen.v1) count toward contracts. */
@ApplicationScoped
public class PlaatsingConsumer extends TypedConsumer<PlaatsingConsumer.Plaatsing> {

    static final String GEREALISEERD = "nl.werkplein.employer.plaatsing-gerealiseerd";
    static final String BEEINDIGD = "nl.werkplein.employer.plaatsing-beeindigd";

    /** The fields of both types this service reads (tolerant reader); which are required depends on the type. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Plaatsing(UUID plaatsingId, UUID vacatureId, UUID klantId, String soort, LocalDate startdatum, Integer urenPerWeek,
                     Integer duurMaanden, String doelgroep, Boolean vijftigPlus, LocalDate einddatum, String reden) {
    }

    @Inject
    PlaatsingService plaatsingen;

    @Incoming("plaatsingen")
    @Blocking
    public void on(String record) {
        ontvang(record);
    }

    PlaatsingConsumer() {
        super("socialreturn.plaatsing", Set.of(GEREALISEERD, BEEINDIGD), Plaatsing.class);
    }

    @Override
    protected List<String> ontbrekend(String type, Plaatsing p) {
        return GEREALISEERD.equals(type)
                ? nulVelden("plaatsingId", p.plaatsingId(), "vacatureId", p.vacatureId())
                : nulVelden("plaatsingId", p.plaatsingId(), "einddatum", p.einddatum());
    }

    @Override
    protected void verwerk(Gebeurtenis<Plaatsing> g) {
        Plaatsing p = g.data();
        if (g.is(GEREALISEERD)) {
            plaatsingen.gerealiseerd(new PlaatsingService.Gerealiseerd(p.plaatsingId(), p.vacatureId(), p.klantId(), p.soort(),
                    p.startdatum(), p.urenPerWeek(), p.duurMaanden(), p.doelgroep(), p.vijftigPlus()), g.type() + " " + g.id());
        } else {
            plaatsingen.beeindigd(new PlaatsingService.Beeindigd(p.plaatsingId(), p.vacatureId(), p.einddatum(), p.reden()));
        }
    }
}
