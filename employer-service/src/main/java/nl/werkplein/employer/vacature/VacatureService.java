package nl.werkplein.employer.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.werkplein.employer.kandidaat.Kandidaat;
import nl.werkplein.employer.matching.VacatureSoort;
import nl.werkplein.employer.pool.Pool;
import nl.werkplein.employer.werkgever.Werkgever;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class VacatureService {

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    Clock clock;
    @Inject
    Caller caller;

    /** A WERKGEVER vacancy entered by an account manager: registered and published (vacature-geregistreerd). */
    @Transactional
    public Vacature registreer(VacatureRequest r) {
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        Werkgever werkgever = Werkgever.findById(r.werkgeverId());
        if (werkgever == null) {
            fouten.add(new Problem.InvalidParam("werkgeverId", "onbekende werkgever"));
        }
        String pool = r.pool() == null || r.pool().isBlank() ? standaardPool(r) : r.pool().trim().toUpperCase(Locale.ROOT);
        if (Pool.findById(pool) == null) {
            fouten.add(new Problem.InvalidParam("pool", "onbekende pool"));
        }
        if (r.sluitingsdatum() != null && r.sluitingsdatum().isBefore(LocalDate.now(clock))) {
            fouten.add(new Problem.InvalidParam("sluitingsdatum", "ligt in het verleden"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        OffsetDateTime nu = OffsetDateTime.now(clock);
        Vacature v = new Vacature();
        v.id = UUID.randomUUID();
        v.bron = Bron.WERKGEVER;
        v.pool = pool;
        v.referentie = r.referentie() == null || r.referentie().isBlank() ? "WG-" + v.id.toString().substring(0, 8) : r.referentie().trim();
        v.titel = r.titel().trim();
        v.omschrijving = r.omschrijving();
        v.soort = r.soort();
        v.beroepscode = r.beroepscode();
        v.postcode4 = r.postcode().substring(0, 4);
        v.urenPerWeek = r.urenPerWeek();
        v.opleidingsniveau = r.opleidingsniveau() == null ? null : r.opleidingsniveau().name();
        v.vaardigheden = Kandidaat.tekstLijst(r.vaardigheden() == null ? null
                : r.vaardigheden().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        v.sluitingsdatum = r.sluitingsdatum();
        v.sw = Boolean.TRUE.equals(r.sw());
        v.werkgeverId = werkgever.id;
        v.werkgeverNaam = werkgever.naam;
        v.open(nu);
        v.persist();
        outbox.append(VacatureEvents.TOPIC, v.id.toString(), events.create(VacatureEvents.GEREGISTREERD, v.id,
                new VacatureEvents.Geregistreerd(v.id, werkgever.id, v.soort.name(), v.beroepscode, v.postcode4, v.urenPerWeek, v.pool)));
        return v;
    }

    private static String standaardPool(VacatureRequest r) {
        if (Boolean.TRUE.equals(r.sw())) {
            return "SW";
        }
        return r.soort() == VacatureSoort.WERKLEERPLEK ? "KLANTONDERSTEUNING" : "BEMIDDELBAAR";
    }

    /** vacature-aangeboden: new, or an update of the same vacatureId (never a duplicate). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void aangeboden(VacatureEvents.Aangeboden d, String pool, OffsetDateTime aangebodenOp) {
        OffsetDateTime nu = OffsetDateTime.now(clock);
        Pool.zorgVoor(pool, nu);
        Vacature v = Vacature.findById(d.vacatureId(), LockModeType.PESSIMISTIC_WRITE);
        boolean nieuw = v == null;
        if (nieuw) {
            v = new Vacature();
            v.id = d.vacatureId();
            v.open(aangebodenOp);
        }
        v.opnieuwAangeboden(nu);
        v.bron = "PARTNER".equals(d.bron()) ? Bron.PARTNER : Bron.SOCIAL_RETURN;
        v.pool = pool;
        v.referentie = d.referentie() == null ? d.vacatureId().toString() : d.referentie();
        v.titel = d.titel() == null ? "(zonder titel)" : d.titel();
        v.omschrijving = d.omschrijving();
        v.soort = soort(d.soort());
        v.soortGeregistreerd = d.soort() != null;
        v.beroepscode = d.beroepscode();
        v.postcode4 = d.postcode4();
        v.urenPerWeek = d.urenPerWeek();
        v.opleidingsniveau = d.opleidingsniveau();
        v.sluitingsdatum = d.sluitingsdatum();
        v.sw = Boolean.TRUE.equals(d.sw());
        v.werkgeverNaam = d.werkgever();
        v.partnerId = d.partnerId();
        v.contractId = d.contractId();
        if (nieuw) {
            v.persist();
        }
    }

    private static VacatureSoort soort(String soort) {
        if (soort == null) {
            return VacatureSoort.BAAN;
        }
        try {
            return VacatureSoort.valueOf(soort);
        } catch (IllegalArgumentException e) {
            throw new nl.werkplein.platform.event.InvalidEventException("unknown soort " + soort);
        }
    }

    /** vacature-ingetrokken: the vacancy leaves the worklists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ingetrokken(UUID vacatureId) {
        Vacature v = Vacature.findById(vacatureId, LockModeType.PESSIMISTIC_WRITE);
        if (v != null) {
            v.trekIn(OffsetDateTime.now(clock));
        }
    }

    /** An account manager withdraws an employer's vacancy. */
    @Transactional
    public Vacature intrekken(UUID id, String reden) {
        Vacature v = vergrendeld(id);
        if (v.trekInDoorAccountmanager(OffsetDateTime.now(clock))) {
            outbox.append(VacatureEvents.TOPIC, v.id.toString(), events.create(VacatureEvents.INGETROKKEN, v.id,
                    new VacatureEvents.Gewijzigd(v.id, v.pool, null, reden)));
        }
        return v;
    }

    /** A matcher proposes a candidate to the employer; again is the same proposal. */
    @Transactional
    public Voorstel voorstellen(UUID vacatureId, UUID klantId, String toelichting) {
        return oordeel(vacatureId, klantId, Voorstel.Uitkomst.VOORGESTELD, toelichting, VacatureEvents.KANDIDAAT_VOORGESTELD);
    }

    /** A matcher rejects a candidate for this vacancy, with a reason: off its shortlist. */
    @Transactional
    public Voorstel afwijzen(UUID vacatureId, UUID klantId, String reden) {
        return oordeel(vacatureId, klantId, Voorstel.Uitkomst.AFGEWEZEN, reden, VacatureEvents.KANDIDAAT_AFGEWEZEN);
    }

    private Voorstel oordeel(UUID vacatureId, UUID klantId, Voorstel.Uitkomst uitkomst, String reden, String type) {
        Vacature v = vergrendeld(vacatureId);
        v.vereistOpen();
        Kandidaat k = Kandidaat.findById(klantId);
        if (k == null || !k.doorgeleid) {
            throw ProblemException.invalid("klantId", "is geen kandidaat");
        }
        Voorstel voorstel = Voorstel.van(vacatureId, klantId);
        if (voorstel != null && voorstel.uitkomst == uitkomst) {
            return voorstel;
        }
        if (voorstel == null) {
            voorstel = new Voorstel();
            voorstel.id = UUID.randomUUID();
            voorstel.vacatureId = vacatureId;
            voorstel.klantId = klantId;
        }
        voorstel.uitkomst = uitkomst;
        voorstel.reden = reden;
        voorstel.door = caller.subject();
        voorstel.op = OffsetDateTime.now(clock);
        voorstel.persist();
        outbox.append(VacatureEvents.TOPIC, vacatureId.toString(), events.create(type, vacatureId,
                new VacatureEvents.Gewijzigd(vacatureId, v.pool, klantId, reden)));
        return voorstel;
    }

    /** The matcher is done with this vacancy: it leaves the worklist (by default). */
    @Transactional
    public Vacature afhandelen(UUID id, String toelichting) {
        Vacature v = vergrendeld(id);
        if (v.handelAf(caller.subject(), OffsetDateTime.now(clock))) {
            outbox.append(VacatureEvents.TOPIC, v.id.toString(), events.create(VacatureEvents.AFGEHANDELD, v.id,
                    new VacatureEvents.Gewijzigd(v.id, v.pool, null, toelichting)));
        }
        return v;
    }

    private Vacature vergrendeld(UUID id) {
        Vacature v = Vacature.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (v == null) {
            throw ProblemException.notFound("Vacature");
        }
        return v;
    }

    @Transactional
    public Vacature raadplegen(UUID id) {
        Vacature v = Vacature.findById(id);
        if (v == null) {
            throw ProblemException.notFound("Vacature");
        }
        return v;
    }

    @Transactional
    public Page<VacatureResponse> zoeken(String pool, Bron bron, VacatureStatus status, UUID werkgeverId, PageRequest paging) {
        return new Zoekopdracht().eq("pool", pool).eq("bron", bron).eq("status", status).eq("werkgeverId", werkgeverId)
                .pagina(Vacature.class, "aangebodenOp desc, volgnummer desc", paging, VacatureResponse::from);
    }
}
