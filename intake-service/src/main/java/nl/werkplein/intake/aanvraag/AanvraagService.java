package nl.werkplein.intake.aanvraag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.activeringsmail.Activeringsmail;
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
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.identity.Bsn;
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

    @Transactional
    public Aanvraag indienen(AanvraagRequest request) {
        LocalDate aanvraagdatum = Optional.ofNullable(request.aanvraagdatum()).orElse(LocalDate.now(clock));
        UUID klantId = klanten.klantIdVoor(Bsn.of(request.bsn()));
        if (Aanvraag.count("klantId = ?1 and status in ?2", klantId, AanvraagStatus.OPEN) > 0) {
            throw ProblemException.conflict("Er loopt al een aanvraag voor deze klant.");
        }
        boolean startkwalificatie = Boolean.TRUE.equals(request.startkwalificatie());
        Zoekperiode zoekperiode = ZoekperiodeRegels.van(zoekperiodeConfig)
                .bepaal(request.geboortedatum(), aanvraagdatum, request.meldingUwvDatum(), startkwalificatie);

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
        aanvraag.startkwalificatie = startkwalificatie;
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
            // two requests for one BSN at the same moment: the partial unique index lets one through
            throw ProblemException.conflict("Er loopt al een aanvraag voor deze klant.");
        }
        publicatie.publiceer(AanvraagEvents.INGEDIEND, aanvraag);
        audit.record(AuditLog.Actie.AANMAKEN, "aanvraag", aanvraag.id, klantId, "aanvraag indienen");
        return aanvraag;
    }

    /** The answer to the caller who just filed it (the filing itself is audited). */
    @Transactional
    public AanvraagResponse raadplegenZonderAudit(Aanvraag aanvraag) {
        return AanvraagResponse.from(aanvraag, verplichtingen(aanvraag.id));
    }

    @Transactional
    public AanvraagResponse raadplegen(UUID id) {
        Aanvraag aanvraag = eigen(id);
        audit.record(AuditLog.Actie.RAADPLEGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "aanvraag inzien");
        return AanvraagResponse.from(aanvraag, verplichtingen(aanvraag.id));
    }

    @Transactional
    public Page<AanvraagResponse> zoeken(UUID klantId, AanvraagStatus status, LocalDate zoekperiodeEindigtVoor, PageRequest paging) {
        if (caller.klantId().isPresent()) {
            klantId = caller.klantId().get(); // a klant lists only their own
        } else if (caller.is(nl.werkplein.platform.security.Roles.KLANT)) {
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
        Map<UUID, List<Verplichting>> perAanvraag = items.isEmpty() ? Map.of()
                : Verplichting.<Verplichting>list("sleutel.aanvraagId in ?1 order by sleutel.soort", items.stream().map(a -> a.id).toList())
                        .stream().collect(java.util.stream.Collectors.groupingBy(v -> v.sleutel.aanvraagId()));
        List<AanvraagResponse> responses = new ArrayList<>();
        for (Aanvraag a : items) {
            audit.record(AuditLog.Actie.RAADPLEGEN, "aanvraag", a.id, a.klantId, "aanvragen zoeken");
            responses.add(AanvraagResponse.from(a, perAanvraag.getOrDefault(a.id, List.of())));
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
            audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "aanvraag bevestigen");
        } else if (aanvraag.bevestigdOp == null) {
            throw ProblemException.conflict("Een aanvraag met status " + aanvraag.status + " kan niet meer worden bevestigd.");
        }
        return AanvraagResponse.from(aanvraag, verplichtingen(aanvraag.id));
    }

    @Transactional
    public AanvraagResponse verplichtingBijwerken(UUID id, VerplichtingSoort soort, VerplichtingRequest request) {
        Aanvraag aanvraag = eigen(id);
        if (request.sollicitaties() != null && !request.sollicitaties().isEmpty() && soort != VerplichtingSoort.SOLLICITATIES) {
            throw ProblemException.invalid("sollicitaties", "horen alleen bij SOLLICITATIES");
        }
        if (!aanvraag.isOpen()) {
            throw ProblemException.conflict("De aanvraag is afgerond (" + aanvraag.status + ").");
        }
        Verplichting verplichting = Verplichting.findById(new Verplichting.Sleutel(aanvraag.id, soort));
        verplichting.nagekomen = request.nagekomen();
        verplichting.toelichting = request.toelichting();
        verplichting.gewijzigdOp = OffsetDateTime.now(clock);
        verplichting.gewijzigdDoor = caller.subject();
        if (request.sollicitaties() != null) {
            for (VerplichtingRequest.SollicitatieRequest s : request.sollicitaties()) {
                Sollicitatie sollicitatie = new Sollicitatie();
                sollicitatie.id = UUID.randomUUID();
                sollicitatie.aanvraagId = aanvraag.id;
                sollicitatie.datum = s.datum();
                sollicitatie.werkgever = s.werkgever();
                sollicitatie.functie = s.functie();
                sollicitatie.vastgelegdOp = verplichting.gewijzigdOp;
                sollicitatie.persist();
            }
        }
        audit.record(AuditLog.Actie.WIJZIGEN, "verplichting", aanvraag.id + "/" + soort, aanvraag.klantId, "verplichting bijwerken");
        return AanvraagResponse.from(aanvraag, verplichtingen(aanvraag.id));
    }

    @Transactional
    public AanvraagResponse startkwalificatieUitzondering(UUID id, String toelichting) {
        Aanvraag aanvraag = gevonden(id);
        if (!aanvraag.adviesTerugNaarSchool) {
            throw ProblemException.conflict("Voor deze aanvraag geldt geen advies terug naar school.");
        }
        aanvraag.startkwalificatieUitzondering = toelichting;
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "startkwalificatie niet haalbaar vastleggen");
        return AanvraagResponse.from(aanvraag, verplichtingen(aanvraag.id));
    }

    /** The decision at the first conversation; only in GESPREK_GEPLAND. */
    @Transactional
    public AanvraagResponse besluiten(UUID id, BesluitRequest besluit) {
        Aanvraag aanvraag = gevonden(id);
        if (besluit.uitkomst() == BesluitRequest.Uitkomst.AFGEWEZEN && (besluit.reden() == null || besluit.reden().isBlank())) {
            throw ProblemException.invalid("reden", "is verplicht bij AFGEWEZEN");
        }
        if (aanvraag.status != AanvraagStatus.GESPREK_GEPLAND) {
            throw ProblemException.conflict("Een besluit kan alleen na het gesprek (status GESPREK_GEPLAND); nu " + aanvraag.status + ".");
        }
        aanvraag.status = besluit.uitkomst() == BesluitRequest.Uitkomst.TOEGEKEND ? AanvraagStatus.TOEGEKEND : AanvraagStatus.AFGEWEZEN;
        aanvraag.verplichtingenNagekomen = besluit.verplichtingenNagekomen();
        aanvraag.besluitReden = besluit.reden();
        aanvraag.besluitOp = OffsetDateTime.now(clock);
        publicatie.publiceer(aanvraag.status == AanvraagStatus.TOEGEKEND ? AanvraagEvents.TOEGEKEND : AanvraagEvents.AFGEWEZEN, aanvraag);
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "besluit " + aanvraag.status);
        return AanvraagResponse.from(aanvraag, verplichtingen(aanvraag.id));
    }

    /** Leaving early: work, school, or withdrawn; from any open status. */
    @Transactional
    public AanvraagResponse uitstromen(UUID id, UitstroomReden reden) {
        Aanvraag aanvraag = eigen(id);
        if (!aanvraag.isOpen()) {
            throw ProblemException.conflict("De aanvraag is al afgerond (" + aanvraag.status + ").");
        }
        aanvraag.status = AanvraagStatus.UITGESTROOMD;
        aanvraag.uitstroomReden = reden;
        aanvraag.uitgestroomdOp = OffsetDateTime.now(clock);
        publicatie.publiceer(AanvraagEvents.UITGESTROOMD, aanvraag);
        audit.record(AuditLog.Actie.WIJZIGEN, "aanvraag", aanvraag.id, aanvraag.klantId, "uitstroom " + reden);
        return AanvraagResponse.from(aanvraag, verplichtingen(aanvraag.id));
    }

    /**
     * screening-service reports a submitted Entreevragenlijst: the obligation is met on the client's
     * latest aanvraag that is still open, also after its einddatum.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean entreevragenlijstIngevuld(UUID klantId) {
        Optional<Aanvraag> open = Aanvraag.<Aanvraag>find("klantId = ?1 and status in ?2 order by ingediendOp desc",
                klantId, AanvraagStatus.OPEN).firstResultOptional();
        if (open.isEmpty()) {
            return false;
        }
        Verplichting verplichting = Verplichting.findById(new Verplichting.Sleutel(open.get().id, VerplichtingSoort.ENTREEVRAGENLIJST));
        verplichting.nagekomen = true;
        verplichting.toelichting = "ingevuld (screening-service)";
        verplichting.gewijzigdOp = OffsetDateTime.now(clock);
        verplichting.gewijzigdDoor = "screening-service";
        return true;
    }

    private Aanvraag gevonden(UUID id) {
        Aanvraag aanvraag = Aanvraag.findById(id);
        if (aanvraag == null) {
            throw ProblemException.notFound("Aanvraag " + id);
        }
        return aanvraag;
    }

    /** The aanvraag, if the caller may see it: a klant only their own (else 404, as if absent). */
    private Aanvraag eigen(UUID id) {
        Aanvraag aanvraag = gevonden(id);
        caller.requireOwnIfKlant(aanvraag.klantId, "Aanvraag " + id);
        return aanvraag;
    }

    private static List<Verplichting> verplichtingen(UUID aanvraagId) {
        return Verplichting.<Verplichting>list("sleutel.aanvraagId = ?1 order by sleutel.soort", aanvraagId);
    }
}
