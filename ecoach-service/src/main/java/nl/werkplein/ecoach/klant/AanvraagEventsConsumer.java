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
 * Intake's events say whether the client is on a benefit (the 3-month evaluation needs it) and when
 * they left: a client who left or was refused after the routing has the trajectory closed
 * (UITGESTROOMD); a benefit that ended (uitkering-beeindigd) closes it with UITKERING_BEEINDIGD. This
 * topic and screening's arrive in any order, so the event times decide.
 */
@ApplicationScoped
public class AanvraagEventsConsumer {

    private static final Logger LOG = Logger.getLogger(AanvraagEventsConsumer.class);
    static final String PREFIX = "nl.werkplein.intake.";
    static final String UITKERING_BEEINDIGD = PREFIX + "uitkering-beeindigd";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Aanvraag(UUID klantId, UUID aanvraagId) {
    }

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    TrajectService trajecten;
    @Inject
    Clock clock;

    @Incoming("aanvragen")
    @Blocking
    public void on(String record) {
        consumer.handle("ecoach.uitkering", record, this::apply);
    }

    void apply(CloudEvent event) {
        Boolean opUitkering = switch (event.type()) {
            case PREFIX + "aanvraag-toegekend", PREFIX + "bestandsklant-geregistreerd" -> true;
            case PREFIX + "klant-uitgestroomd", PREFIX + "aanvraag-afgewezen", UITKERING_BEEINDIGD -> false;
            default -> null;
        };
        if (opUitkering == null) {
            return; // other transitions say nothing about the benefit
        }
        Aanvraag data = events.data(event, Aanvraag.class);
        if (data.klantId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks klantId");
        }
        OffsetDateTime tijd = event.time() != null ? event.time() : OffsetDateTime.now(clock);
        Klant klant = Klant.van(data.klantId());
        Afsluitreden reden = UITKERING_BEEINDIGD.equals(event.type()) ? Afsluitreden.UITKERING_BEEINDIGD : Afsluitreden.UITGESTROOMD;
        if (!opUitkering && reden == Afsluitreden.UITGESTROOMD && data.aanvraagId() != null && klant.aanvraagId != null
                && !data.aanvraagId().equals(klant.aanvraagId)) {
            // leaving or refused on another aanvraag than the routed one: that aanvraag was never the benefit e-coached here
            LOG.debugf("%s of another aanvraag than the routed one: the benefit stays", event.type());
            return;
        }
        if (!klant.uitkering(opUitkering, tijd, reden) || opUitkering) {
            return;
        }
        // left after the routing that started the trajectory; an older departure belongs to an earlier aanvraag
        Traject.actiefVan(klant.klantId)
                .filter(t -> tijd.isAfter(t.doorgeleidOp))
                .ifPresent(t -> trajecten.sluit(t, reden));
    }
}
