package nl.werkplein.intake.aanvraag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.klant.KlantRegister;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.identity.Bsn;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AanvraagService {

    @Inject
    KlantRegister klanten;
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

    /** Stores the aanvraag and its aanvraag-ingediend event in one transaction. */
    @Transactional
    public Aanvraag indienen(AanvraagRequest request) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate aanvraagdatum = Optional.ofNullable(request.aanvraagdatum()).orElse(vandaag);
        if (aanvraagdatum.isAfter(vandaag)) {
            throw ProblemException.invalid("aanvraagdatum", "mag niet in de toekomst liggen");
        }
        UUID klantId = klanten.klantIdVoor(Bsn.of(request.bsn()));
        boolean open = Aanvraag.count("klantId = ?1 and status in ?2", klantId, AanvraagStatus.OPEN) > 0;
        if (open) {
            throw ProblemException.conflict("Er loopt al een aanvraag voor deze klant.");
        }
        Aanvraag aanvraag = new Aanvraag();
        aanvraag.id = UUID.randomUUID();
        aanvraag.klantId = klantId;
        aanvraag.status = AanvraagStatus.INGEDIEND;
        aanvraag.kanaal = Optional.ofNullable(request.kanaal()).orElse(Kanaal.WERK_NL);
        aanvraag.geboortedatum = request.geboortedatum();
        aanvraag.email = request.email();
        aanvraag.postcode = request.postcode() == null ? null : request.postcode().replace(" ", "");
        aanvraag.aanvraagdatum = aanvraagdatum;
        aanvraag.meldingUwvDatum = request.meldingUwvDatum();
        aanvraag.startkwalificatie = Boolean.TRUE.equals(request.startkwalificatie());
        aanvraag.ingediendOp = OffsetDateTime.now(clock);
        aanvraag.persist();

        int leeftijd = Period.between(aanvraag.geboortedatum, aanvraagdatum).getYears();
        String postcode4 = aanvraag.postcode == null ? null : aanvraag.postcode.substring(0, 4);
        outbox.append(AanvraagEvents.TOPIC, klantId.toString(), events.create(AanvraagEvents.INGEDIEND, aanvraag.id,
                new AanvraagEvents.Ingediend(klantId, aanvraag.id, leeftijd, postcode4, aanvraag.kanaal, aanvraagdatum,
                        aanvraag.startkwalificatie)));
        audit.record(AuditLog.Actie.AANMAKEN, "aanvraag", aanvraag.id, klantId, "aanvraag indienen");
        return aanvraag;
    }

    @Transactional
    public Aanvraag raadplegen(UUID id) {
        Aanvraag aanvraag = Aanvraag.findById(id);
        if (aanvraag == null) {
            throw ProblemException.notFound("Aanvraag " + id);
        }
        caller.requireOwnIfKlant(aanvraag.klantId, "Aanvraag " + id);
        audit.record(AuditLog.Actie.RAADPLEGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "aanvraag inzien");
        return aanvraag;
    }
}
