package nl.werkplein.screening.klant;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.inbox.TypedConsumer;
import nl.werkplein.screening.doorgeleiding.Doorgeleiding;
import nl.werkplein.screening.herscreening.HerscreeningBerichten;
import nl.werkplein.screening.indeling.Indeling;
import nl.werkplein.screening.indeling.IndelingHistorie;
import nl.werkplein.screening.klantondersteuning.KlantondersteuningService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps each client's record from intake's events, once per event: who they are (aanvraag or
 * existing caseload) and the cycle they are in (KlantCyclus: a new aanvraag starts one; granted;
 * refused, left or benefit ended closes it). Then tries the doorgeleiding. intake's mail results on the
 * same topic go to the re-screening invitations (HerscreeningBerichten, a consumer of its own name).
 * Every other type is skipped before any transaction (TypedConsumer).
 */
@ApplicationScoped
public class AanvraagEventsConsumer extends TypedConsumer<AanvraagIngediend> {

    /** Who changed the line in the history: the producing system (TypedConsumer's event carries no source). */
    static final String BRON = "intake-service";

    @Inject
    Doorgeleiding doorgeleiding;
    @Inject
    KlantondersteuningService klantondersteuning;
    @Inject
    HerscreeningBerichten berichten;

    @Incoming("aanvragen")
    @Blocking
    public void on(String record) {
        // a record that is no CloudEvent goes to the .dlq from the first; the second never sees it
        ontvang(record);
        berichten.ontvang(record);
    }

    AanvraagEventsConsumer() {
        super("screening.klant", IntakeEvents.KLANT, AanvraagIngediend.class);
    }

    @Override
    protected List<String> ontbrekend(String type, AanvraagIngediend data) {
        List<String> ontbreekt = new ArrayList<>(nulVelden("klantId", data.klantId()));
        if (IntakeEvents.AANVRAAG_INGEDIEND.equals(type)) {
            ontbreekt.addAll(nulVelden("aanvraagId", data.aanvraagId()));
        }
        return ontbreekt;
    }

    @Override
    protected void verwerk(Gebeurtenis<AanvraagIngediend> g) {
        AanvraagIngediend data = g.data();
        Klant klant = Klant.findById(data.klantId());
        if (klant == null && (g.is(IntakeEvents.AANVRAAG_AFGEWEZEN) || g.is(IntakeEvents.UITKERING_BEEINDIGD))) {
            return; // nothing runs for a client screening never knew
        }
        if (klant == null) {
            klant = new Klant();
            klant.klantId = data.klantId();
            klant.aangemeldOp = g.tijd();
            klant.persist();
        }
        KlantCyclus.Gevolg gevolg = g.is(IntakeEvents.BESTANDSKLANT_GEREGISTREERD) ? null
                : KlantCyclus.gevolg(klant.cyclus(), g.type(), data.aanvraagId());
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
            klant.registreerAlsBestandsklant(data.regeling(), data.lopendTrajectTot(), data.importId());
        } else {
            switch (gevolg.soort()) {
                case NIEUWE_CYCLUS -> nieuweCyclus(klant, g);
                case TOEGEKEND -> klant.kenUitkeringToe();
                case BEEINDIGD -> beeindig(klant, gevolg.einde());
                case GEEN -> throw new IllegalStateException("handled above");
            }
        }
        doorgeleiding.probeer(klant);
    }

    /** A new aanvraag: screened and routed again after its own grant; the earlier indeling stays as history. */
    private void nieuweCyclus(Klant klant, Gebeurtenis<AanvraagIngediend> g) {
        AanvraagIngediend data = g.data();
        boolean eerder = klant.nieuweCyclus(data.aanvraagId(), data.regeling());
        // a trajectory of an earlier cycle that nothing closed does not run into the new one
        klantondersteuning.beeindigVoor(klant.klantId, "nieuwe aanvraag");
        Indeling indeling = Indeling.findById(klant.klantId);
        if (indeling != null) {
            indeling.nieuweCyclus(data.aanvraagId());
            IndelingHistorie.leg(klant.klantId, null, null, g.tijd(), BRON,
                    (eerder ? "nieuwe aanvraag na een eerdere" : "nieuwe aanvraag")
                            + ": een nieuwe cyclus, de lijn wordt opnieuw bepaald (de eerdere indeling blijft in de historie)", null);
        }
    }

    private void beeindig(Klant klant, KlantCyclus.Einde einde) {
        klant.beeindigCyclus(einde);
        switch (einde) {
            case UITGESTROOMD -> klantondersteuning.beeindigVoor(klant.klantId, "uitgestroomd");
            case UITKERING_BEEINDIGD -> klantondersteuning.beeindigVoor(klant.klantId, "uitkering beëindigd");
            case AFGEWEZEN -> klantondersteuning.beeindigVoor(klant.klantId, "aanvraag afgewezen");
        }
    }
}
