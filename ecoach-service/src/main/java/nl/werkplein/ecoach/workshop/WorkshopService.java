package nl.werkplein.ecoach.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.traject.Evaluatie;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectEvents;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Workshop referrals: made by an evaluation, read and answered by the partner (domain.md 3.5). */
@ApplicationScoped
public class WorkshopService {

    @Inject
    WorkshopConfig config;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    Clock clock;

    /** The evaluation with uitkomst WORKSHOP refers the client to the configured partner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workshopverwijzing verwijs(Traject traject, Evaluatie evaluatie) {
        Workshopverwijzing v = new Workshopverwijzing();
        v.id = UUID.randomUUID();
        v.referentie = Workshopverwijzing.nieuweReferentie();
        v.partnerId = config.partner();
        v.klantId = traject.klantId;
        v.trajectId = traject.id;
        v.evaluatieId = evaluatie.id;
        v.onderwerp = evaluatie.workshop;
        v.status = WorkshopStatus.OPEN;
        v.verwezenOp = OffsetDateTime.now(clock);
        v.persist();
        return v;
    }

    /** A trajectory that ends takes its open referrals with it: the partner should not invite the client any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vervalOpen(Traject traject) {
        Workshopverwijzing.update("status = ?1 where trajectId = ?2 and status = ?3",
                WorkshopStatus.VERVALLEN, traject.id, WorkshopStatus.OPEN);
    }

    /** The partner reports attendance; true when it was recorded now, false when the same report was already there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean meld(Workshopverwijzing v, WorkshopStatus gemeld) {
        switch (Aanwezigheidsmelding.beoordeel(v.status, gemeld)) {
            case AL_GEMELD -> {
                return false;
            }
            case CONFLICT -> throw ProblemException.conflict("De verwijzing heeft al status " + v.status
                    + (v.status == WorkshopStatus.VERVALLEN ? " (het traject is afgesloten)" : "") + "; een andere melding kan niet.");
            case VASTLEGGEN -> {
                v.status = gemeld;
                v.gemeldOp = OffsetDateTime.now(clock);
                outbox.append(TrajectEvents.TOPIC, v.klantId.toString(), events.create(TrajectEvents.WORKSHOP_AANWEZIGHEID_GEMELD, v.klantId,
                        new TrajectEvents.WorkshopAanwezigheidGemeld(v.klantId, v.trajectId, v.id, v.partnerId, v.onderwerp,
                                gemeld == WorkshopStatus.AANWEZIG)));
                return true;
            }
        }
        throw new IllegalStateException();
    }

    public String partnerNaam() {
        return config.partnerNaam();
    }
}
