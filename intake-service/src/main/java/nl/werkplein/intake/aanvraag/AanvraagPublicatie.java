package nl.werkplein.intake.aanvraag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;

/** Every transition of an aanvraag publishes its event through the outbox, keyed by klantId. */
@ApplicationScoped
public class AanvraagPublicatie {

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;

    public void publiceer(String type, Aanvraag aanvraag) {
        outbox.append(AanvraagEvents.TOPIC, aanvraag.klantId.toString(),
                events.create(type, aanvraag.id, AanvraagEvents.Aanvraag.van(aanvraag)));
    }

    public void voorschotVastgelegd(Aanvraag aanvraag, AanvraagEvents.VoorschotData voorschot) {
        outbox.append(AanvraagEvents.TOPIC, aanvraag.klantId.toString(),
                events.create(AanvraagEvents.VOORSCHOT_VASTGELEGD, aanvraag.id, AanvraagEvents.Aanvraag.van(aanvraag, voorschot)));
    }
}
