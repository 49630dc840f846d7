package nl.werkplein.intake.verplichting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.intake.aanvraag.AanvraagService;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * A questionnaire submitted at screening-service meets the ENTREEVRAGENLIJST obligation of the
 * client's open aanvraag (obligation 4 of domain.md §1.6), also after its einddatum. Only
 * {@code entreevragenlijst-ingediend} does: {@code indeling-vastgesteld} is published for a
 * consulent's decision too, which never meets it (domain.md 1.10, docs/events.md).
 */
@ApplicationScoped
public class IndelingEventsConsumer {

    static final String INGEDIEND = "nl.werkplein.screening.entreevragenlijst-ingediend";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ingediend(UUID klantId, UUID beoordelingId) {
    }

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    AanvraagService aanvragen;

    @Incoming("indelingen")
    @Blocking
    public void on(String record) {
        if (!relevant(record)) {
            return; // another type on the topic: no transaction, no inbox row
        }
        consumer.handle("intake.entreevragenlijst", record, this::apply);
    }

    /** The type filter before any work; an unreadable record goes on to the consumer, which dead-letters it. */
    boolean relevant(String record) {
        String type;
        try {
            type = events.parse(record).type();
        } catch (InvalidEventException e) {
            return true;
        }
        return INGEDIEND.equals(type);
    }

    void apply(CloudEvent event) {
        if (!INGEDIEND.equals(event.type())) {
            return;
        }
        Ingediend ingediend = events.data(event, Ingediend.class);
        if (ingediend.klantId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " has no klantId");
        }
        aanvragen.entreevragenlijstIngediend(ingediend.klantId(), ingediend.beoordelingId());
    }
}
