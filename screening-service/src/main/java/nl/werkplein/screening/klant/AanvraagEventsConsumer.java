package nl.werkplein.screening.klant;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import nl.werkplein.screening.doorgeleiding.Doorgeleiding;
import nl.werkplein.screening.herscreening.HerscreeningBerichten;
import nl.werkplein.screening.indeling.Indeling;
import nl.werkplein.screening.indeling.IndelingHistorie;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Keeps each client's record from intake's events, once per event: who they are (aanvraag or
 * existing caseload) and the cycle they are in (KlantCyclus: a new aanvraag starts one; granted;
 * refused, left or benefit ended closes it). Then tries the doorgeleiding. intake's mail results go to
 * the re-screening invitations (HerscreeningBerichten).
 */
@ApplicationScoped
public class AanvraagEventsConsumer {

    static final String PREFIX = "nl.werkplein.intake.";
    static final Set<String> KLANT = Set.of("aanvraag-ingediend", "bestandsklant-geregistreerd", "aanvraag-toegekend",
            "aanvraag-afgewezen", "klant-uitgestroomd", "uitkering-beeindigd");
    static final Set<String> BERICHT = Set.of(HerscreeningBerichten.VERZONDEN, HerscreeningBerichten.NIET_VERZONDEN);

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
    @Inject
    HerscreeningBerichten berichten;

    @Incoming("aanvragen")
    @Blocking
    public void on(String record) {
        String type;
        try {
            type = events.parse(record).type();
        } catch (InvalidEventException e) {
            consumer.handle("screening.klant", record, this::apply); // fails the same way, counted, to the .dlq
            return;
        }
        // other transitions do not concern screening: skipped before any transaction
        if (BERICHT.contains(type)) {
            consumer.handle("screening.bericht", record, berichten::apply);
        } else if (type.startsWith(PREFIX) && KLANT.contains(type.substring(PREFIX.length()))) {
            consumer.handle("screening.klant", record, this::apply);
        }
    }

    void apply(CloudEvent event) {
        if (!event.type().startsWith(PREFIX) || !KLANT.contains(event.type().substring(PREFIX.length()))) {
            return;
        }
        String soort = event.type().substring(PREFIX.length());
        AanvraagIngediend data = events.data(event, AanvraagIngediend.class);
        if (data.klantId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks klantId");
        }
        if (soort.equals("aanvraag-ingediend") && data.aanvraagId() == null) {
            throw new InvalidEventException("aanvraag-ingediend " + event.id() + " lacks aanvraagId");
        }
        Klant klant = Klant.findById(data.klantId());
        if (klant == null && (soort.equals("aanvraag-afgewezen") || soort.equals("uitkering-beeindigd"))) {
            return; // nothing runs for a client screening never knew
        }
        if (klant == null) {
            klant = new Klant();
            klant.klantId = data.klantId();
            klant.aangemeldOp = tijd(event);
            klant.persist();
        }
        KlantCyclus.Gevolg gevolg = soort.equals("bestandsklant-geregistreerd") ? null
                : KlantCyclus.gevolg(klant.cyclus(), soort, data.aanvraagId());
        if (gevolg != null && gevolg.soort() == KlantCyclus.Soort.GEEN) {
            return; // an older aanvraag, or this one again: nothing changes
        }
        if (data.leeftijd() != null) {
            klant.leeftijd = data.leeftijd();
        }
        if (data.postcode4() != null) {
            klant.postcode4 = data.postcode4();
        }
        if (gevolg == null) {
            klant.bestandsklant = true;
            klant.regeling = data.regeling();
            klant.lopendTrajectTot = data.lopendTrajectTot();
            klant.importId = data.importId();
        } else {
            switch (gevolg.soort()) {
                case NIEUWE_CYCLUS -> nieuweCyclus(klant, data, event);
                case TOEGEKEND -> klant.uitkeringToegekend = true;
                case BEEINDIGD -> beeindig(klant, gevolg.einde());
                case GEEN -> throw new IllegalStateException("handled above");
            }
        }
        doorgeleiding.probeer(klant);
    }

    /** A new aanvraag: screened and routed again after its own grant; the earlier indeling stays as history. */
    private void nieuweCyclus(Klant klant, AanvraagIngediend data, CloudEvent event) {
        boolean eerder = klant.laatsteAanvraagId != null;
        klant.laatsteAanvraagId = data.aanvraagId();
        if (data.regeling() != null) {
            klant.regeling = data.regeling();
        }
        klant.aantalAanvragen++;
        klant.uitkeringToegekend = false;
        klant.uitgestroomd = false;
        klant.cyclusEinde = null;
        // a trajectory of an earlier cycle that nothing closed does not run into the new one
        klantondersteuning.beeindigVoor(klant.klantId, "nieuwe aanvraag");
        Indeling indeling = Indeling.findById(klant.klantId);
        if (indeling != null) {
            indeling.nieuweCyclus(data.aanvraagId());
            IndelingHistorie.leg(klant.klantId, null, null, tijd(event), event.source(),
                    (eerder ? "nieuwe aanvraag na een eerdere" : "nieuwe aanvraag")
                            + ": een nieuwe cyclus, de lijn wordt opnieuw bepaald (de eerdere indeling blijft in de historie)", null);
        }
    }

    private void beeindig(Klant klant, KlantCyclus.Einde einde) {
        klant.cyclusEinde = einde;
        switch (einde) {
            case UITGESTROOMD -> {
                klant.uitgestroomd = true;
                klantondersteuning.beeindigVoor(klant.klantId, "uitgestroomd");
            }
            case UITKERING_BEEINDIGD -> klantondersteuning.beeindigVoor(klant.klantId, "uitkering beëindigd");
            case AFGEWEZEN -> klantondersteuning.beeindigVoor(klant.klantId, "aanvraag afgewezen");
        }
    }

    private OffsetDateTime tijd(CloudEvent event) {
        return event.time() != null ? event.time() : OffsetDateTime.now(clock);
    }
}
