package nl.werkplein.employer.werkgever;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.employer.kandidaat.Kandidaat;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Employers, their contacts and staffing needs, and the account managers (domain.md 6.1). Every
 * change is published on werkplein.employer.werkgevers.v1 (ids and facts only, never contact names);
 * every read of contact persons is audited.
 */
@ApplicationScoped
public class WerkgeverService {

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    Clock clock;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @Transactional
    public AccountmanagerResponse accountmanagerVastleggen(AccountmanagerRequest r) {
        Accountmanager a = new Accountmanager();
        a.id = UUID.randomUUID();
        a.naam = r.naam().trim();
        a.email = r.email().trim();
        a.branches = Kandidaat.tekstLijst(r.branches().stream().map(b -> b.trim().toUpperCase(Locale.ROOT)).distinct().toList());
        a.aangemaaktOp = OffsetDateTime.now(clock);
        a.persist();
        outbox.append(WerkgeverEvents.TOPIC, a.id.toString(), events.create(WerkgeverEvents.ACCOUNTMANAGER_GEREGISTREERD, a.id,
                new WerkgeverEvents.AccountmanagerEvent(a.id, Kandidaat.lijst(a.branches, "|"))));
        return AccountmanagerResponse.from(a);
    }

    @Transactional
    public Page<AccountmanagerResponse> accountmanagers(String branche, PageRequest paging) {
        Zoekopdracht zoek = new Zoekopdracht();
        if (branche != null) {
            // branches is a |-separated list: match one whole entry
            zoek.waar("('|' || branches || '|') like :branche", "branche", "%|" + branche.toUpperCase(Locale.ROOT) + "|%");
        }
        return zoek.pagina(Accountmanager.class, "naam, id", paging, AccountmanagerResponse::from);
    }

    @Transactional
    public WerkgeverResponse vastleggen(WerkgeverRequest r) {
        if (Werkgever.bestaatMetKvk(r.kvkNummer())) {
            throw ProblemException.conflict("Er is al een werkgever met dit KvK-nummer.");
        }
        controleerAccountmanager(r.accountmanagerId());
        OffsetDateTime nu = OffsetDateTime.now(clock);
        Werkgever w = new Werkgever();
        w.id = UUID.randomUUID();
        w.aangemaaktOp = nu;
        vul(w, r, nu);
        w.persist();
        outbox.append(WerkgeverEvents.TOPIC, w.id.toString(), events.create(WerkgeverEvents.WERKGEVER_GEREGISTREERD, w.id, WerkgeverEvents.WerkgeverEvent.van(w)));
        audit.record(AuditLog.Actie.AANMAKEN, "werkgever", w.id, null, "werkgever met contactpersonen vastgelegd");
        return WerkgeverResponse.from(w);
    }

    @Transactional
    public WerkgeverResponse wijzigen(UUID id, WerkgeverRequest r) {
        Werkgever w = werkgever(id);
        if (!w.kvkNummer.equals(r.kvkNummer()) && Werkgever.bestaatMetKvk(r.kvkNummer())) {
            throw ProblemException.conflict("Er is al een werkgever met dit KvK-nummer.");
        }
        controleerAccountmanager(r.accountmanagerId());
        vul(w, r, OffsetDateTime.now(clock));
        outbox.append(WerkgeverEvents.TOPIC, w.id.toString(), events.create(WerkgeverEvents.WERKGEVER_GEWIJZIGD, w.id, WerkgeverEvents.WerkgeverEvent.van(w)));
        audit.record(AuditLog.Actie.WIJZIGEN, "werkgever", w.id, null, "werkgever met contactpersonen gewijzigd");
        return WerkgeverResponse.from(w);
    }

    private static void controleerAccountmanager(UUID id) {
        if (id != null && Accountmanager.findById(id) == null) {
            throw ProblemException.invalid("accountmanagerId", "onbekende accountmanager");
        }
    }

    private static void vul(Werkgever w, WerkgeverRequest r, OffsetDateTime nu) {
        w.naam = r.naam().trim();
        w.kvkNummer = r.kvkNummer();
        w.branche = r.branche().trim().toUpperCase(Locale.ROOT);
        Adres adres = r.adres();
        w.straat = adres == null ? null : adres.straat();
        w.huisnummer = adres == null ? null : adres.huisnummer();
        w.postcode = adres == null || adres.postcode() == null ? null : adres.postcode().replace(" ", "").toUpperCase(Locale.ROOT);
        w.plaats = adres == null ? null : adres.plaats();
        w.accountmanagerId = r.accountmanagerId();
        w.gewijzigdOp = nu;
        w.contactpersonen.clear();
        if (r.contactpersonen() != null) {
            int volgorde = 0;
            for (ContactpersoonRequest c : r.contactpersonen()) {
                Contactpersoon p = new Contactpersoon();
                p.id = UUID.randomUUID();
                p.werkgever = w;
                p.volgorde = volgorde++;
                p.naam = c.naam().trim();
                p.functie = c.functie();
                p.email = c.email();
                p.telefoon = c.telefoon();
                w.contactpersonen.add(p);
            }
        }
    }

    @Transactional
    public WerkgeverResponse raadplegen(UUID id) {
        Werkgever w = werkgever(id);
        audit.record(AuditLog.Actie.RAADPLEGEN, "werkgever", id, null, "werkgever met contactpersonen raadplegen");
        return WerkgeverResponse.from(w);
    }

    @Transactional
    public Page<WerkgeverResponse> zoeken(String branche, String naam, String kvkNummer, UUID accountmanagerId, PageRequest paging) {
        Page<WerkgeverResponse> gevonden = new Zoekopdracht()
                .eq("branche", branche == null ? null : branche.toUpperCase(Locale.ROOT))
                .bevat("naam", naam)
                .eq("kvkNummer", kvkNummer)
                .eq("accountmanagerId", accountmanagerId)
                .pagina(Werkgever.class, "naam, id", paging, WerkgeverResponse::from);
        audit.record(AuditLog.Actie.RAADPLEGEN, "werkgevers", null, null, "werkgevers met contactpersonen zoeken");
        return gevonden;
    }

    @Transactional
    public ContactmomentResponse contactmomentVastleggen(UUID werkgeverId, ContactmomentRequest r) {
        werkgever(werkgeverId);
        if (r.datum().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("datum", "mag niet in de toekomst liggen");
        }
        Contactmoment c = new Contactmoment();
        c.id = UUID.randomUUID();
        c.werkgeverId = werkgeverId;
        c.datum = r.datum();
        c.kanaal = r.kanaal();
        c.verslag = r.verslag();
        c.door = caller.subject();
        c.vastgelegdOp = OffsetDateTime.now(clock);
        c.persist();
        outbox.append(WerkgeverEvents.TOPIC, werkgeverId.toString(), events.create(WerkgeverEvents.CONTACTMOMENT_VASTGELEGD, werkgeverId,
                WerkgeverEvents.WerkgeverEvent.van(c)));
        return ContactmomentResponse.from(c);
    }

    @Transactional
    public Page<ContactmomentResponse> contactmomenten(UUID werkgeverId, LocalDate van, LocalDate tot, PageRequest paging) {
        werkgever(werkgeverId);
        audit.record(AuditLog.Actie.RAADPLEGEN, "contactmomenten", werkgeverId, null, "contactmomenten van een werkgever raadplegen");
        return new Zoekopdracht().verplicht("werkgeverId", werkgeverId).van("datum", van).tot("datum", tot)
                .pagina(Contactmoment.class, "datum desc, vastgelegdOp desc", paging, ContactmomentResponse::from);
    }

    @Transactional
    public PersoneelsbehoefteResponse behoefteVastleggen(UUID werkgeverId, PersoneelsbehoefteRequest r) {
        werkgever(werkgeverId);
        if (r.tot() != null && r.tot().isBefore(r.vanaf())) {
            throw ProblemException.invalid("tot", "ligt voor vanaf");
        }
        Personeelsbehoefte b = new Personeelsbehoefte();
        b.id = UUID.randomUUID();
        b.werkgeverId = werkgeverId;
        b.omschrijving = r.omschrijving();
        b.soort = r.soort();
        b.beroepscode = r.beroepscode();
        b.aantal = r.aantal();
        b.vanaf = r.vanaf();
        b.tot = r.tot();
        b.opleidingstraject = Boolean.TRUE.equals(r.opleidingstraject());
        b.door = caller.subject();
        b.vastgelegdOp = OffsetDateTime.now(clock);
        b.persist();
        outbox.append(WerkgeverEvents.TOPIC, werkgeverId.toString(), events.create(WerkgeverEvents.PERSONEELSBEHOEFTE_VASTGELEGD, werkgeverId,
                WerkgeverEvents.WerkgeverEvent.van(b)));
        return PersoneelsbehoefteResponse.from(b);
    }

    @Transactional
    public Page<PersoneelsbehoefteResponse> behoeften(UUID werkgeverId, boolean alleenToekomstig, PageRequest paging) {
        werkgever(werkgeverId);
        Zoekopdracht zoek = new Zoekopdracht().verplicht("werkgeverId", werkgeverId);
        if (alleenToekomstig) {
            zoek.waar("tot is null or tot >= :vandaag", "vandaag", LocalDate.now(clock));
        }
        return zoek.pagina(Personeelsbehoefte.class, "vanaf, id", paging, PersoneelsbehoefteResponse::from);
    }

    private static Werkgever werkgever(UUID id) {
        Werkgever w = Werkgever.findById(id);
        if (w == null) {
            throw ProblemException.notFound("Werkgever");
        }
        return w;
    }
}
