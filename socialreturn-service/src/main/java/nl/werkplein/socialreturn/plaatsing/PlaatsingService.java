package nl.werkplein.socialreturn.plaatsing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.socialreturn.bouwblok.Bouwblokken;
import nl.werkplein.socialreturn.bouwblok.Doelgroep;
import nl.werkplein.socialreturn.bouwblok.Herwaardering;
import nl.werkplein.socialreturn.bouwblok.TarieftabelService;
import nl.werkplein.socialreturn.contract.ContractEvents;
import nl.werkplein.socialreturn.contract.Voortgang;
import nl.werkplein.socialreturn.vacature.Bron;
import nl.werkplein.socialreturn.vacature.Soort;
import nl.werkplein.socialreturn.vacature.Vacature;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Credits a realised placement to the contract behind the vacancy this service routed (domain.md 7.4):
 * a SOCIAL_RETURN place's own contract, or for a partner's vacancy the partner's contract running on
 * the placement's startdatum. Once per plaatsingId, whatever the number of events; always as the soort
 * the place was registered with (the vacancy's), never the placement's. A placement that ends before
 * its planned end is re-valued on the months worked ({@link Herwaardering}); a placement of a person who
 * already has a credited placement overlapping it in time is recorded but not credited, until an early
 * end frees that time.
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

    @Schema(name = "Plaatsing", description = "Een plaatsing op een vacature van dit contract of deze partner, met haar bouwblokkenwaarde (centen)")
    public record PlaatsingResponse(UUID plaatsingId, UUID vacatureId, @Schema(nullable = true) UUID contractId,
                                    @Schema(example = "randstad", nullable = true) String partnerId,
                                    @Schema(description = "De soort waarmee de plaats is geregistreerd: wat wordt toegerekend") Soort soort,
                                    @Schema(nullable = true) Doelgroep doelgroep,
                                    @Schema(example = "2026-03-01") LocalDate startdatum,
                                    @Schema(example = "24") int urenPerWeek, @Schema(example = "6") int duurMaanden,
                                    boolean vijftigPlus, @Schema(example = "1") int tarieftabelVersie,
                                    @Schema(description = "Of de plaatsing meetelt voor het contract") boolean toegerekend,
                                    @Schema(description = "Waarom niet toegerekend (geen contract; overlapt met een toegerekende plaatsing van dezelfde persoon)",
                                            nullable = true) String redenNietToegerekend,
                                    @Schema(description = "De toegerekende plaatsing waarmee deze in de tijd overlapt", nullable = true) UUID overlaptMet,
                                    @Schema(description = "Huidige waarde in centen (0 als niet toegerekend)", example = "1333333") long waarde,
                                    @Schema(description = "Waarde bij toerekening, voor een herwaardering", nullable = true, example = "1333333")
                                    Long oorspronkelijkeWaarde,
                                    @Schema(description = "De berekening in woorden") String berekening,
                                    @Schema(description = "Laatste gewerkte dag, als de plaatsing is beëindigd", nullable = true, example = "2026-05-15")
                                    LocalDate einddatum,
                                    @Schema(description = "Reden van beëindiging", nullable = true, example = "AFGEBROKEN_KLANT") String eindreden,
                                    @Schema(description = "Gewerkte hele maanden, na een herwaardering", nullable = true, example = "2")
                                    Integer gewerkteMaanden,
                                    @Schema(description = "Wanneer toegerekend (of, als niet toegerekend, vastgelegd)") OffsetDateTime toegerekendOp) {
    }

    public static final String GEREALISEERD = "nl.werkplein.employer.plaatsing-gerealiseerd";
    public static final String BEEINDIGD = "nl.werkplein.employer.plaatsing-beeindigd";

    /** One stored placement, as the rules need it. */
    record Rij(UUID plaatsingId, UUID contractId, String partnerId, Soort soort, Doelgroep doelgroep, LocalDate startdatum,
               int urenPerWeek, int duurMaanden, boolean vijftigPlus, int tarieftabelVersie, long waarde, String klantSleutel,
               LocalDate laatsteGeplandeDag, boolean toegerekend, LocalDate einddatum) {

        /** The last day of the placement: its end once it ended, else its planned last day. */
        LocalDate laatsteDag() {
            return einddatum != null ? einddatum : laatsteGeplandeDag;
        }
    }

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

    /** Runs inside the idempotent consumer's transaction. */
    public void verwerk(CloudEvent event) {
        if (GEREALISEERD.equals(event.type())) {
            gerealiseerd(event);
        } else if (BEEINDIGD.equals(event.type())) {
            beeindigd(event);
        }
    }

    private void gerealiseerd(CloudEvent event) {
        Gerealiseerd p = events.data(event, Gerealiseerd.class);
        if (p.plaatsingId() == null || p.vacatureId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " has no plaatsingId or vacatureId");
        }
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
            throw new InvalidEventException(event.type() + " " + event.id() + " needs startdatum, urenPerWeek >= 1 and duurMaanden >= 1");
        }
        // a place belongs to the contract it was registered under; a partner's vacancy to the partner's
        // contract running when the placement starts (framework contracts follow each other)
        UUID contractId = vacature.bron == Bron.SOCIAL_RETURN ? vacature.contractId
                : java.util.Optional.ofNullable(partnerContract(vacature.partnerId, p.startdatum())).orElse(vacature.contractId);
        String sleutel = klantSleutel(p.klantId());
        if (sleutel != null) {
            vergrendel(sleutel);
        }
        Bouwblokken.Tabel tabel = tarieven.geldigOp(p.startdatum());
        Bouwblokken.Waardering w = Bouwblokken.waardeer(tabel, soort, doelgroep, Boolean.TRUE.equals(p.vijftigPlus()),
                p.urenPerWeek(), p.duurMaanden());
        // recorded first, not counting; rekenToe decides whether it counts
        int nieuw = em.createNativeQuery("""
                        INSERT INTO plaatsing (plaatsing_id, vacature_id, contract_id, partner_id, soort, doelgroep, startdatum,
                                               uren_per_week, duur_maanden, vijftig_plus, tarieftabel_versie, waarde, berekening, toegerekend_op,
                                               klant_sleutel, laatste_geplande_dag, toegerekend)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12, ?13, ?14, ?15, false)
                        ON CONFLICT (plaatsing_id) DO NOTHING""")
                .setParameter(1, p.plaatsingId()).setParameter(2, vacature.id).setParameter(3, contractId)
                .setParameter(4, vacature.partnerId).setParameter(5, soort.name())
                .setParameter(6, doelgroep == null ? null : doelgroep.name()).setParameter(7, p.startdatum())
                .setParameter(8, p.urenPerWeek()).setParameter(9, p.duurMaanden())
                .setParameter(10, Boolean.TRUE.equals(p.vijftigPlus())).setParameter(11, w.tabelVersie())
                .setParameter(12, w.berekening()).setParameter(13, OffsetDateTime.now(clock))
                .setParameter(14, sleutel).setParameter(15, Herwaardering.laatsteGeplandeDag(p.startdatum(), p.duurMaanden()))
                .executeUpdate();
        if (nieuw == 0) {
            return; // this plaatsingId was recorded before (another event for the same placement)
        }
        // an end that arrived before this credit (kept aside) is applied now, so the end is known to the overlap check
        @SuppressWarnings("unchecked")
        List<Object[]> wachtend = em.createNativeQuery("DELETE FROM plaatsing_einde_wachtend WHERE plaatsing_id = ?1 RETURNING einddatum, reden")
                .setParameter(1, p.plaatsingId()).getResultList();
        if (!wachtend.isEmpty()) {
            em.createNativeQuery("UPDATE plaatsing SET einddatum = ?1, eindreden = ?2 WHERE plaatsing_id = ?3")
                    .setParameter(1, datum(wachtend.get(0)[0])).setParameter(2, wachtend.get(0)[1]).setParameter(3, p.plaatsingId())
                    .executeUpdate();
        }
        rekenToe(laad(p.plaatsingId()));
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
            em.createNativeQuery("UPDATE plaatsing SET niet_toegerekend_reden = ?1 WHERE plaatsing_id = ?2")
                    .setParameter(1, reden).setParameter(2, r.plaatsingId()).executeUpdate();
            LOG.infof("plaatsing %s: %s; recorded, not credited", r.plaatsingId(), reden);
            return;
        }
        if (r.klantSleutel() != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> overlap = em.createNativeQuery("""
                            SELECT plaatsing_id, startdatum, coalesce(einddatum, laatste_geplande_dag) FROM plaatsing
                             WHERE klant_sleutel = ?1 AND toegerekend AND plaatsing_id <> ?2
                               AND startdatum <= ?3 AND coalesce(einddatum, laatste_geplande_dag) >= ?4
                             ORDER BY startdatum, plaatsing_id LIMIT 1""")
                    .setParameter(1, r.klantSleutel()).setParameter(2, r.plaatsingId())
                    .setParameter(3, r.laatsteDag()).setParameter(4, r.startdatum()).getResultList();
            if (!overlap.isEmpty()) {
                UUID ander = (UUID) overlap.get(0)[0];
                String reden = "overlapt met toegerekende plaatsing " + ander + " van dezelfde persoon (" + datum(overlap.get(0)[1])
                        + " t/m " + datum(overlap.get(0)[2]) + "): niets telt twee keer voor één persoon tegelijk";
                em.createNativeQuery("UPDATE plaatsing SET niet_toegerekend_reden = ?1, overlapt_met = ?2 WHERE plaatsing_id = ?3")
                        .setParameter(1, reden).setParameter(2, ander).setParameter(3, r.plaatsingId()).executeUpdate();
                LOG.infof("plaatsing %s: %s; recorded, not credited", r.plaatsingId(), reden);
                return;
            }
        }
        Bouwblokken.Waardering w = Bouwblokken.waardeer(tarieven.versie(r.tarieftabelVersie()), r.soort(), r.doelgroep(),
                r.vijftigPlus(), r.urenPerWeek(), r.duurMaanden());
        em.createNativeQuery("""
                        UPDATE plaatsing SET toegerekend = true, waarde = ?1, oorspronkelijke_waarde = ?1, berekening = ?2,
                                             niet_toegerekend_reden = NULL, overlapt_met = NULL, toegerekend_op = ?4
                         WHERE plaatsing_id = ?3""")
                .setParameter(1, w.waarde()).setParameter(2, w.berekening()).setParameter(3, r.plaatsingId())
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
        Stand stand = boek(r.contractId(), w.waarde());
        outbox.append(ContractEvents.TOPIC, r.contractId().toString(), events.create(ContractEvents.PLAATSING_TOEGEREKEND, r.contractId(),
                new ContractEvents.Toegerekend(r.contractId(), r.plaatsingId(), vacatureVan(r.plaatsingId()), r.soort(), w.waarde(),
                        w.tabelVersie(), stand.gerealiseerd(), stand.verplichting(), stand.percentage())));
        if (r.einddatum() != null) {
            herwaardeer(laad(r.plaatsingId()));
        }
    }

    private void beeindigd(CloudEvent event) {
        Beeindigd e = events.data(event, Beeindigd.class);
        if (e.plaatsingId() == null || e.einddatum() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " has no plaatsingId or einddatum");
        }
        Rij r = laad(e.plaatsingId());
        if (r == null) {
            if (e.vacatureId() == null || em.find(Vacature.class, e.vacatureId()) == null) {
                LOG.debugf("plaatsing %s ended on a vacancy this service did not route; ignored", e.plaatsingId());
                return;
            }
            // its credit has not arrived (it normally comes first on the same partition): keep the end for it
            em.createNativeQuery("""
                            INSERT INTO plaatsing_einde_wachtend (plaatsing_id, einddatum, reden, ontvangen_op) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT (plaatsing_id) DO NOTHING""")
                    .setParameter(1, e.plaatsingId()).setParameter(2, e.einddatum()).setParameter(3, e.reden())
                    .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
            LOG.infof("plaatsing %s ended before its credit arrived; the end is applied when it does", e.plaatsingId());
            return;
        }
        if (r.klantSleutel() != null) {
            vergrendel(r.klantSleutel());
        }
        int gewijzigd = em.createNativeQuery("UPDATE plaatsing SET einddatum = ?1, eindreden = ?2 WHERE plaatsing_id = ?3 AND einddatum IS NULL")
                .setParameter(1, e.einddatum()).setParameter(2, e.reden()).setParameter(3, e.plaatsingId()).executeUpdate();
        if (gewijzigd == 0) {
            LOG.debugf("plaatsing %s: its end was recorded before; nothing changes", e.plaatsingId());
            return;
        }
        if (r.toegerekend()) {
            herwaardeer(laad(e.plaatsingId()));
        }
        if (r.klantSleutel() != null && e.einddatum().isBefore(r.laatsteDag())) {
            // the time after an early end is free: a placement of the same person held back for overlapping it may count now
            @SuppressWarnings("unchecked")
            List<UUID> wachtend = em.createNativeQuery("""
                            SELECT plaatsing_id FROM plaatsing WHERE klant_sleutel = ?1 AND NOT toegerekend AND overlapt_met IS NOT NULL
                             ORDER BY startdatum, plaatsing_id""")
                    .setParameter(1, r.klantSleutel()).getResultList();
            wachtend.forEach(id -> rekenToe(laad(id)));
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
        em.createNativeQuery("""
                        UPDATE plaatsing SET waarde = ?1, gewerkte_maanden = ?2, hergewaardeerd_op = ?3, berekening = ?4
                         WHERE plaatsing_id = ?5""")
                .setParameter(1, u.waardering().waarde()).setParameter(2, u.gewerkteMaanden()).setParameter(3, OffsetDateTime.now(clock))
                .setParameter(4, "hergewaardeerd op " + u.gewerkteMaanden() + " gewerkte maanden (t/m " + r.einddatum() + "): "
                        + u.waardering().berekening())
                .setParameter(5, r.plaatsingId()).executeUpdate();
        Stand stand = boek(r.contractId(), u.correctie());
        outbox.append(ContractEvents.TOPIC, r.contractId().toString(), events.create(ContractEvents.PLAATSING_HERGEWAARDEERD, r.contractId(),
                new ContractEvents.Hergewaardeerd(r.contractId(), r.plaatsingId(), u.vorigeWaarde(), u.waardering().waarde(), u.correctie(),
                        u.gewerkteMaanden(), stand.gerealiseerd(), stand.verplichting(), stand.percentage())));
    }

    record Stand(long gerealiseerd, long verplichting, java.math.BigDecimal percentage) {
    }

    /** Adds the amount (a credit, or a correction ≤ 0) to the contract's gerealiseerd: always the sum of current values. */
    private Stand boek(UUID contractId, long bedrag) {
        Object[] stand = (Object[]) em.createNativeQuery(
                        "UPDATE contract SET gerealiseerd = gerealiseerd + ?1 WHERE id = ?2 RETURNING gerealiseerd, verplichting")
                .setParameter(1, bedrag).setParameter(2, contractId).getSingleResult();
        long gerealiseerd = ((Number) stand[0]).longValue();
        long verplichting = ((Number) stand[1]).longValue();
        return new Stand(gerealiseerd, verplichting, Voortgang.realisatiePercentage(verplichting, gerealiseerd));
    }

    private Rij laad(UUID plaatsingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT plaatsing_id, contract_id, partner_id, soort, doelgroep, startdatum, uren_per_week, duur_maanden,
                               vijftig_plus, tarieftabel_versie, waarde, klant_sleutel, laatste_geplande_dag, toegerekend, einddatum
                          FROM plaatsing WHERE plaatsing_id = ?1 FOR UPDATE""")
                .setParameter(1, plaatsingId).getResultList();
        if (rijen.isEmpty()) {
            return null;
        }
        Object[] r = rijen.get(0);
        return new Rij((UUID) r[0], (UUID) r[1], (String) r[2], Soort.valueOf((String) r[3]), r[4] == null ? null : Doelgroep.valueOf((String) r[4]),
                datum(r[5]), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), (Boolean) r[8], ((Number) r[9]).intValue(),
                ((Number) r[10]).longValue(), (String) r[11], datum(r[12]), (Boolean) r[13], r[14] == null ? null : datum(r[14]));
    }

    private UUID vacatureVan(UUID plaatsingId) {
        return (UUID) em.createNativeQuery("SELECT vacature_id FROM plaatsing WHERE plaatsing_id = ?1")
                .setParameter(1, plaatsingId).getSingleResult();
    }

    /** Serialises the placements of one person across consumers and replicas, so two at once never both count. */
    private void vergrendel(String klantSleutel) {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "socialreturn.persoon:" + klantSleutel).getSingleResult();
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

    /** The partner's contract running on the date; failing that, its latest contract that started before it. */
    UUID partnerContract(String partnerId, LocalDate datum) {
        if (partnerId == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object> lopend = em.createNativeQuery("""
                        SELECT id FROM contract WHERE partner_id = ?1 AND begindatum <= ?2
                         ORDER BY (einddatum IS NULL OR einddatum >= ?2) DESC, begindatum DESC LIMIT 1""")
                .setParameter(1, partnerId).setParameter(2, datum).getResultList();
        return lopend.isEmpty() ? null : (UUID) lopend.get(0);
    }

    public Page<PlaatsingResponse> vanContract(UUID contractId, PageRequest page) {
        return zoek("contract_id", contractId, page);
    }

    public Page<PlaatsingResponse> vanPartner(String partnerId, PageRequest page) {
        return zoek("partner_id", partnerId, page);
    }

    private Page<PlaatsingResponse> zoek(String kolom, Object waarde, PageRequest page) {
        long totaal = ((Number) em.createNativeQuery("SELECT count(*) FROM plaatsing WHERE " + kolom + " = ?1")
                .setParameter(1, waarde).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT plaatsing_id, vacature_id, contract_id, partner_id, soort, doelgroep, startdatum, uren_per_week,
                               duur_maanden, vijftig_plus, tarieftabel_versie, waarde, berekening, toegerekend_op,
                               toegerekend, niet_toegerekend_reden, overlapt_met, oorspronkelijke_waarde, einddatum, eindreden, gewerkte_maanden
                          FROM plaatsing WHERE %s = ?1 ORDER BY startdatum, plaatsing_id LIMIT ?2 OFFSET ?3""".formatted(kolom))
                .setParameter(1, waarde).setParameter(2, page.size()).setParameter(3, page.offset()).getResultList();
        List<PlaatsingResponse> items = rijen.stream().map(r -> new PlaatsingResponse((UUID) r[0], (UUID) r[1], (UUID) r[2],
                (String) r[3], Soort.valueOf((String) r[4]), r[5] == null ? null : Doelgroep.valueOf((String) r[5]),
                datum(r[6]), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (Boolean) r[9],
                ((Number) r[10]).intValue(), (Boolean) r[14], (String) r[15], (UUID) r[16], ((Number) r[11]).longValue(),
                r[17] == null ? null : ((Number) r[17]).longValue(), (String) r[12], r[18] == null ? null : datum(r[18]), (String) r[19],
                r[20] == null ? null : ((Number) r[20]).intValue(), tijdstip(r[13]))).toList();
        return new Page<>(items, page.page(), page.size(), totaal);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String waarde, String veld, CloudEvent event) {
        try {
            return Enum.valueOf(type, waarde);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(event.type() + " " + event.id() + ": unknown " + veld);
        }
    }

    static LocalDate datum(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    static OffsetDateTime tijdstip(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
