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
 * the placement's startdatum. Once per plaatsingId, whatever the number of events.
 */
@ApplicationScoped
public class PlaatsingService {

    private static final Logger LOG = Logger.getLogger(PlaatsingService.class);

    /** What this service reads of employer-service's plaatsing-gerealiseerd (tolerant reader; no klantId kept). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gerealiseerd(UUID plaatsingId, UUID vacatureId, String soort, LocalDate startdatum, Integer urenPerWeek,
                               Integer duurMaanden, String doelgroep, Boolean vijftigPlus) {
    }

    @Schema(name = "Plaatsing", description = "Een toegerekende plaatsing met haar bouwblokkenwaarde (centen)")
    public record PlaatsingResponse(UUID plaatsingId, UUID vacatureId, UUID contractId,
                                    @Schema(example = "randstad") String partnerId, Soort soort, Doelgroep doelgroep,
                                    @Schema(example = "2026-03-01") LocalDate startdatum,
                                    @Schema(example = "24") int urenPerWeek, @Schema(example = "6") int duurMaanden,
                                    boolean vijftigPlus, @Schema(example = "1") int tarieftabelVersie,
                                    @Schema(description = "Waarde in centen", example = "1333333") long waarde,
                                    @Schema(description = "De berekening in woorden") String berekening,
                                    @Schema(description = "Wanneer toegerekend") OffsetDateTime toegerekendOp) {
    }

    public static final String GEREALISEERD = "nl.werkplein.employer.plaatsing-gerealiseerd";

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
        if (!GEREALISEERD.equals(event.type())) {
            return;
        }
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
        Soort soort = vacature.soort;
        if (p.soort() != null) {
            soort = enumOf(Soort.class, p.soort(), "soort", event);
        }
        Doelgroep doelgroep = p.doelgroep() == null ? null : enumOf(Doelgroep.class, p.doelgroep(), "doelgroep", event);
        if (p.startdatum() == null || p.urenPerWeek() == null || p.urenPerWeek() < 1 || p.duurMaanden() == null || p.duurMaanden() < 1) {
            throw new InvalidEventException(event.type() + " " + event.id() + " needs startdatum, urenPerWeek >= 1 and duurMaanden >= 1");
        }
        // a place belongs to the contract it was registered under; a partner's vacancy to the partner's
        // contract running when the placement starts (framework contracts follow each other)
        UUID contractId = vacature.bron == Bron.SOCIAL_RETURN ? vacature.contractId
                : java.util.Optional.ofNullable(partnerContract(vacature.partnerId, p.startdatum())).orElse(vacature.contractId);
        Bouwblokken.Tabel tabel = tarieven.geldigOp(p.startdatum());
        Bouwblokken.Waardering w = Bouwblokken.waardeer(tabel, soort, doelgroep, Boolean.TRUE.equals(p.vijftigPlus()),
                p.urenPerWeek(), p.duurMaanden());
        int nieuw = em.createNativeQuery("""
                        INSERT INTO plaatsing (plaatsing_id, vacature_id, contract_id, partner_id, soort, doelgroep, startdatum,
                                               uren_per_week, duur_maanden, vijftig_plus, tarieftabel_versie, waarde, berekening, toegerekend_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        ON CONFLICT (plaatsing_id) DO NOTHING""")
                .setParameter(1, p.plaatsingId()).setParameter(2, vacature.id).setParameter(3, contractId)
                .setParameter(4, vacature.partnerId).setParameter(5, soort.name())
                .setParameter(6, doelgroep == null ? null : doelgroep.name()).setParameter(7, p.startdatum())
                .setParameter(8, p.urenPerWeek()).setParameter(9, p.duurMaanden())
                .setParameter(10, Boolean.TRUE.equals(p.vijftigPlus())).setParameter(11, w.tabelVersie())
                .setParameter(12, w.waarde()).setParameter(13, w.berekening()).setParameter(14, OffsetDateTime.now(clock))
                .executeUpdate();
        if (nieuw == 0) {
            return; // this plaatsingId was credited before (another event for the same placement)
        }
        if (contractId == null) {
            LOG.infof("plaatsing %s: no contract of partner %s runs on %s; recorded, not credited", p.plaatsingId(),
                    vacature.partnerId, p.startdatum());
            return;
        }
        em.createNativeQuery("UPDATE contract SET gerealiseerd = gerealiseerd + ?1 WHERE id = ?2")
                .setParameter(1, w.waarde()).setParameter(2, contractId).executeUpdate();
        Object[] stand = (Object[]) em.createNativeQuery("SELECT gerealiseerd, verplichting FROM contract WHERE id = ?1")
                .setParameter(1, contractId).getSingleResult();
        long gerealiseerd = ((Number) stand[0]).longValue();
        long verplichting = ((Number) stand[1]).longValue();
        outbox.append(ContractEvents.TOPIC, contractId.toString(), events.create(ContractEvents.PLAATSING_TOEGEREKEND, contractId,
                new ContractEvents.Toegerekend(contractId, p.plaatsingId(), vacature.id, w.waarde(), w.tabelVersie(), gerealiseerd,
                        verplichting, Voortgang.realisatiePercentage(verplichting, gerealiseerd))));
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
                               duur_maanden, vijftig_plus, tarieftabel_versie, waarde, berekening, toegerekend_op
                          FROM plaatsing WHERE %s = ?1 ORDER BY startdatum, plaatsing_id LIMIT ?2 OFFSET ?3""".formatted(kolom))
                .setParameter(1, waarde).setParameter(2, page.size()).setParameter(3, page.offset()).getResultList();
        List<PlaatsingResponse> items = rijen.stream().map(r -> new PlaatsingResponse((UUID) r[0], (UUID) r[1], (UUID) r[2],
                (String) r[3], Soort.valueOf((String) r[4]), r[5] == null ? null : Doelgroep.valueOf((String) r[5]),
                datum(r[6]), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (Boolean) r[9],
                ((Number) r[10]).intValue(), ((Number) r[11]).longValue(), (String) r[12], tijdstip(r[13]))).toList();
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
