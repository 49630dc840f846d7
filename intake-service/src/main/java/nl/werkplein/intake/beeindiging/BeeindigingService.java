package nl.werkplein.intake.beeindiging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.aanvraag.AanvraagPublicatie;
import nl.werkplein.intake.aanvraag.AanvraagResponse;
import nl.werkplein.intake.aanvraag.AanvraagService;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The end of a granted benefit (domain.md 1.11): recorded by a consulent or rechtmatigheid, or
 * caused by a placement with full outflow. The rules are on {@link Aanvraag#beeindig}.
 */
@ApplicationScoped
public class BeeindigingService {

    @Inject
    AanvraagService aanvragen;
    @Inject
    AanvraagPublicatie publicatie;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** A consulent's or rechtmatigheid's recorded end of the granted benefit (domain.md 1.11). */
    @Transactional
    public AanvraagResponse beeindigen(UUID id, BeeindigingRequest request) {
        Aanvraag aanvraag = Aanvraag.vergrendeld(id);
        aanvraag.beeindig(request.reden(), request.datum(), null, caller.subject(), OffsetDateTime.now(clock));
        publicatie.publiceer(AanvraagEvents.BEEINDIGD, aanvraag);
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "uitkering beeindigen " + request.reden());
        return aanvragen.antwoord(aanvraag);
    }

    /**
     * A placement with full outflow ends the client's granted benefit on its startdatum (reden WERK);
     * without a granted benefit nothing changes. In the consumer's transaction.
     *
     * @return whether a benefit ended
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean beeindigenDoorPlaatsing(UUID klantId, UUID plaatsingId, LocalDate startdatum) {
        Optional<Aanvraag> toegekend = Aanvraag.laatstToegekendVergrendeld(klantId);
        if (toegekend.isEmpty()) {
            return false;
        }
        Aanvraag aanvraag = toegekend.get();
        aanvraag.beeindigDoorPlaatsing(plaatsingId, startdatum, "employer-service", OffsetDateTime.now(clock));
        publicatie.publiceer(AanvraagEvents.BEEINDIGD, aanvraag);
        audit.recordBySystem("employer-service", AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId,
                "uitkering beeindigd door plaatsing " + plaatsingId);
        return true;
    }
}
