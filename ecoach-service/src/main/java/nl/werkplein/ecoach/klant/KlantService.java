package nl.werkplein.ecoach.klant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.traject.Afsluitreden;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectService;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What screening's and intake's events about a client mean here: the facts on {@link Klant}, and the
 * trajectory started or closed through {@link TrajectService}. Each method is one event's use case and
 * runs in the consumer's transaction (the handled-event row commits with it).
 */
@ApplicationScoped
public class KlantService {

    private static final Logger LOG = Logger.getLogger(KlantService.class);
    static final String ZELFDOENER = "ZELFDOENER";

    @Inject
    TrajectService trajecten;

    /**
     * Screening routed the client (klant-doorgeleid): a ZELFDOENER starts a trajectory; a routing of a new
     * cycle closes the one of the earlier cycle first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void doorgeleid(UUID klantId, UUID aanvraagId, String lijn, boolean bestandsklant, OffsetDateTime tijd) {
        Klant klant = Klant.van(klantId);
        boolean eerderDoorgeleid = klant.doorgeleidOp != null;
        if (!klant.doorgeleid(aanvraagId, lijn, bestandsklant, tijd)) {
            // the same aanvraag again, the same routing under another event id, or an older one arriving late
            LOG.debugf("doorgeleiding of %s already handled", klantId);
            return;
        }
        Optional<Traject> actief = Traject.actiefVan(klant.klantId);
        if (eerderDoorgeleid && actief.isPresent() && !Objects.equals(actief.get().aanvraagId, aanvraagId)) {
            // a new cycle is routed only after the earlier benefit ended; intake's end has not reached us yet
            trajecten.sluit(actief.get(), Afsluitreden.UITKERING_BEEINDIGD);
            actief = Optional.empty();
        }
        if (ZELFDOENER.equals(lijn) && actief.isEmpty()) {
            Traject traject = trajecten.start(klant, tijd);
            // intake's topic may have told us already that the client left after this routing
            if (klant.vertrokkenNa(tijd)) {
                trajecten.sluit(traject, klant.vertrekReden != null ? klant.vertrekReden : Afsluitreden.UITGESTROOMD);
            }
        }
    }

    /**
     * Screening changed the line after the routing (lijn-gewijzigd; null: none until a person decides):
     * away from the zelfdoener line closes the trajectory, back in it while on a benefit starts a new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lijnGewijzigd(UUID klantId, String lijn, OffsetDateTime tijd) {
        Klant klant = Klant.van(klantId);
        klant.lijnGewijzigd(lijn);
        Optional<Traject> actief = Traject.actiefVan(klant.klantId);
        if (!ZELFDOENER.equals(lijn)) {
            // away from the zelfdoener line, or none until a person decides (after an escalation the
            // trajectory is already closed with ESCALATIE: nothing to close twice)
            actief.ifPresent(t -> trajecten.sluit(t, Afsluitreden.LIJN_GEWIJZIGD));
        } else if (actief.isEmpty() && klant.doorgeleidOp != null && !Boolean.FALSE.equals(klant.opUitkering)) {
            // routed before and back in the zelfdoener line while on a benefit (e.g. after an escalation): e-coaching again
            trajecten.start(klant, tijd);
        }
    }

    /**
     * Intake said whether the client is on a benefit: on it (toegekend, bestandsklant) is recorded; off it
     * ({@code vertrek} UITGESTROOMD or UITKERING_BEEINDIGD) closes a trajectory started before that event.
     * Leaving or a refusal on another aanvraag than the routed one changes nothing: that aanvraag was never
     * the benefit e-coached here. The event times decide, as this topic and screening's arrive in any order.
     *
     * @param aanvraagId the event's aanvraag, null when it names none
     * @param vertrek    null when the client is on the benefit
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void uitkering(UUID klantId, UUID aanvraagId, Afsluitreden vertrek, OffsetDateTime tijd) {
        boolean opUitkering = vertrek == null;
        Klant klant = Klant.van(klantId);
        if (vertrek == Afsluitreden.UITGESTROOMD && aanvraagId != null && klant.aanvraagId != null
                && !aanvraagId.equals(klant.aanvraagId)) {
            LOG.debugf("departure of %s on another aanvraag than the routed one: the benefit stays", klantId);
            return;
        }
        if (!klant.uitkering(opUitkering, tijd, vertrek) || opUitkering) {
            return;
        }
        // left after the routing that started the trajectory; an older departure belongs to an earlier aanvraag
        Traject.actiefVan(klant.klantId)
                .filter(t -> tijd.isAfter(t.doorgeleidOp))
                .ifPresent(t -> trajecten.sluit(t, vertrek));
    }
}
