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

import java.util.Set;
import java.util.UUID;

/**
 * A questionnaire submitted at screening-service meets the ENTREEVRAGENLIJST obligation of the
 * client's open aanvraag (obligation 4 of domain.md §1.6), also after its einddatum.
 */
@ApplicationScoped
public class IndelingEventsConsumer {

    /** screening-service's events that follow a submitted Entreevragenlijst. */
    static final Set<String> INGEVULD = Set.of(
            "nl.werkplein.screening.indeling-vastgesteld",
            "nl.werkplein.screening.entreevragenlijst-ingediend");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indeling(UUID klantId) {
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
        consumer.handle("intake.entreevragenlijst", record, this::apply);
    }

    void apply(CloudEvent event) {
        if (!INGEVULD.contains(event.type())) {
            return;
        }
        Indeling indeling = events.data(event, Indeling.class);
        if (indeling.klantId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " has no klantId");
        }
        aanvragen.entreevragenlijstIngevuld(indeling.klantId());
    }
}
