package nl.werkplein.screening.klant;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Keeps a record of each client from intake's aanvraag events, once per event. */
@ApplicationScoped
public class AanvraagEventsConsumer {

    static final String AANVRAAG_INGEDIEND = "nl.werkplein.intake.aanvraag-ingediend";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    Clock clock;

    @Incoming("aanvragen")
    @Blocking
    public void on(String record) {
        consumer.handle("screening.klant", record, this::apply);
    }

    void apply(CloudEvent event) {
        if (!AANVRAAG_INGEDIEND.equals(event.type())) {
            return; // other aanvraag events do not concern this record (yet)
        }
        AanvraagIngediend data = events.data(event, AanvraagIngediend.class);
        if (data.klantId() == null || data.aanvraagId() == null) {
            throw new InvalidEventException("aanvraag-ingediend " + event.id() + " lacks klantId or aanvraagId");
        }
        Klant klant = Klant.findById(data.klantId());
        boolean nieuw = klant == null;
        if (nieuw) {
            klant = new Klant();
            klant.klantId = data.klantId();
            klant.aangemeldOp = event.time() != null ? event.time() : OffsetDateTime.now(clock);
        }
        klant.laatsteAanvraagId = data.aanvraagId();
        klant.leeftijd = data.leeftijd();
        klant.postcode4 = data.postcode4();
        klant.aantalAanvragen++;
        if (nieuw) {
            klant.persist();
        }
    }
}
