package nl.werkplein.screening.indeling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.screening.klant.Klant;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An e-coach escalates a zelfdoener who needs more support (domain.md 2.5): by default the client
 * needs a new face-to-face decision (lijn null); by policy they may go straight to Klantondersteuning.
 * Either way every service hears it (lijn-gewijzigd, door ESCALATIE), and the line is a person's
 * again only once a consulent decides it.
 */
@ApplicationScoped
public class EscalatieConsumer {

    static final String GEESCALEERD = "nl.werkplein.ecoach.klant-geescaleerd";

    @ConfigMapping(prefix = "werkplein.screening.escalatie")
    public interface EscalatieConfig {
        enum Naar { GESPREK, KLANTONDERSTEUNING }

        @WithDefault("GESPREK")
        Naar naar();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Escalatie(UUID klantId, String reden) {
    }

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    Outbox outbox;
    @Inject
    EscalatieConfig config;
    @Inject
    Clock clock;
    @Inject
    nl.werkplein.screening.klantondersteuning.KlantondersteuningService klantondersteuning;

    @Incoming("trajecten")
    @Blocking
    public void on(String record) {
        consumer.handle("screening.escalatie", record, this::apply);
    }

    void apply(CloudEvent event) {
        if (!GEESCALEERD.equals(event.type())) {
            return;
        }
        Escalatie escalatie = events.data(event, Escalatie.class);
        if (escalatie.klantId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " has no klantId");
        }
        Klant klant = Klant.findById(escalatie.klantId());
        if (klant == null) {
            throw new InvalidEventException("escalation " + event.id() + " for a client screening does not know");
        }
        if (klant.cyclusEinde != null) {
            return; // the cycle ended (benefit ended, left): nothing runs any more to escalate from
        }
        Indeling indeling = Indeling.van(escalatie.klantId());
        Lijn vorige = indeling.lijn;
        Lijn nieuw = config.naar() == EscalatieConfig.Naar.KLANTONDERSTEUNING ? Lijn.KLANTONDERSTEUNING : null;
        indeling.lijn = nieuw;
        // a person decides the line next; until then no questionnaire sets it (LijnRegels)
        indeling.vastgesteldDoor = VastgesteldDoor.ESCALATIE;
        String reden = "escalatie door de e-coach" + (escalatie.reden() == null ? "" : ": " + escalatie.reden());
        IndelingHistorie.leg(escalatie.klantId(), nieuw, null, event.time() != null ? event.time() : OffsetDateTime.now(clock),
                event.source(), reden, null);
        if (LijnRegels.sluitKlantondersteuning(nieuw)) {
            klantondersteuning.beeindigVoor(escalatie.klantId(), LijnRegels.sluitreden(nieuw, reden));
        }
        // always lijn-gewijzigd: every service hears of the escalation (lijn absent = a face-to-face decision follows)
        outbox.append(IndelingEvents.TOPIC, escalatie.klantId().toString(), events.create(IndelingEvents.LIJN_GEWIJZIGD,
                escalatie.klantId(), new IndelingEvents.LijnGewijzigd(escalatie.klantId(), nieuw, vorige, VastgesteldDoor.ESCALATIE, reden)));
    }
}
