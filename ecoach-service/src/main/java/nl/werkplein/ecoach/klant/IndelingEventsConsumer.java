package nl.werkplein.ecoach.klant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.ecoach.traject.Afsluitreden;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectService;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Screening's events: a routed ZELFDOENER starts a trajectory (docs/events.md, klant-doorgeleid); a
 * client who leaves the zelfdoener line has it closed (LIJN_GEWIJZIGD); one routed earlier who comes
 * back to the line starts a new one. Events of one client on this topic arrive in order (keyed by klantId).
 */
@ApplicationScoped
public class IndelingEventsConsumer {

    private static final Logger LOG = Logger.getLogger(IndelingEventsConsumer.class);
    static final String DOORGELEID = "nl.werkplein.screening.klant-doorgeleid";
    static final String LIJN_GEWIJZIGD = "nl.werkplein.screening.lijn-gewijzigd";
    static final String VASTGESTELD = "nl.werkplein.screening.indeling-vastgesteld";
    static final String ZELFDOENER = "ZELFDOENER";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indeling(UUID klantId, String lijn, Boolean bestandsklant) {
    }

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    TrajectService trajecten;
    @Inject
    Clock clock;

    @Incoming("indelingen")
    @Blocking
    public void on(String record) {
        consumer.handle("ecoach.indeling", record, this::apply);
    }

    void apply(CloudEvent event) {
        if (!DOORGELEID.equals(event.type()) && !LIJN_GEWIJZIGD.equals(event.type()) && !VASTGESTELD.equals(event.type())) {
            return;
        }
        Indeling data = events.data(event, Indeling.class);
        if (data.klantId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks klantId");
        }
        OffsetDateTime tijd = event.time() != null ? event.time() : OffsetDateTime.now(clock);
        if (DOORGELEID.equals(event.type())) {
            doorgeleid(data, tijd);
        } else {
            lijnGewijzigd(data, tijd);
        }
    }

    private void doorgeleid(Indeling data, OffsetDateTime tijd) {
        if (data.lijn() == null) {
            throw new InvalidEventException("klant-doorgeleid without lijn");
        }
        Klant klant = Klant.van(data.klantId());
        if (klant.doorgeleidOp != null && !tijd.isAfter(klant.doorgeleidOp)) {
            LOG.debugf("doorgeleiding of %s already handled", data.klantId());
            return; // the same routing again, under another event id
        }
        klant.doorgeleidOp = tijd;
        klant.lijn = data.lijn();
        klant.bestandsklant = Boolean.TRUE.equals(data.bestandsklant());
        // screening routes only a client with a granted benefit or from the existing caseload
        klant.uitkering(true, tijd);
        if (ZELFDOENER.equals(data.lijn()) && Traject.actiefVan(klant.klantId).isEmpty()) {
            Traject traject = trajecten.start(klant, tijd);
            // intake's topic may have told us already that the client left after this routing
            if (klant.vertrokkenNa(tijd)) {
                trajecten.sluit(traject, Afsluitreden.UITGESTROOMD);
            }
        }
    }

    private void lijnGewijzigd(Indeling data, OffsetDateTime tijd) {
        Klant klant = Klant.van(data.klantId());
        klant.lijn = data.lijn();
        var actief = Traject.actiefVan(klant.klantId);
        if (!ZELFDOENER.equals(data.lijn())) {
            actief.ifPresent(t -> trajecten.sluit(t, Afsluitreden.LIJN_GEWIJZIGD));
        } else if (actief.isEmpty() && klant.doorgeleidOp != null && !Boolean.FALSE.equals(klant.opUitkering)) {
            // routed before and back in the zelfdoener line (e.g. after an escalation): e-coaching again
            trajecten.start(klant, tijd);
        }
    }
}
