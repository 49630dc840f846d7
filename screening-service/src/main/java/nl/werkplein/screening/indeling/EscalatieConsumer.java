package nl.werkplein.screening.indeling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.TypedConsumer;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.screening.klant.Klant;
import nl.werkplein.screening.klantondersteuning.KlantondersteuningService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An e-coach escalates a zelfdoener who needs more support (domain.md 2.5): by default the client
 * needs a new face-to-face decision (lijn null); by policy they may go straight to Klantondersteuning.
 * Either way every service hears it (lijn-gewijzigd, door ESCALATIE), and the line is a person's
 * again only once a consulent decides it.
 */
@ApplicationScoped
public class EscalatieConsumer extends TypedConsumer<EscalatieConsumer.Escalatie> {

    /** ecoach-service's event (docs/events.md), the only type read from its topic. */
    static final String GEESCALEERD = "nl.werkplein.ecoach.klant-geescaleerd";
    /** Who changed the line in the history: the producing system (TypedConsumer's event carries no source). */
    static final String BRON = "ecoach-service";

    @ConfigMapping(prefix = "werkplein.screening.escalatie")
    public interface EscalatieConfig {
        enum Naar { GESPREK, KLANTONDERSTEUNING }

        @WithDefault("GESPREK")
        Naar naar();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Escalatie(UUID klantId, String reden) {
    }

    @Inject
    Outbox outbox;
    @Inject
    EscalatieConfig config;
    @Inject
    KlantondersteuningService klantondersteuning;

    @Incoming("trajecten")
    @Blocking
    public void on(String record) {
        ontvang(record);
    }

    EscalatieConsumer() {
        super("screening.escalatie", Set.of(GEESCALEERD), Escalatie.class);
    }

    @Override
    protected List<String> ontbrekend(String type, Escalatie data) {
        return nulVelden("klantId", data.klantId());
    }

    @Override
    protected void verwerk(Gebeurtenis<Escalatie> g) {
        Escalatie escalatie = g.data();
        Klant klant = Klant.findById(escalatie.klantId());
        if (klant == null) {
            throw new InvalidEventException("escalation " + g.id() + " for a client screening does not know");
        }
        if (klant.cyclusEinde != null) {
            return; // the cycle ended (benefit ended, left): nothing runs any more to escalate from
        }
        Indeling indeling = Indeling.van(escalatie.klantId());
        Lijn nieuw = config.naar() == EscalatieConfig.Naar.KLANTONDERSTEUNING ? Lijn.KLANTONDERSTEUNING : null;
        // a person decides the line next; until then no questionnaire sets it (LijnRegels)
        Lijn vorige = indeling.escaleer(nieuw);
        String reden = "escalatie door de e-coach" + (escalatie.reden() == null ? "" : ": " + escalatie.reden());
        IndelingHistorie.leg(escalatie.klantId(), nieuw, null, g.tijd(), BRON, reden, null);
        if (LijnRegels.sluitKlantondersteuning(nieuw)) {
            klantondersteuning.beeindigVoor(escalatie.klantId(), LijnRegels.sluitreden(nieuw, reden));
        }
        // always lijn-gewijzigd: every service hears of the escalation (lijn absent = a face-to-face decision follows)
        outbox.append(IndelingEvents.TOPIC, escalatie.klantId().toString(), events.create(IndelingEvents.LIJN_GEWIJZIGD,
                escalatie.klantId(), new IndelingEvents.LijnGewijzigd(escalatie.klantId(), nieuw, vorige, VastgesteldDoor.ESCALATIE, reden)));
    }
}
