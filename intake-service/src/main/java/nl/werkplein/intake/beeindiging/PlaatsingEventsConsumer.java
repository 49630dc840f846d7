package nl.werkplein.intake.beeindiging;

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

import java.time.LocalDate;
import java.util.UUID;

/**
 * employer-service's placements (werkplein.employer.plaatsingen.v1): one with full outflow
 * ({@code uitstroom: VOLLEDIG}) ends the client's granted benefit on its startdatum (domain.md 1.11).
 * A client without a granted benefit: nothing changes (not a dead letter).
 */
@ApplicationScoped
public class PlaatsingEventsConsumer {

    static final String GEREALISEERD = "nl.werkplein.employer.plaatsing-gerealiseerd";
    static final String VOLLEDIG = "VOLLEDIG";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Plaatsing(UUID plaatsingId, UUID klantId, LocalDate startdatum, String uitstroom) {
    }

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    AanvraagService aanvragen;

    @Incoming("plaatsingen")
    @Blocking
    public void on(String record) {
        if (!relevant(record)) {
            return; // another type on the topic: no transaction, no inbox row
        }
        consumer.handle("intake.plaatsing", record, this::apply);
    }

    /** The type filter before any work; an unreadable record goes on to the consumer, which dead-letters it. */
    boolean relevant(String record) {
        String type;
        try {
            type = events.parse(record).type();
        } catch (InvalidEventException e) {
            return true;
        }
        return GEREALISEERD.equals(type);
    }

    void apply(CloudEvent event) {
        if (!GEREALISEERD.equals(event.type())) {
            return; // plaatsing-beeindigd and others: not intake's concern
        }
        Plaatsing plaatsing = events.data(event, Plaatsing.class);
        if (!VOLLEDIG.equals(plaatsing.uitstroom())) {
            return; // partial outflow: the benefit goes on
        }
        if (plaatsing.klantId() == null || plaatsing.plaatsingId() == null || plaatsing.startdatum() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks klantId, plaatsingId or startdatum");
        }
        aanvragen.beeindigenDoorPlaatsing(plaatsing.klantId(), plaatsing.plaatsingId(), plaatsing.startdatum());
    }
}
