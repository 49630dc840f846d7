package nl.werkplein.ecoach.klant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.ecoach.traject.Afsluitreden;
import nl.werkplein.platform.inbox.TypedConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Intake's events say whether the client is on a benefit (the 3-month evaluation needs it) and when
 * they left: a client who left or was refused after the routing has the trajectory closed
 * (UITGESTROOMD); a benefit that ended (uitkering-beeindigd) closes it with UITKERING_BEEINDIGD. This
 * topic and screening's arrive in any order, so the event times decide. Other transitions say nothing
 * about the benefit and are skipped before any transaction. The flow is {@link KlantService}'s.
 */
@ApplicationScoped
public class AanvraagEventsConsumer extends TypedConsumer<AanvraagEventsConsumer.Aanvraag> {

    static final String PREFIX = "nl.werkplein.intake.";
    static final String TOEGEKEND = PREFIX + "aanvraag-toegekend";
    static final String BESTANDSKLANT = PREFIX + "bestandsklant-geregistreerd";
    static final String UITGESTROOMD = PREFIX + "klant-uitgestroomd";
    static final String AFGEWEZEN = PREFIX + "aanvraag-afgewezen";
    static final String UITKERING_BEEINDIGD = PREFIX + "uitkering-beeindigd";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Aanvraag(UUID klantId, UUID aanvraagId) {
    }

    @Inject
    KlantService klanten;

    @Incoming("aanvragen")
    @Blocking
    public void on(String record) {
        ontvang(record);
    }

    AanvraagEventsConsumer() {
        // the name is unchanged: handled_event rows of earlier deliveries still count
        super("ecoach.uitkering", Set.of(TOEGEKEND, BESTANDSKLANT, UITGESTROOMD, AFGEWEZEN, UITKERING_BEEINDIGD), Aanvraag.class);
    }

    @Override
    protected List<String> ontbrekend(String type, Aanvraag data) {
        return nulVelden("klantId", data.klantId());
    }

    @Override
    protected void verwerk(Gebeurtenis<Aanvraag> g) {
        // toegekend and bestandsklant-geregistreerd: on a benefit (no reason); the others say why not
        Afsluitreden vertrek = g.is(TOEGEKEND) || g.is(BESTANDSKLANT) ? null
                : g.is(UITKERING_BEEINDIGD) ? Afsluitreden.UITKERING_BEEINDIGD : Afsluitreden.UITGESTROOMD;
        klanten.uitkering(g.data().klantId(), g.data().aanvraagId(), vertrek, g.tijd());
    }
}
