package nl.werkplein.intake.verplichting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.intake.aanvraag.AanvraagResponse;
import nl.werkplein.intake.aanvraag.AanvraagService;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.platform.security.Roles;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The four obligations of an aanvraag (domain.md 1.6, 1.10): reported, assessed, and met by screening's questionnaire. */
@ApplicationScoped
public class VerplichtingService {

    @Inject
    AanvraagService aanvragen;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /**
     * Obligations are shown, not claimed (domain.md 1.10): a klant reports one as met with evidence, a
     * consulent verifies or rejects it. ENTREEVRAGENLIJST cannot be set here at all.
     */
    @Transactional
    public AanvraagResponse verplichtingBijwerken(UUID id, VerplichtingSoort soort, VerplichtingRequest request) {
        Aanvraag aanvraag = aanvragen.eigen(id);
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        boolean klant = caller.is(Roles.KLANT);
        if (!soort.isHandmatig()) {
            fouten.add(new Problem.InvalidParam("soort", "ENTREEVRAGENLIJST kan niet worden gemeld of afgevinkt: "
                    + "deze verplichting is alleen nagekomen met een ingediende Entreevragenlijst (screening-service)"));
        }
        if (request.sollicitaties() != null && !request.sollicitaties().isEmpty() && soort != VerplichtingSoort.SOLLICITATIES) {
            fouten.add(new Problem.InvalidParam("sollicitaties", "horen alleen bij SOLLICITATIES"));
        }
        if (klant && !Boolean.TRUE.equals(request.nagekomen())) {
            fouten.add(new Problem.InvalidParam("nagekomen",
                    "een klant meldt een verplichting als nagekomen (true); alleen een medewerker keurt af"));
        }
        if (klant && (request.toelichting() == null || request.toelichting().isBlank())) {
            fouten.add(new Problem.InvalidParam("toelichting", "is verplicht: waaruit blijkt dat de verplichting is nagekomen"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        if (!aanvraag.isOpen()) {
            throw ProblemException.conflict("De aanvraag is afgerond (" + aanvraag.status + ").");
        }
        Verplichting verplichting = Verplichting.findById(new Verplichting.Sleutel(aanvraag.id, soort));
        OffsetDateTime nu = OffsetDateTime.now(clock);
        if (klant) {
            verplichting.meld(request.toelichting(), caller.subject(), nu);
        } else {
            verplichting.beoordeel(request.nagekomen(), request.toelichting(), caller.subject(), nu);
        }
        if (request.sollicitaties() != null) {
            for (VerplichtingRequest.SollicitatieRequest s : request.sollicitaties()) {
                Sollicitatie sollicitatie = new Sollicitatie();
                sollicitatie.id = UUID.randomUUID();
                sollicitatie.aanvraagId = aanvraag.id;
                sollicitatie.datum = s.datum();
                sollicitatie.werkgever = s.werkgever();
                sollicitatie.functie = s.functie();
                sollicitatie.vastgelegdOp = nu;
                sollicitatie.persist();
            }
        }
        audit.record(AuditLog.Actie.WIJZIGEN, "verplichting", aanvraag.id + "/" + soort, aanvraag.klantId,
                klant ? "verplichting melden" : "verplichting beoordelen");
        return aanvragen.antwoord(aanvraag);
    }

    /**
     * screening-service reports a submitted Entreevragenlijst: the obligation is met on the client's
     * latest aanvraag that is still open, also after its einddatum. Nothing else meets it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean entreevragenlijstIngediend(UUID klantId, UUID beoordelingId) {
        Optional<Aanvraag> open = Aanvraag.laatsteOpen(klantId);
        if (open.isEmpty()) {
            return false;
        }
        Verplichting verplichting = Verplichting.findById(new Verplichting.Sleutel(open.get().id, VerplichtingSoort.ENTREEVRAGENLIJST));
        verplichting.entreevragenlijstIngediend("Entreevragenlijst ingediend" + (beoordelingId == null ? "" : " (beoordeling " + beoordelingId + ")"),
                OffsetDateTime.now(clock));
        return true;
    }
}
