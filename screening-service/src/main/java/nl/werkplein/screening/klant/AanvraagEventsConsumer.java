package nl.werkplein.screening.klant;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import nl.werkplein.screening.doorgeleiding.Doorgeleiding;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Keeps each client's record from intake's events, once per event: who they are (aanvraag or
 * existing caseload), whether the benefit was granted, whether they left. Then tries the doorgeleiding.
 */
@ApplicationScoped
public class AanvraagEventsConsumer {

    static final String PREFIX = "nl.werkplein.intake.";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    Doorgeleiding doorgeleiding;
    @Inject
    Clock clock;
    @Inject
    nl.werkplein.screening.klantondersteuning.KlantondersteuningService klantondersteuning;

    @Incoming("aanvragen")
    @Blocking
    public void on(String record) {
        consumer.handle("screening.klant", record, this::apply);
    }

    void apply(CloudEvent event) {
        if (!event.type().startsWith(PREFIX)) {
            return;
        }
        String soort = event.type().substring(PREFIX.length());
        if (!soort.equals("aanvraag-ingediend") && !soort.equals("bestandsklant-geregistreerd")
                && !soort.equals("aanvraag-toegekend") && !soort.equals("klant-uitgestroomd")) {
            return; // other transitions do not concern screening
        }
        AanvraagIngediend data = events.data(event, AanvraagIngediend.class);
        if (data.klantId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks klantId");
        }
        Klant klant = Klant.findById(data.klantId());
        boolean nieuw = klant == null;
        if (nieuw) {
            klant = new Klant();
            klant.klantId = data.klantId();
            klant.aangemeldOp = event.time() != null ? event.time() : OffsetDateTime.now(clock);
        }
        if (data.leeftijd() != null) {
            klant.leeftijd = data.leeftijd();
        }
        if (data.postcode4() != null) {
            klant.postcode4 = data.postcode4();
        }
        switch (soort) {
            case "aanvraag-ingediend" -> {
                if (data.aanvraagId() == null) {
                    throw new InvalidEventException("aanvraag-ingediend " + event.id() + " lacks aanvraagId");
                }
                klant.laatsteAanvraagId = data.aanvraagId();
                if (data.regeling() != null) {
                    klant.regeling = data.regeling();
                }
                klant.aantalAanvragen++;
                // a new application: its benefit is still to be granted
                klant.uitkeringToegekend = false;
                klant.uitgestroomd = false;
            }
            case "bestandsklant-geregistreerd" -> {
                klant.bestandsklant = true;
                klant.regeling = data.regeling();
                klant.lopendTrajectTot = data.lopendTrajectTot();
                klant.importId = data.importId();
            }
            case "aanvraag-toegekend" -> klant.uitkeringToegekend = true;
            case "klant-uitgestroomd" -> {
                klant.uitgestroomd = true;
                if (!nieuw) {
                    klantondersteuning.beeindigVoor(klant.klantId, "uitgestroomd");
                }
            }
            default -> throw new IllegalStateException(soort);
        }
        if (nieuw) {
            klant.persist();
        }
        doorgeleiding.probeer(klant);
    }
}
