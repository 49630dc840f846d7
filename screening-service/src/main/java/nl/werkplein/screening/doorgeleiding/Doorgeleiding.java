package nl.werkplein.screening.doorgeleiding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.screening.indeling.Indeling;
import nl.werkplein.screening.indeling.IndelingEvents;
import nl.werkplein.screening.klant.Klant;
import nl.werkplein.screening.klant.KlantCyclus;

/**
 * Domain.md 2.7: a new client's indeling is provisional until intake has granted the benefit (in
 * either order), or at once for the existing caseload. Only then is the client routed
 * (klant-doorgeleid), which starts the service line. Once per cycle (aanvraag): a client who comes
 * back with a new aanvraag is routed again after that aanvraag's grant; a cycle that ended (left,
 * refused, benefit ended) is never routed (KlantCyclus).
 */
@ApplicationScoped
public class Doorgeleiding {

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;

    /** In the caller's transaction; does nothing until every condition holds, and routes once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean probeer(Klant klant) {
        Indeling indeling = Indeling.findById(klant.klantId);
        if (indeling == null || indeling.lijn == null || indeling.doorgeleid || klant.uitgestroomd
                || !KlantCyclus.magDoorgeleidWorden(klant.cyclus(), klant.bestandsklant)) {
            return false;
        }
        indeling.doorleiden();
        outbox.append(IndelingEvents.TOPIC, klant.klantId.toString(), events.create(IndelingEvents.DOORGELEID, klant.klantId,
                new IndelingEvents.Doorgeleid(klant.klantId, indeling.lijn, klant.leeftijd, klant.postcode4, klant.regeling, klant.bestandsklant,
                        klant.laatsteAanvraagId)));
        return true;
    }
}
