package nl.werkplein.employer.plaatsing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.werkplein.employer.kandidaat.Kandidaat;
import nl.werkplein.employer.kandidaat.KandidaatRepository;
import nl.werkplein.employer.kandidaat.KandidatenConfig;
import nl.werkplein.employer.kandidaat.PoolEnDoelgroepRegel;
import nl.werkplein.employer.vacature.Vacature;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlaatsingService {

    /** The placement and whether this call created it (201) or found it (200). */
    public record Uitkomst(Plaatsing plaatsing, boolean nieuw) {
    }

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    Clock clock;
    @Inject
    Caller caller;
    @Inject
    KandidaatRepository kandidaten;
    @Inject
    KandidatenConfig config;
    @Inject
    AuditLog audit;

    @Transactional
    public Uitkomst registreer(PlaatsingRequest r) {
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        // the vacancy row serialises placements on it, so the same pair twice cannot both be new
        Vacature vacature = Vacature.findById(r.vacatureId(), LockModeType.PESSIMISTIC_WRITE);
        Plaatsing bestaand = Plaatsing.van(r.vacatureId(), r.klantId());
        if (bestaand != null) {
            audit.record(AuditLog.Actie.RAADPLEGEN, "plaatsing", bestaand.id, bestaand.klantId, "plaatsing nogmaals gemeld");
            return new Uitkomst(bestaand, false);
        }
        if (vacature == null) {
            fouten.add(new Problem.InvalidParam("vacatureId", "onbekende vacature"));
        } else {
            String afwijking = Plaatsing.soortAfwijking(vacature.bron, vacature.soortGeregistreerd, vacature.soort, r.soort());
            if (afwijking != null) {
                fouten.add(new Problem.InvalidParam("soort", afwijking));
            }
        }
        // the candidate row serialises placements of one client across vacancies (at most one runs)
        Kandidaat kandidaat = Kandidaat.findById(r.klantId(), LockModeType.PESSIMISTIC_WRITE);
        if (kandidaat == null) {
            fouten.add(new Problem.InvalidParam("klantId", "onbekende kandidaat"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        Plaatsing lopend = Plaatsing.lopend(kandidaat.klantId, kandidaat.cyclusStart);
        if (lopend != null) {
            throw ProblemException.conflict("De kandidaat heeft al een lopende plaatsing " + lopend.id + " (vacature " + lopend.vacatureId
                    + ", sinds " + lopend.startdatum + "); beëindig die eerst.");
        }
        PoolEnDoelgroepRegel.Uitkomst indeling = PoolEnDoelgroepRegel.bepaal(kandidaat.feiten(null));
        if (!indeling.isKandidaat()) {
            throw ProblemException.invalid("klantId", "is geen kandidaat: " + indeling.reden());
        }
        vacature.vereistNietIngetrokken();
        Plaatsing p = new Plaatsing();
        p.id = UUID.randomUUID();
        p.vacatureId = vacature.id;
        p.klantId = kandidaat.klantId;
        p.pool = vacature.pool;
        p.bron = vacature.bron;
        p.soort = r.soort();
        p.startdatum = r.startdatum();
        p.urenPerWeek = r.urenPerWeek();
        p.duurMaanden = r.duurMaanden();
        p.uitstroom = r.uitstroom();
        p.doelgroep = indeling.doelgroep();
        p.vijftigPlus = vijftigPlus(kandidaat, r.startdatum(), config.vijftigPlusLeeftijd());
        p.geregistreerdOp = OffsetDateTime.now(clock);
        p.door = caller.subject();
        p.persist();
        // the candidate is no longer available: every replica's index picks the stamped row up
        kandidaten.markeerGewijzigd(p.klantId);
        outbox.append(PlaatsingEvents.TOPIC, vacature.id.toString(),
                events.create(PlaatsingEvents.GEREALISEERD, vacature.id, PlaatsingEvents.Gerealiseerd.van(p)));
        audit.record(AuditLog.Actie.AANMAKEN, "plaatsing", p.id, p.klantId, "plaatsing geregistreerd");
        return new Uitkomst(p, true);
    }

    /**
     * 50 or older on the start date. The events carry the age in whole years on a known day (never
     * the birth date), so this is the lower bound: age then plus the whole years since. It never
     * claims a supplement wrongly; it may miss one by less than a year.
     */
    static boolean vijftigPlus(Kandidaat k, LocalDate startdatum, int grens) {
        if (k.leeftijd == null) {
            return false;
        }
        int jaren = k.leeftijdPeildatum == null ? 0 : Period.between(k.leeftijdPeildatum, startdatum).getYears();
        return k.leeftijd + jaren >= grens;
    }

    /**
     * The placement ended: recorded on the aggregate, published (plaatsing-beeindigd), and the candidate
     * is available again (the pool rule: no running placement) unless the benefit ended.
     */
    @Transactional
    public Plaatsing beeindig(UUID id, PlaatsingBeeindiging r) {
        Plaatsing p = Plaatsing.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("Plaatsing");
        }
        p.beeindig(r.einddatum(), r.reden(), caller.subject(), OffsetDateTime.now(clock));
        kandidaten.markeerGewijzigd(p.klantId);
        outbox.append(PlaatsingEvents.TOPIC, p.vacatureId.toString(),
                events.create(PlaatsingEvents.BEEINDIGD, p.vacatureId, PlaatsingEvents.Beeindigd.van(p)));
        audit.record(AuditLog.Actie.WIJZIGEN, "plaatsing", p.id, p.klantId, "plaatsing beëindigd: " + p.eindreden);
        return p;
    }

    @Transactional
    public Plaatsing raadplegen(UUID id) {
        Plaatsing p = Plaatsing.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Plaatsing");
        }
        audit.record(AuditLog.Actie.RAADPLEGEN, "plaatsing", p.id, p.klantId, "plaatsing raadplegen");
        return p;
    }

    @Transactional
    public Page<PlaatsingResponse> zoeken(UUID vacatureId, UUID klantId, String pool, PageRequest paging) {
        Page<PlaatsingResponse> gevonden = new Zoekopdracht().eq("vacatureId", vacatureId).eq("klantId", klantId).eq("pool", pool)
                .pagina(Plaatsing.class, "geregistreerdOp desc, id", paging, PlaatsingResponse::from);
        audit.record(AuditLog.Actie.RAADPLEGEN, "plaatsingen", null, klantId, "plaatsingen zoeken");
        return gevonden;
    }
}
