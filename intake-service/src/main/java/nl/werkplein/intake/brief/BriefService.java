package nl.werkplein.intake.brief;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.platform.time.ClockProducer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Letters for clients without an e-mail address (issue 18.1): made in the caller's transaction,
 * addressed to the postal address intake holds, listed to beheer, rendered as PDF, and marked
 * VERSTUURD by the print street (or withdrawn) once. The outcome reaches whoever is interested as a
 * synchronous CDI event in the same transaction ({@link Verstuurd}, {@link Ingetrokken}); the mail
 * results to a requesting service are published from there (klantbericht/BerichtUitkomsten).
 */
@ApplicationScoped
public class BriefService {

    private static final String SYSTEEM = "intake-service";

    /** Fired in the transaction that marks a letter sent; once per letter. */
    public record Verstuurd(Brief brief, OffsetDateTime op) {
    }

    /** Fired in the transaction that withdraws a letter; once per letter. */
    public record Ingetrokken(Brief brief, OffsetDateTime op) {
    }

    /** Where a letter goes: the name when intake knows it, and the lines of the envelope window. */
    public record Adres(String naam, List<String> regels) {
    }

    @Inject
    BriefRepository repository;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    BriefConfig config;
    @Inject
    Event<Verstuurd> verstuurd;
    @Inject
    Event<Ingetrokken> ingetrokken;

    /**
     * The postal address intake holds for a client: the later of a recorded postadres and the
     * briefadres of the client's latest aanvraag that has one; empty when there is neither.
     */
    @Transactional
    public Optional<Adres> adresVan(UUID klantId) {
        Postadres postadres = Postadres.findById(klantId);
        Optional<BriefRepository.Briefadres> briefadres = repository.laatsteBriefadres(klantId);
        boolean aanvraagLater = briefadres.isPresent()
                && (postadres == null || briefadres.get().sinds().isAfter(postadres.vastgelegdOp));
        if (aanvraagLater) {
            List<String> regels = Adresregels.vanBriefadres(briefadres.get().adres());
            if (!regels.isEmpty()) {
                return Optional.of(new Adres(null, regels));
            }
        }
        return postadres == null ? Optional.empty() : Optional.of(new Adres(postadres.naam, postadres.regels()));
    }

    /**
     * Makes a letter in the print queue for a client, once per {@code sleutel}: the same key again
     * returns the letter made the first time, whatever its state.
     *
     * @param sleutel     idempotency key: the requester's berichtId, or a key of intake's own caller
     *                    (e.g. derived from a conversation id)
     * @param verzoekType the mail-verzocht event type that asked for it (answered with bericht-verzonden once
     *                    sent), or null for intake's own letters
     * @param tekst       plain text, line ends kept; no BSN
     * @return the letter, or empty when intake holds no postal address for the client
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Brief> maak(UUID klantId, UUID sleutel, String verzoekType, String onderwerp, String tekst) {
        Optional<Brief> bestaand = metSleutel(sleutel);
        if (bestaand.isPresent()) {
            return bestaand;
        }
        Optional<Adres> adres = adresVan(klantId);
        if (adres.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        boolean nieuw = repository.voegToe(new BriefRepository.NieuweBrief(id, klantId, sleutel, verzoekType, onderwerp, tekst,
                adres.get().naam(), adres.get().regels(), OffsetDateTime.now(clock)));
        if (nieuw) {
            audit.recordBySystem(SYSTEEM, AuditLog.Actie.RAADPLEGEN, "postadres", klantId, klantId, "brief adresseren");
            audit.recordBySystem(SYSTEEM, AuditLog.Actie.AANMAKEN, "brief", id, klantId, "brief aan een klant zonder e-mailadres");
        }
        return metSleutel(sleutel);
    }

    /** Intake's own letter (nobody awaits an answer); see {@link #maak(UUID, UUID, String, String, String)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Brief> maak(UUID klantId, UUID sleutel, String onderwerp, String tekst) {
        return maak(klantId, sleutel, null, onderwerp, tekst);
    }

    public Optional<Brief> metSleutel(UUID sleutel) {
        return Brief.metBerichtId(sleutel);
    }

    @Transactional
    public Page<BriefSamenvatting> lijst(BriefStatus status, UUID klantId, PageRequest paging) {
        var query = Brief.zoek(status, klantId);
        long totaal = query.count();
        List<Brief> brieven = query.page(paging.page() - 1, paging.size()).list();
        brieven.forEach(b -> audit.record(AuditLog.Actie.RAADPLEGEN, "brief", b.id, b.klantId, "afdrukwachtrij inzien"));
        return new Page<>(brieven.stream().map(BriefSamenvatting::from).toList(), paging.page(), paging.size(), totaal);
    }

    @Transactional
    public BriefResponse raadpleeg(UUID id) {
        Brief brief = vind(id, LockModeType.NONE);
        audit.record(AuditLog.Actie.RAADPLEGEN, "brief", brief.id, brief.klantId, "brief inzien");
        return BriefResponse.from(brief);
    }

    @Transactional
    public byte[] pdf(UUID id) {
        Brief brief = vind(id, LockModeType.NONE);
        audit.record(AuditLog.Actie.RAADPLEGEN, "brief", brief.id, brief.klantId, "brief als PDF afdrukken");
        return BriefPdf.render(new BriefPdf.Inhoud(brief.id, config.afzender(), brief.regels(), config.plaats(),
                brief.aangemaaktOp.atZoneSameInstant(ClockProducer.AMSTERDAM).toLocalDate(), brief.onderwerp, brief.tekst));
    }

    /** The print street sent it: VERSTUURD once; again changes nothing; a withdrawn letter is a 409. */
    @Transactional
    public BriefResponse verstuur(UUID id) {
        // locked: two marks at once publish the outcome once
        Brief brief = vind(id, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime nu = OffsetDateTime.now(clock);
        if (brief.verstuur(caller.subject(), nu)) {
            audit.record(AuditLog.Actie.WIJZIGEN, "brief", brief.id, brief.klantId, "brief verstuurd");
            verstuurd.fire(new Verstuurd(brief, nu));
        }
        return BriefResponse.from(brief);
    }

    /** Beheer stops a letter before it went out: INGETROKKEN once; a letter that was sent is a 409. */
    @Transactional
    public BriefResponse trekIn(UUID id, String reden) {
        Brief brief = vind(id, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime nu = OffsetDateTime.now(clock);
        if (brief.trekIn(reden, caller.subject(), nu)) {
            audit.record(AuditLog.Actie.WIJZIGEN, "brief", brief.id, brief.klantId, "brief ingetrokken");
            ingetrokken.fire(new Ingetrokken(brief, nu));
        }
        return BriefResponse.from(brief);
    }

    private Brief vind(UUID id, LockModeType lock) {
        Brief brief = lock == LockModeType.NONE ? Brief.findById(id) : Brief.findById(id, lock);
        if (brief == null) {
            throw ProblemException.notFound("Brief " + id);
        }
        return brief;
    }

    @Transactional
    public PostadresResponse postadres(UUID klantId) {
        Postadres p = Postadres.findById(klantId);
        if (p == null) {
            throw ProblemException.notFound("Postadres van klant " + klantId);
        }
        audit.record(AuditLog.Actie.RAADPLEGEN, "postadres", klantId, klantId, "postadres inzien");
        return PostadresResponse.from(p);
    }

    /** Records (or replaces) the postal address; letters already made keep the address they were made with. */
    @Transactional
    public PostadresResponse legPostadresVast(UUID klantId, PostadresRequest request) {
        if (!repository.klantBekend(klantId)) {
            throw ProblemException.notFound("Klant " + klantId);
        }
        Postadres p = Postadres.findById(klantId, LockModeType.PESSIMISTIC_WRITE);
        boolean nieuw = p == null;
        if (nieuw) {
            p = new Postadres();
            p.klantId = klantId;
        }
        p.naam = request.naam() == null || request.naam().isBlank() ? null : request.naam().trim();
        p.adresregel = request.adresregel().trim();
        p.postcode = Adresregels.postcode(request.postcode());
        p.woonplaats = request.woonplaats().trim();
        p.vastgelegdOp = OffsetDateTime.now(clock);
        p.vastgelegdDoor = caller.subject();
        if (nieuw) {
            p.persist();
        }
        audit.record(nieuw ? AuditLog.Actie.AANMAKEN : AuditLog.Actie.WIJZIGEN, "postadres", klantId, klantId, "postadres vastleggen");
        return PostadresResponse.from(p);
    }
}
