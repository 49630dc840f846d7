package nl.werkplein.ecoach.klant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.ecoach.traject.Afsluitreden;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectService;
import nl.werkplein.platform.inbox.TypedConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Screening's events: a routed ZELFDOENER starts a trajectory (docs/events.md, klant-doorgeleid); a
 * client who leaves the zelfdoener line after the routing has it closed (lijn-gewijzigd: LIJN_GEWIJZIGD);
 * one routed earlier who comes back to the line while on a benefit starts a new one; a new cycle (a
 * routing of a later aanvraag) starts a new one too. indeling-vastgesteld is provisional until the
 * routing (domain.md 2.7) and changes nothing here. Events of one client on this topic arrive in order
 * (keyed by klantId).
 */
@ApplicationScoped
public class IndelingEventsConsumer extends TypedConsumer<IndelingEventsConsumer.Indeling> {

    private static final Logger LOG = Logger.getLogger(IndelingEventsConsumer.class);
    static final String DOORGELEID = "nl.werkplein.screening.klant-doorgeleid";
    static final String LIJN_GEWIJZIGD = "nl.werkplein.screening.lijn-gewijzigd";
    static final String ZELFDOENER = "ZELFDOENER";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indeling(UUID klantId, String lijn, Boolean bestandsklant, UUID aanvraagId) {
    }

    @Inject
    TrajectService trajecten;

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
        if (g.is(DOORGELEID)) {
            doorgeleid(g.data(), g.tijd());
        } else {
            lijnGewijzigd(g.data(), g.tijd());
        }
    }

    private void doorgeleid(Indeling data, OffsetDateTime tijd) {
        Klant klant = Klant.van(data.klantId());
        boolean eerderDoorgeleid = klant.doorgeleidOp != null;
        if (!klant.doorgeleid(data.aanvraagId(), data.lijn(), Boolean.TRUE.equals(data.bestandsklant()), tijd)) {
            // the same aanvraag again, the same routing under another event id, or an older one arriving late
            LOG.debugf("doorgeleiding of %s already handled", data.klantId());
            return;
        }
        var actief = Traject.actiefVan(klant.klantId);
        if (eerderDoorgeleid && actief.isPresent() && !Objects.equals(actief.get().aanvraagId, data.aanvraagId())) {
            // a new cycle is routed only after the earlier benefit ended; intake's end has not reached us yet
            trajecten.sluit(actief.get(), Afsluitreden.UITKERING_BEEINDIGD);
            actief = java.util.Optional.empty();
        }
        if (ZELFDOENER.equals(data.lijn()) && actief.isEmpty()) {
            Traject traject = trajecten.start(klant, tijd);
            // intake's topic may have told us already that the client left after this routing
            if (klant.vertrokkenNa(tijd)) {
                trajecten.sluit(traject, klant.vertrekReden != null ? klant.vertrekReden : Afsluitreden.UITGESTROOMD);
            }
        }
    }

    private void lijnGewijzigd(Indeling data, OffsetDateTime tijd) {
        Klant klant = Klant.van(data.klantId());
        klant.lijnGewijzigd(data.lijn());
        var actief = Traject.actiefVan(klant.klantId);
        if (!ZELFDOENER.equals(data.lijn())) {
            // away from the zelfdoener line, or none until a person decides (after an escalation the
            // trajectory is already closed with ESCALATIE: nothing to close twice)
            actief.ifPresent(t -> trajecten.sluit(t, Afsluitreden.LIJN_GEWIJZIGD));
        } else if (actief.isEmpty() && klant.doorgeleidOp != null && !Boolean.FALSE.equals(klant.opUitkering)) {
            // routed before and back in the zelfdoener line while on a benefit (e.g. after an escalation): e-coaching again
            trajecten.start(klant, tijd);
        }
    }
}
