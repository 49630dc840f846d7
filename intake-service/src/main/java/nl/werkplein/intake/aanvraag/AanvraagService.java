package nl.werkplein.intake.aanvraag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.activeringsmail.Activeringsmail;
import nl.werkplein.intake.tijdiggeld.TermijnBewaking;
import nl.werkplein.intake.tijdiggeld.Voorschot;
import nl.werkplein.intake.tijdiggeld.VoorschotRequest;
import nl.werkplein.intake.verplichting.VerplichtingenStand;
import nl.werkplein.intake.besluit.BesluitRequest;
import nl.werkplein.intake.gesprek.GesprekPlanner;
import nl.werkplein.intake.klant.KlantRegister;
import nl.werkplein.intake.verplichting.Verplichting;
import nl.werkplein.intake.verplichting.VerplichtingSoort;
import nl.werkplein.intake.zoekperiode.Zoekperiode;
import nl.werkplein.intake.zoekperiode.ZoekperiodeConfig;
import nl.werkplein.intake.zoekperiode.ZoekperiodeRegels;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.security.Roles;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.intake.klant.Bsn;
import nl.werkplein.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The lifecycle of an aanvraag (domain.md §1): every transition and its event commit together. */
@ApplicationScoped
public class AanvraagService {

    @Inject
    KlantRegister klanten;
    @Inject
    AanvraagPublicatie publicatie;
    @Inject
    Activeringsmail activeringsmail;
    @Inject
    GesprekPlanner gesprekken;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    ZoekperiodeConfig zoekperiodeConfig;
    @Inject
    EntityManager em;
    @Inject
    TermijnBewaking termijnen;

    @Transactional
    public Aanvraag indienen(AanvraagRequest request) {
        LocalDate aanvraagdatum = Optional.ofNullable(request.aanvraagdatum()).orElse(LocalDate.now(clock));
        UUID klantId = klanten.klantIdVoor(Bsn.of(request.bsn()));
        if (Aanvraag.heeftOpen(klantId)) {
            throw ProblemException.conflict("Er loopt al een aanvraag voor deze klant.");
        }
        // GeldigeAanvraag made it required for a jongere; from 27 an unknown one does not matter to the rules
        Zoekperiode zoekperiode = ZoekperiodeRegels.van(zoekperiodeConfig)
                .bepaal(request.geboortedatum(), aanvraagdatum, request.meldingUwvDatum(), Boolean.TRUE.equals(request.startkwalificatie()));

        Aanvraag aanvraag = Aanvraag.ingediend(klantId, OffsetDateTime.now(clock));
        aanvraag.kanaal = request.kanaalOfStandaard();
        aanvraag.geboortedatum = request.geboortedatum();
        aanvraag.email = request.email().trim();
        aanvraag.postcode = request.postcode() == null || request.postcode().isBlank() ? null
                : request.postcode().replace(" ", "").toUpperCase();
        aanvraag.briefadres = request.briefadres();
        aanvraag.aanvraagdatum = aanvraagdatum;
        aanvraag.meldingUwvDatum = request.meldingUwvDatum();
        aanvraag.startkwalificatie = request.startkwalificatie();
        aanvraag.leeftijd = zoekperiode.leeftijd();
        aanvraag.zoekperiodeBegindatum = zoekperiode.begindatum();
        aanvraag.zoekperiodeEinddatum = zoekperiode.einddatum();
        aanvraag.ingangsdatumUitkering = zoekperiode.ingangsdatumUitkering();
        aanvraag.inspanning = zoekperiode.inspanning();
        aanvraag.adviesTerugNaarSchool = zoekperiode.adviesTerugNaarSchool();
        try {
            aanvraag.persist();
            for (VerplichtingSoort soort : VerplichtingSoort.values()) {
                Verplichting.nieuw(aanvraag.id, soort).persist();
            }
            em.flush();
        } catch (PersistenceException e) {
            // two requests for one BSN at the same moment: the partial unique index lets one through;
            // any other failure (a broken connection above all) is not a conflict and stays what it is
            if (nl.werkplein.platform.api.DatabaseFailures.uniqueViolation(e, "aanvraag_een_open_per_klant")) {
                throw ProblemException.conflict("Er loopt al een aanvraag voor deze klant.");
            }
            throw e;
        }
        publicatie.publiceer(AanvraagEvents.INGEDIEND, aanvraag);
        termijnen.herbereken(aanvraag);
        audit.record(AuditLog.Actie.AANMAKEN, "aanvraag", aanvraag.id, klantId, "aanvraag indienen");
        return aanvraag;
    }

    /** The answer to the caller who just filed it (the filing itself is audited). */
    @Transactional
    public AanvraagResponse raadplegenZonderAudit(Aanvraag aanvraag) {
        return antwoord(aanvraag);
    }

    @Transactional
    public AanvraagResponse raadplegen(UUID id) {
        Aanvraag aanvraag = Aanvraag.gevonden(id, jakarta.persistence.LockModeType.NONE);
        caller.requireOwnIfKlant(aanvraag.klantId, "Aanvraag " + id);
        audit.record(AuditLog.Actie.RAADPLEGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "aanvraag inzien");
        return antwoord(aanvraag);
    }

    @Transactional
    public Page<AanvraagResponse> zoeken(UUID klantId, AanvraagStatus status, LocalDate zoekperiodeEindigtVoor, PageRequest paging) {
        if (caller.klantId().isPresent()) {
            klantId = caller.klantId().get(); // a klant lists only their own
        } else if (caller.is(Roles.KLANT)) {
            return new Page<>(List.of(), paging.page(), paging.size(), 0);
        }
        Zoekopdracht zoek = new Zoekopdracht().eq("klantId", klantId).eq("status", status);
        if (zoekperiodeEindigtVoor != null) {
            zoek.waar("zoekperiodeEinddatum < :eindigtVoor", "eindigtVoor", zoekperiodeEindigtVoor);
        }
        var found = zoek.<Aanvraag>query(Aanvraag.class, "ingediendOp desc, id");
        long totaal = found.count();
        List<Aanvraag> items = found.page(paging.page() - 1, paging.size()).list();
        // the obligations of the whole page in one query, not one per aanvraag
        List<UUID> ids = items.stream().map(a -> a.id).toList();
        Map<UUID, List<Verplichting>> perAanvraag = items.isEmpty() ? Map.of()
                : Verplichting.vanAanvragen(ids)
                        .stream().collect(java.util.stream.Collectors.groupingBy(v -> v.sleutel.aanvraagId()));
        Map<UUID, List<Voorschot>> voorschotten = items.isEmpty() ? Map.of()
                : Voorschot.vanAanvragen(ids)
                        .stream().collect(java.util.stream.Collectors.groupingBy(v -> v.aanvraagId));
        List<AanvraagResponse> responses = new ArrayList<>();
        for (Aanvraag a : items) {
            audit.record(AuditLog.Actie.RAADPLEGEN, "aanvraag", a.id, a.klantId, "aanvragen zoeken");
            responses.add(AanvraagResponse.from(a, perAanvraag.getOrDefault(a.id, List.of()), voorschotten.getOrDefault(a.id, List.of())));
        }
        return new Page<>(responses, paging.page(), paging.size(), totaal);
    }

    /** The KCC confirmation: the zoekperiode starts and the activeringsmail is queued, once. */
    @Transactional
    public AanvraagResponse bevestigen(UUID id) {
        Aanvraag aanvraag = gevonden(id);
        if (aanvraag.bevestig(OffsetDateTime.now(clock))) {
            publicatie.publiceer(AanvraagEvents.BEVESTIGD, aanvraag);
            activeringsmail.plaats(aanvraag);
            if (!aanvraag.zoekperiodeEinddatum.isAfter(LocalDate.now(clock))) {
                gesprekken.plan(aanvraag); // the zoekperiode is already over (an old melding)
            }
            termijnen.herbereken(aanvraag); // complete now: the advance point is known
            audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "aanvraag bevestigen");
        }
        return antwoord(aanvraag);
    }

    @Transactional
    public AanvraagResponse startkwalificatieUitzondering(UUID id, String toelichting) {
        Aanvraag aanvraag = gevonden(id);
        if (!aanvraag.adviesTerugNaarSchool) {
            throw ProblemException.conflict("Voor deze aanvraag geldt geen advies terug naar school.");
        }
        if (!aanvraag.isOpen()) {
            throw ProblemException.conflict("Over de aanvraag is al beslist (" + aanvraag.status + ").");
        }
        aanvraag.startkwalificatieUitzondering = toelichting;
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "startkwalificatie niet haalbaar vastleggen");
        return antwoord(aanvraag);
    }

    /** The decision at the first conversation; only in GESPREK_GEPLAND. The rules are on {@link Aanvraag#besluit}. */
    @Transactional
    public AanvraagResponse besluiten(UUID id, BesluitRequest besluit) {
        Aanvraag aanvraag = gevonden(id);
        VerplichtingenStand stand = VerplichtingenStand.van(verplichtingen(aanvraag.id));
        aanvraag.besluit(besluit.uitkomst(), besluit.verplichtingenNagekomen(), besluit.reden(), stand, caller.subject(),
                OffsetDateTime.now(clock));
        publicatie.publiceer(aanvraag.status == AanvraagStatus.TOEGEKEND ? AanvraagEvents.TOEGEKEND : AanvraagEvents.AFGEWEZEN, aanvraag);
        gesprekken.gevoerd(aanvraag, caller.subject()); // decided after the conversation
        termijnen.herbereken(aanvraag);
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "besluit " + aanvraag.status);
        return antwoord(aanvraag);
    }

    /** An advance while the right is not yet established (domain.md 1.9). */
    @Transactional
    public AanvraagResponse voorschotVastleggen(UUID id, VoorschotRequest request) {
        Aanvraag aanvraag = gevonden(id);
        aanvraag.vereisVoorschotMogelijk(request.datum(), LocalDate.now(clock));
        Voorschot voorschot = new Voorschot();
        voorschot.id = UUID.randomUUID();
        voorschot.aanvraagId = aanvraag.id;
        voorschot.bedrag = request.bedrag();
        voorschot.datum = request.datum();
        voorschot.vastgelegdOp = OffsetDateTime.now(clock);
        voorschot.vastgelegdDoor = caller.subject();
        voorschot.persist();
        publicatie.voorschotVastgelegd(aanvraag, new AanvraagEvents.VoorschotData(voorschot.bedrag, voorschot.datum));
        termijnen.herbereken(aanvraag);
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "voorschot vastleggen");
        return antwoord(aanvraag);
    }

    /** Leaving early: work, school, or withdrawn; from any open status. */
    @Transactional
    public AanvraagResponse uitstromen(UUID id, UitstroomReden reden) {
        Aanvraag aanvraag = eigen(id);
        aanvraag.stroomUit(reden, OffsetDateTime.now(clock));
        gesprekken.vervallen(aanvraag, caller.subject()); // a slot still ahead is free again
        publicatie.publiceer(AanvraagEvents.UITGESTROOMD, aanvraag);
        termijnen.herbereken(aanvraag);
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "uitstroom " + reden);
        return antwoord(aanvraag);
    }

    private static Aanvraag gevonden(UUID id) {
        return Aanvraag.vergrendeld(id);
    }

    /** The aanvraag to change, if the caller may see it: a klant only their own (else 404, as if absent). */
    public Aanvraag eigen(UUID id) {
        Aanvraag aanvraag = Aanvraag.vergrendeld(id);
        caller.requireOwnIfKlant(aanvraag.klantId, "Aanvraag " + id);
        return aanvraag;
    }

    /** The aanvraag as the API shows it, with its obligations and advances. */
    public AanvraagResponse antwoord(Aanvraag aanvraag) {
        return AanvraagResponse.from(aanvraag, verplichtingen(aanvraag.id),
                Voorschot.vanAanvraag(aanvraag.id));
    }

    public static List<Verplichting> verplichtingen(UUID aanvraagId) {
        return Verplichting.vanAanvraag(aanvraagId);
    }
}
