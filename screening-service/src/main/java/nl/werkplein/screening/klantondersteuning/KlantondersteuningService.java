package nl.werkplein.screening.klantondersteuning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.screening.indeling.Indeling;
import nl.werkplein.screening.indeling.IndelingEvents;
import nl.werkplein.screening.indeling.Lijn;
import nl.werkplein.screening.klant.Klant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Klantondersteuning (domain.md §4): phase 1 in the Centrum voor Werk (at most 6 weeks, 16–20 hours
 * a week), the werkintake on day 1, a loonwaarde estimate that is mandatory when a loonwaarde below
 * 100% WML is suspected, then phase 2 on a werkleerplek (at most 1 year). Every step publishes the facts.
 */
@ApplicationScoped
public class KlantondersteuningService {

    @Inject
    KlantondersteuningConfig config;
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

    @Transactional
    public KoTraject start(UUID klantId, LocalDate begindatum, Integer urenPerWeek) {
        Klant klant = Klant.bekend(klantId, caller);
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        if (urenPerWeek == null) {
            fouten.add(new Problem.InvalidParam("urenPerWeek", "is verplicht"));
        } else if (urenPerWeek < config.urenPerWeekMinimaal() || urenPerWeek > config.urenPerWeekMaximaal()) {
            fouten.add(new Problem.InvalidParam("urenPerWeek", "moet tussen " + config.urenPerWeekMinimaal() + " en "
                    + config.urenPerWeekMaximaal() + " uur per week liggen"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        Indeling indeling = Indeling.findById(klant.klantId);
        if (indeling == null || indeling.lijn != Lijn.KLANTONDERSTEUNING || !indeling.doorgeleid) {
            throw ProblemException.conflict("Klantondersteuning begint pas als de klant naar die lijn is doorgeleid.");
        }
        if (KoTraject.lopend(klantId).isPresent()) {
            throw ProblemException.conflict("De klant heeft al een lopend traject in Klantondersteuning.");
        }
        KoTraject t = KoTraject.start(klantId, begindatum != null ? begindatum : LocalDate.now(clock), config.centrumVoorWerkDuur(),
                urenPerWeek, caller.subject());
        t.persist();
        publiceerFase(t);
        audit.record(AuditLog.Actie.AANMAKEN, "klantondersteuning", t.id, klantId, "Centrum voor Werk starten");
        return t;
    }

    @Transactional
    public KoTraject werkintake(UUID klantId, Werkintake resultaat, boolean loonwaardeOnderWmlVermoed, String toelichting) {
        KoTraject t = lopend(klantId);
        t.legWerkintakeVast(resultaat, loonwaardeOnderWmlVermoed, toelichting);
        publiceerFase(t);
        audit.record(AuditLog.Actie.WIJZIGEN, "klantondersteuning", t.id, klantId, "werkintake vastleggen");
        return t;
    }

    @Transactional
    public KoTraject loonwaarde(UUID klantId, int percentage) {
        KoTraject t = lopend(klantId);
        t.legLoonwaardeVast(percentage, LocalDate.now(clock));
        outbox.append(IndelingEvents.TOPIC, klantId.toString(), events.create(KlantondersteuningEvents.LOONWAARDE_VASTGESTELD, klantId,
                new KlantondersteuningEvents.LoonwaardeVastgesteld(klantId, t.id, percentage, KlantondersteuningRegels.onderWml(percentage))));
        audit.record(AuditLog.Actie.WIJZIGEN, "klantondersteuning", t.id, klantId, "loonwaarde vastleggen");
        return t;
    }

    @Transactional
    public KoTraject werkleerplek(UUID klantId, LocalDate begindatum, String branche, String organisatie) {
        KoTraject t = lopend(klantId);
        t.naarWerkleerplek(begindatum != null ? begindatum : LocalDate.now(clock), config.werkleerplekDuur(), branche, organisatie);
        publiceerFase(t);
        audit.record(AuditLog.Actie.WIJZIGEN, "klantondersteuning", t.id, klantId, "werkleerplek starten");
        return t;
    }

    @Transactional
    public KoTraject sluitAf(UUID klantId, String reden) {
        KoTraject t = lopend(klantId);
        sluit(t, reden);
        audit.record(AuditLog.Actie.WIJZIGEN, "klantondersteuning", t.id, klantId, "traject afsluiten");
        return t;
    }

    /** The line changed away from Klantondersteuning, or the client left: the running trajectory ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beeindigVoor(UUID klantId, String reden) {
        KoTraject.lopend(klantId).ifPresent(t -> sluit(t, reden));
    }

    @Transactional
    public KoTraject bekijk(UUID klantId) {
        Klant.bekend(klantId, caller);
        KoTraject t = KoTraject.laatste(klantId).orElseThrow(() -> ProblemException.notFound("Klantondersteuning van klant " + klantId));
        audit.record(AuditLog.Actie.RAADPLEGEN, "klantondersteuning", t.id, klantId, "traject inzien");
        return t;
    }

    @Transactional
    public Page<KoTraject> zoek(KoFase fase, Boolean limietOverschreden, PageRequest paging) {
        Zoekopdracht zoek = new Zoekopdracht().eq("fase", fase);
        if (limietOverschreden != null) {
            zoek.waar(limietOverschreden ? "limietOverschredenOp is not null" : "limietOverschredenOp is null");
        }
        Page<KoTraject> gevonden = zoek.pagina(KoTraject.class, "cvwBegindatum, id", paging, t -> t);
        gevonden.items().forEach(t -> audit.record(AuditLog.Actie.RAADPLEGEN, "klantondersteuning", t.id, t.klantId, "trajecten zoeken"));
        return gevonden;
    }

    private void sluit(KoTraject t, String reden) {
        t.sluitAf(LocalDate.now(clock), reden);
        publiceerFase(t);
    }

    private KoTraject lopend(UUID klantId) {
        Klant.bekend(klantId, caller);
        return KoTraject.lopend(klantId).orElseThrow(() -> ProblemException.notFound("Lopend traject Klantondersteuning van klant " + klantId));
    }


    void publiceerFase(KoTraject t) {
        outbox.append(IndelingEvents.TOPIC, t.klantId.toString(), events.create(KlantondersteuningEvents.FASE_GEWIJZIGD, t.klantId,
                KlantondersteuningEvents.FaseGewijzigd.van(t)));
    }
}
