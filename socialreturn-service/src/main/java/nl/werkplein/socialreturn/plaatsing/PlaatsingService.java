package nl.werkplein.socialreturn.plaatsing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.socialreturn.bouwblok.Bouwblokken;
import nl.werkplein.socialreturn.bouwblok.Doelgroep;
import nl.werkplein.socialreturn.bouwblok.Herwaardering;
import nl.werkplein.socialreturn.bouwblok.TarieftabelService;
import nl.werkplein.socialreturn.contract.ContractEvents;
import nl.werkplein.socialreturn.contract.ContractService;
import nl.werkplein.socialreturn.partner.PartnerService;
import nl.werkplein.socialreturn.plaatsing.PlaatsingRepository.Rij;
import nl.werkplein.socialreturn.plaatsing.PlaatsingRepository.Stand;
import nl.werkplein.socialreturn.vacature.Bron;
import nl.werkplein.socialreturn.vacature.Soort;
import nl.werkplein.socialreturn.vacature.Vacature;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Credits a realised placement to the contract behind the vacancy this service routed (domain.md 7.4):
 * a SOCIAL_RETURN place's own contract, or for a partner's vacancy the partner's contract running on
 * the placement's startdatum. Once per plaatsingId, whatever the number of events; always as the soort
 * the place was registered with (the vacancy's), never the placement's. A placement that ends before
 * its planned end is re-valued on the months worked ({@link Herwaardering}); a placement of a person who
 * already has a credited placement overlapping it in time is recorded but not credited, until an early
 * end frees that time. The SQL is in {@link PlaatsingRepository}.
 */
@ApplicationScoped
public class PlaatsingService {

    private static final Logger LOG = Logger.getLogger(PlaatsingService.class);

    /** What this service reads of employer-service's plaatsing-gerealiseerd (tolerant reader; the klantId only as a one-way key). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gerealiseerd(UUID plaatsingId, UUID vacatureId, UUID klantId, String soort, LocalDate startdatum, Integer urenPerWeek,
                               Integer duurMaanden, String doelgroep, Boolean vijftigPlus) {
    }

    /** What this service reads of employer-service's plaatsing-beeindigd. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Beeindigd(UUID plaatsingId, UUID vacatureId, LocalDate einddatum, String reden) {
    }

    @Inject
    PlaatsingRepository repository;
    @Inject
    EntityManager em;
    @Inject
    CloudEvents events;
    @Inject
    Outbox outbox;
    @Inject
    TarieftabelService tarieven;
    @Inject
    Clock clock;
    @Inject
    ContractService contracten;
    @Inject
    PartnerService partners;

    /**
     * In the consumer's transaction; plaatsingId and vacatureId are checked before it.
     *
     * @param event the event's type and id, for the reason of a dead letter
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void gerealiseerd(Gerealiseerd p, String event) {
        Vacature vacature = em.find(Vacature.class, p.vacatureId());
        if (vacature == null) {
            // an employer's own vacancy (bron WERKGEVER): not Social Return yield
            LOG.debugf("plaatsing %s: vacancy %s was not routed by this service; ignored", p.plaatsingId(), p.vacatureId());
            return;
        }
        // the place is credited as it was registered (domain.md 7.4), whatever the placement says
        Soort soort = vacature.soort;
        if (p.soort() != null) {
            Soort gemeld = enumOf(Soort.class, p.soort(), "soort", event);
            if (gemeld != soort) {
                LOG.infof("plaatsing %s says %s; credited as the place's registered %s", p.plaatsingId(), gemeld, soort);
            }
        }
        Doelgroep doelgroep = p.doelgroep() == null ? null : enumOf(Doelgroep.class, p.doelgroep(), "doelgroep", event);
        if (p.startdatum() == null || p.urenPerWeek() == null || p.urenPerWeek() < 1 || p.duurMaanden() == null || p.duurMaanden() < 1) {
            throw new InvalidEventException(event + " needs startdatum, urenPerWeek >= 1 and duurMaanden >= 1");
        }
        // a place belongs to the contract it was registered under; a partner's vacancy to the partner's
        // contract running when the placement starts (framework contracts follow each other)
        UUID contractId = vacature.bron == Bron.SOCIAL_RETURN ? vacature.contractId
                : repository.partnerContract(vacature.partnerId, p.startdatum()).orElse(vacature.contractId);
        String sleutel = klantSleutel(p.klantId());
        if (sleutel != null) {
            repository.vergrendel(sleutel);
        }
        Bouwblokken.Tabel tabel = tarieven.geldigOp(p.startdatum());
        Bouwblokken.Waardering w = Bouwblokken.waardeer(tabel, soort, doelgroep, Boolean.TRUE.equals(p.vijftigPlus()),
                p.urenPerWeek(), p.duurMaanden());
        // recorded first, not counting; rekenToe decides whether it counts
        boolean nieuw = repository.vastleggen(new PlaatsingRepository.Vastlegging(p.plaatsingId(), vacature.id, contractId,
                vacature.partnerId, soort, doelgroep, p.startdatum(), p.urenPerWeek(), p.duurMaanden(), Boolean.TRUE.equals(p.vijftigPlus()),
                w.tabelVersie(), w.berekening(), OffsetDateTime.now(clock), sleutel,
                Herwaardering.laatsteGeplandeDag(p.startdatum(), p.duurMaanden())));
        if (!nieuw) {
            return; // this plaatsingId was recorded before (another event for the same placement)
        }
        // an end that arrived before this credit (kept aside) is applied now, so the end is known to the overlap check
        repository.wachtendEindeNemen(p.plaatsingId()).ifPresent(e -> repository.eindeZetten(p.plaatsingId(), e.einddatum(), e.reden()));
        rekenToe(repository.laad(p.plaatsingId()).orElseThrow());
    }

    /**
     * Credits a recorded placement when it may count: it has a contract, and its person has no other
     * credited placement overlapping it in time. A credited placement that already ended early is then
     * re-valued at once.
     */
    private void rekenToe(Rij r) {
        if (r.toegerekend()) {
            return;
        }
        if (r.contractId() == null) {
            String reden = "geen contract van partner " + r.partnerId() + " loopt op " + r.startdatum();
            repository.nietToegerekend(r.plaatsingId(), reden, null);
            LOG.infof("plaatsing %s: %s; recorded, not credited", r.plaatsingId(), reden);
            return;
        }
        if (r.klantSleutel() != null) {
            Optional<PlaatsingRepository.Overlap> overlap = repository.overlap(r.klantSleutel(), r.plaatsingId(), r.startdatum(), r.laatsteDag());
            if (overlap.isPresent()) {
                PlaatsingRepository.Overlap o = overlap.get();
                String reden = "overlapt met toegerekende plaatsing " + o.plaatsingId() + " van dezelfde persoon (" + o.startdatum()
                        + " t/m " + o.laatsteDag() + "): niets telt twee keer voor één persoon tegelijk";
                repository.nietToegerekend(r.plaatsingId(), reden, o.plaatsingId());
                LOG.infof("plaatsing %s: %s; recorded, not credited", r.plaatsingId(), reden);
                return;
            }
        }
        Bouwblokken.Waardering w = Bouwblokken.waardeer(tarieven.versie(r.tarieftabelVersie()), r.soort(), r.doelgroep(),
                r.vijftigPlus(), r.urenPerWeek(), r.duurMaanden());
        repository.toegerekend(r.plaatsingId(), w.waarde(), w.berekening(), OffsetDateTime.now(clock));
        Stand stand = repository.boek(r.contractId(), w.waarde());
        outbox.append(ContractEvents.TOPIC, r.contractId().toString(), events.create(ContractEvents.PLAATSING_TOEGEREKEND, r.contractId(),
                new ContractEvents.Toegerekend(r.contractId(), r.plaatsingId(), repository.vacatureVan(r.plaatsingId()), r.soort(), w.waarde(),
                        w.tabelVersie(), stand.gerealiseerd(), stand.verplichting(), stand.percentage())));
        if (r.einddatum() != null) {
            herwaardeer(repository.laad(r.plaatsingId()).orElseThrow());
        }
    }

    /** In the consumer's transaction; plaatsingId and einddatum are checked before it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beeindigd(Beeindigd e) {
        Optional<Rij> gevonden = repository.laad(e.plaatsingId());
        if (gevonden.isEmpty()) {
            if (e.vacatureId() == null || em.find(Vacature.class, e.vacatureId()) == null) {
                LOG.debugf("plaatsing %s ended on a vacancy this service did not route; ignored", e.plaatsingId());
                return;
            }
            // its credit has not arrived (it normally comes first on the same partition): keep the end for it
            repository.wachtendEindeBewaren(e.plaatsingId(), e.einddatum(), e.reden(), OffsetDateTime.now(clock));
            LOG.infof("plaatsing %s ended before its credit arrived; the end is applied when it does", e.plaatsingId());
            return;
        }
        Rij r = gevonden.get();
        if (r.klantSleutel() != null) {
            repository.vergrendel(r.klantSleutel());
        }
        if (!repository.beeindigen(e.plaatsingId(), e.einddatum(), e.reden())) {
            LOG.debugf("plaatsing %s: its end was recorded before; nothing changes", e.plaatsingId());
            return;
        }
        if (r.toegerekend()) {
            herwaardeer(repository.laad(e.plaatsingId()).orElseThrow());
        }
        if (r.klantSleutel() != null && e.einddatum().isBefore(r.laatsteDag())) {
            // the time after an early end is free: a placement of the same person held back for overlapping it may count now
            repository.wachtendOpOverlap(r.klantSleutel()).forEach(id -> rekenToe(repository.laad(id).orElseThrow()));
        }
    }

    /** Re-values a credited placement that ended early on the months worked; publishes the correction. */
    private void herwaardeer(Rij r) {
        var uitkomst = Herwaardering.herwaardeer(tarieven.versie(r.tarieftabelVersie()), r.soort(), r.doelgroep(), r.vijftigPlus(),
                r.urenPerWeek(), r.startdatum(), r.duurMaanden(), r.einddatum(), r.waarde());
        if (uitkomst.isEmpty()) {
            return; // ran its planned term, or a flat amount per placement (WERKLEERPLEK)
        }
        Herwaardering.Uitkomst u = uitkomst.get();
        repository.hergewaardeerd(r.plaatsingId(), u.waardering().waarde(), u.gewerkteMaanden(),
                "hergewaardeerd op " + u.gewerkteMaanden() + " gewerkte maanden (t/m " + r.einddatum() + "): " + u.waardering().berekening(),
                OffsetDateTime.now(clock));
        Stand stand = repository.boek(r.contractId(), u.correctie());
        outbox.append(ContractEvents.TOPIC, r.contractId().toString(), events.create(ContractEvents.PLAATSING_HERGEWAARDEERD, r.contractId(),
                new ContractEvents.Hergewaardeerd(r.contractId(), r.plaatsingId(), u.vorigeWaarde(), u.waardering().waarde(), u.correctie(),
                        u.gewerkteMaanden(), stand.gerealiseerd(), stand.verplichting(), stand.percentage())));
    }

    /** A one-way key of the klantId: compares persons without keeping the klantId (this service holds no personal data). */
    static String klantSleutel(UUID klantId) {
        if (klantId == null) {
            return null;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("werkplein.socialreturn:" + klantId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 404 for an unknown contract. */
    @Transactional
    public Page<PlaatsingResponse> vanContract(UUID contractId, PageRequest page) {
        contracten.contract(contractId);
        return repository.vanContract(contractId, page);
    }

    /** 404 for an unknown partner. */
    @Transactional
    public Page<PlaatsingResponse> vanPartner(String partnerId, PageRequest page) {
        partners.partner(partnerId);
        return repository.vanPartner(partnerId, page);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String waarde, String veld, String event) {
        try {
            return Enum.valueOf(type, waarde);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(event + ": unknown " + veld);
        }
    }
}
