package nl.werkplein.screening.doelgroepregister;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.screening.indeling.IndelingEvents;
import nl.werkplein.screening.klant.Klant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Domain.md 4.4: whether a client is in the doelgroepregister is UWV's decision; a consulent records it
 * as a fact (date, source) and employer- and socialreturn-service use that fact for the doelgroep.
 */
@ApplicationScoped
public class DoelgroepregisterService {

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** Records the indication; the same indication again changes nothing and publishes nothing. */
    @Transactional
    public Doelgroepregister leg(UUID klantId, Boolean indicatie, LocalDate datum, String bron) {
        Klant klant = Klant.bekend(klantId, caller);
        Doelgroepregister d = Doelgroepregister.findById(klant.klantId);
        boolean nieuw = d == null;
        if (nieuw) {
            d = new Doelgroepregister();
            d.klantId = klant.klantId;
        }
        if (!d.leg(indicatie, datum, bron, LocalDate.now(clock), caller.subject(), OffsetDateTime.now(clock))) {
            audit.record(AuditLog.Actie.WIJZIGEN, "doelgroepregister", klant.klantId, klant.klantId, "doelgroepregister vastleggen (ongewijzigd)");
            return d;
        }
        if (nieuw) {
            d.persist();
        }
        outbox.append(IndelingEvents.TOPIC, klant.klantId.toString(), events.create(DoelgroepregisterEvents.VASTGELEGD, klant.klantId,
                new DoelgroepregisterEvents.Vastgelegd(klant.klantId, d.indicatie, d.datum, d.bron)));
        audit.record(AuditLog.Actie.WIJZIGEN, "doelgroepregister", klant.klantId, klant.klantId, "doelgroepregister vastleggen");
        return d;
    }

    @Transactional
    public Doelgroepregister bekijk(UUID klantId) {
        Klant klant = Klant.bekend(klantId, caller);
        Doelgroepregister d = Doelgroepregister.findById(klant.klantId);
        if (d == null) {
            throw ProblemException.notFound("Doelgroepregister-indicatie van klant " + klantId);
        }
        audit.record(AuditLog.Actie.RAADPLEGEN, "doelgroepregister", klant.klantId, klant.klantId, "doelgroepregister inzien");
        return d;
    }
}
