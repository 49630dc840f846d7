package nl.werkplein.intake.aanvraag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.activeringsmail.Activeringsmail;
import nl.werkplein.intake.beeindiging.BeeindigingRequest;
import nl.werkplein.intake.tijdiggeld.TermijnBewaking;
import nl.werkplein.intake.tijdiggeld.Voorschot;
import nl.werkplein.intake.tijdiggeld.VoorschotRequest;
import nl.werkplein.intake.verplichting.VerplichtingenStand;
import nl.werkplein.intake.besluit.BesluitRequest;
import nl.werkplein.intake.gesprek.GesprekPlanner;
import nl.werkplein.intake.klant.KlantRegister;
import nl.werkplein.intake.verplichting.Sollicitatie;
import nl.werkplein.intake.verplichting.Verplichting;
import nl.werkplein.intake.verplichting.VerplichtingRequest;
import nl.werkplein.intake.verplichting.VerplichtingSoort;
import nl.werkplein.intake.zoekperiode.Zoekperiode;
import nl.werkplein.intake.zoekperiode.ZoekperiodeConfig;
import nl.werkplein.intake.zoekperiode.ZoekperiodeRegels;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.Zoekopdracht;
import nl.werkplein.platform.api.Problem;
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
        if (Aanvraag.count("klantId = ?1 and status in ?2", klantId, AanvraagStatus.OPEN) > 0) {
            throw ProblemException.conflict("Er loopt al een aanvraag voor deze klant.");
        }
        // GeldigeAanvraag made it required for a jongere; from 27 an unknown one does not matter to the rules
        Zoekperiode zoekperiode = ZoekperiodeRegels.van(zoekperiodeConfig)
                .bepaal(request.geboortedatum(), aanvraagdatum, request.meldingUwvDatum(), Boolean.TRUE.equals(request.startkwalificatie()));

        Aanvraag aanvraag = new Aanvraag();
        aanvraag.id = UUID.randomUUID();
        aanvraag.klantId = klantId;
        aanvraag.status = AanvraagStatus.INGEDIEND;
        aanvraag.kanaal = request.kanaalOfStandaard();
        aanvraag.geboortedatum = request.geboortedatum();
        aanvraag.email = request.email().trim();
        aanvraag.postcode = request.postcode() == null || request.postcode().isBlank() ? null
                : request.postcode().replace(" ", "").toUpperCase();
        aanvraag.briefadres = request.briefadres();
        aanvraag.aanvraagdatum = aanvraagdatum;
        aanvraag.meldingUwvDatum = request.meldingUwvDatum();
        aanvraag.startkwalificatie = request.startkwalificatie();
        aanvraag.ingediendOp = OffsetDateTime.now(clock);
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
        Aanvraag aanvraag = gevonden(id, jakarta.persistence.LockModeType.NONE);
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
                : Verplichting.<Verplichting>list("sleutel.aanvraagId in ?1 order by sleutel.soort", ids)
                        .stream().collect(java.util.stream.Collectors.groupingBy(v -> v.sleutel.aanvraagId()));
        Map<UUID, List<Voorschot>> voorschotten = items.isEmpty() ? Map.of()
                : Voorschot.<Voorschot>list("aanvraagId in ?1 order by datum, vastgelegdOp", ids)
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
        if (aanvraag.status == AanvraagStatus.INGEDIEND) {
            aanvraag.status = AanvraagStatus.ZOEKPERIODE;
            aanvraag.bevestigdOp = OffsetDateTime.now(clock);
            publicatie.publiceer(AanvraagEvents.BEVESTIGD, aanvraag);
            activeringsmail.plaats(aanvraag);
            if (!aanvraag.zoekperiodeEinddatum.isAfter(LocalDate.now(clock))) {
                gesprekken.plan(aanvraag); // the zoekperiode is already over (an old melding)
            }
            termijnen.herbereken(aanvraag); // complete now: the advance point is known
            audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "aanvraag bevestigen");
        } else if (aanvraag.bevestigdOp == null) {
            throw ProblemException.conflict("Een aanvraag met status " + aanvraag.status + " kan niet meer worden bevestigd.");
        }
        return antwoord(aanvraag);
    }

    /**
     * Obligations are shown, not claimed (domain.md 1.10): a klant reports one as met with evidence, a
     * consulent verifies or rejects it. ENTREEVRAGENLIJST cannot be set here at all.
     */
    @Transactional
    public AanvraagResponse verplichtingBijwerken(UUID id, VerplichtingSoort soort, VerplichtingRequest request) {
        Aanvraag aanvraag = eigen(id);
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

    /** A consulent's or rechtmatigheid's recorded end of the granted benefit (domain.md 1.11). */
    @Transactional
    public AanvraagResponse beeindigen(UUID id, BeeindigingRequest request) {
        Aanvraag aanvraag = gevonden(id);
        aanvraag.beeindig(request.reden(), request.datum(), null, caller.subject(), OffsetDateTime.now(clock));
        publicatie.publiceer(AanvraagEvents.BEEINDIGD, aanvraag);
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "uitkering beeindigen " + request.reden());
        return antwoord(aanvraag);
    }

    /**
     * A placement with full outflow ends the client's granted benefit on its startdatum (reden WERK);
     * without a granted benefit nothing changes. In the consumer's transaction.
     *
     * @return whether a benefit ended
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean beeindigenDoorPlaatsing(UUID klantId, UUID plaatsingId, LocalDate startdatum) {
        Optional<Aanvraag> toegekend = Aanvraag.<Aanvraag>find("klantId = ?1 and status = ?2 order by besluitOp desc",
                klantId, AanvraagStatus.TOEGEKEND).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
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
        if (!aanvraag.isOpen()) {
            throw ProblemException.conflict("De aanvraag is al afgerond (" + aanvraag.status + ").");
        }
        aanvraag.status = AanvraagStatus.UITGESTROOMD;
        gesprekken.vervallen(aanvraag, caller.subject()); // a slot still ahead is free again
        aanvraag.uitstroomReden = reden;
        aanvraag.uitgestroomdOp = OffsetDateTime.now(clock);
        publicatie.publiceer(AanvraagEvents.UITGESTROOMD, aanvraag);
        termijnen.herbereken(aanvraag);
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "uitstroom " + reden);
        return antwoord(aanvraag);
    }

    /**
     * screening-service reports a submitted Entreevragenlijst: the obligation is met on the client's
     * latest aanvraag that is still open, also after its einddatum. Nothing else meets it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean entreevragenlijstIngediend(UUID klantId, UUID beoordelingId) {
        Optional<Aanvraag> open = Aanvraag.<Aanvraag>find("klantId = ?1 and status in ?2 order by ingediendOp desc",
                klantId, AanvraagStatus.OPEN).firstResultOptional();
        if (open.isEmpty()) {
            return false;
        }
        Verplichting verplichting = Verplichting.findById(new Verplichting.Sleutel(open.get().id, VerplichtingSoort.ENTREEVRAGENLIJST));
        verplichting.entreevragenlijstIngediend("Entreevragenlijst ingediend" + (beoordelingId == null ? "" : " (beoordeling " + beoordelingId + ")"),
                OffsetDateTime.now(clock));
        return true;
    }

    /**
     * The aanvraag to change, its row locked for this transaction: a change that meets the mail
     * sender or due work on the same row waits for it instead of failing on the version (a 500).
     */
    private Aanvraag gevonden(UUID id) {
        return gevonden(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private Aanvraag gevonden(UUID id, jakarta.persistence.LockModeType lock) {
        Aanvraag aanvraag = Aanvraag.findById(id, lock);
        if (aanvraag == null) {
            throw ProblemException.notFound("Aanvraag " + id);
        }
        return aanvraag;
    }

    /** The aanvraag to change, if the caller may see it: a klant only their own (else 404, as if absent). */
    private Aanvraag eigen(UUID id) {
        Aanvraag aanvraag = gevonden(id);
        caller.requireOwnIfKlant(aanvraag.klantId, "Aanvraag " + id);
        return aanvraag;
    }

    /** The aanvraag as the API shows it, with its obligations and advances. */
    public AanvraagResponse antwoord(Aanvraag aanvraag) {
        return AanvraagResponse.from(aanvraag, verplichtingen(aanvraag.id),
                Voorschot.<Voorschot>list("aanvraagId = ?1 order by datum, vastgelegdOp", aanvraag.id));
    }

    private static List<Verplichting> verplichtingen(UUID aanvraagId) {
        return Verplichting.<Verplichting>list("sleutel.aanvraagId = ?1 order by sleutel.soort", aanvraagId);
    }
}
