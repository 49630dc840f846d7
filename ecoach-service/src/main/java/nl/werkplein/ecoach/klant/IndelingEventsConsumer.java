package nl.werkplein.ecoach.klant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.inbox.TypedConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Screening's events: a routed ZELFDOENER starts a trajectory (docs/events.md, klant-doorgeleid); a
 * client who leaves the zelfdoener line after the routing has it closed (lijn-gewijzigd: LIJN_GEWIJZIGD);
 * one routed earlier who comes back to the line while on a benefit starts a new one; a new cycle (a
 * routing of a later aanvraag) starts a new one too. indeling-vastgesteld is provisional until the
 * routing (domain.md 2.7) and changes nothing here. Events of one client on this topic arrive in order
 * (keyed by klantId). The flow is {@link KlantService}'s; this class reads the event.
 */
@ApplicationScoped
public class IndelingEventsConsumer extends TypedConsumer<IndelingEventsConsumer.Indeling> {

    static final String DOORGELEID = "nl.werkplein.screening.klant-doorgeleid";
    static final String LIJN_GEWIJZIGD = "nl.werkplein.screening.lijn-gewijzigd";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indeling(UUID klantId, String lijn, Boolean bestandsklant, UUID aanvraagId) {
    }

    @Inject
    KlantService klanten;

    @Incoming("indelingen")
    @Blocking
    public void on(String record) {
        ontvang(record);
    }

    IndelingEventsConsumer() {
        // the name is unchanged: handled_event rows of earlier deliveries still count
        // indeling-vastgesteld is not read: before klant-doorgeleid the line is provisional, and after the
        // routing screening announces a change as lijn-gewijzigd.
        super("ecoach.indeling", Set.of(DOORGELEID, LIJN_GEWIJZIGD), Indeling.class);
    }

    @Override
    protected List<String> ontbrekend(String type, Indeling data) {
        // a routing always names the line; lijn-gewijzigd without one means "none until a person decides"
        return DOORGELEID.equals(type) ? nulVelden("klantId", data.klantId(), "lijn", data.lijn()) : nulVelden("klantId", data.klantId());
    }

    @Override
    protected void verwerk(Gebeurtenis<Indeling> g) {
        Indeling data = g.data();
        if (g.is(DOORGELEID)) {
            klanten.doorgeleid(data.klantId(), data.aanvraagId(), data.lijn(), Boolean.TRUE.equals(data.bestandsklant()), g.tijd());
        } else {
            klanten.lijnGewijzigd(data.klantId(), data.lijn(), g.tijd());
        }
    }
}
