package nl.werkplein.socialreturn.plaatsing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.socialreturn.bouwblok.Doelgroep;
import nl.werkplein.socialreturn.contract.Voortgang;
import nl.werkplein.socialreturn.vacature.Soort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code plaatsing} table and what crediting needs beside it (the waiting ends, the contract's
 * gerealiseerd, the per-person lock), in plain SQL in the caller's transaction; typed records out.
 */
@ApplicationScoped
public class PlaatsingRepository {

    /** One stored placement, as the rules need it. */
    record Rij(UUID plaatsingId, UUID contractId, String partnerId, Soort soort, Doelgroep doelgroep, LocalDate startdatum,
               int urenPerWeek, int duurMaanden, boolean vijftigPlus, int tarieftabelVersie, long waarde, String klantSleutel,
               LocalDate laatsteGeplandeDag, boolean toegerekend, LocalDate einddatum) {

        /** The last day of the placement: its end once it ended, else its planned last day. */
        LocalDate laatsteDag() {
            return einddatum != null ? einddatum : laatsteGeplandeDag;
        }
    }

    /** A new placement as it is recorded, not yet counting. */
    record Vastlegging(UUID plaatsingId, UUID vacatureId, UUID contractId, String partnerId, Soort soort, Doelgroep doelgroep,
                       LocalDate startdatum, int urenPerWeek, int duurMaanden, boolean vijftigPlus, int tarieftabelVersie,
                       String berekening, OffsetDateTime op, String klantSleutel, LocalDate laatsteGeplandeDag) {
    }

    /** An end that arrived before its placement's credit. */
    record Einde(LocalDate einddatum, String reden) {
    }

    /** A credited placement of the same person overlapping another in time. */
    record Overlap(UUID plaatsingId, LocalDate startdatum, LocalDate laatsteDag) {
    }

    /** A contract's gerealiseerd after a booking. */
    record Stand(long gerealiseerd, long verplichting) {
        BigDecimal percentage() {
            return Voortgang.realisatiePercentage(verplichting, gerealiseerd);
        }
    }

    @Inject
    EntityManager em;

    /** @return false when this plaatsingId was recorded before */
    boolean vastleggen(Vastlegging v) {
        return em.createNativeQuery("""
                        INSERT INTO plaatsing (plaatsing_id, vacature_id, contract_id, partner_id, soort, doelgroep, startdatum,
                                               uren_per_week, duur_maanden, vijftig_plus, tarieftabel_versie, waarde, berekening, toegerekend_op,
                                               klant_sleutel, laatste_geplande_dag, toegerekend)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12, ?13, ?14, ?15, false)
                        ON CONFLICT (plaatsing_id) DO NOTHING""")
                .setParameter(1, v.plaatsingId()).setParameter(2, v.vacatureId()).setParameter(3, v.contractId())
                .setParameter(4, v.partnerId()).setParameter(5, v.soort().name())
                .setParameter(6, v.doelgroep() == null ? null : v.doelgroep().name()).setParameter(7, v.startdatum())
                .setParameter(8, v.urenPerWeek()).setParameter(9, v.duurMaanden())
                .setParameter(10, v.vijftigPlus()).setParameter(11, v.tarieftabelVersie())
                .setParameter(12, v.berekening()).setParameter(13, v.op())
                .setParameter(14, v.klantSleutel()).setParameter(15, v.laatsteGeplandeDag())
                .executeUpdate() == 1;
    }

    /** Takes the end kept aside for this placement, if one arrived before its credit. */
    Optional<Einde> wachtendEindeNemen(UUID plaatsingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> wachtend = em.createNativeQuery("DELETE FROM plaatsing_einde_wachtend WHERE plaatsing_id = ?1 RETURNING einddatum, reden")
                .setParameter(1, plaatsingId).getResultList();
        return wachtend.stream().findFirst().map(r -> new Einde(datum(r[0]), (String) r[1]));
    }

    void wachtendEindeBewaren(UUID plaatsingId, LocalDate einddatum, String reden, OffsetDateTime ontvangenOp) {
        em.createNativeQuery("""
                        INSERT INTO plaatsing_einde_wachtend (plaatsing_id, einddatum, reden, ontvangen_op) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (plaatsing_id) DO NOTHING""")
                .setParameter(1, plaatsingId).setParameter(2, einddatum).setParameter(3, reden)
                .setParameter(4, ontvangenOp).executeUpdate();
    }

    void eindeZetten(UUID plaatsingId, LocalDate einddatum, String reden) {
        em.createNativeQuery("UPDATE plaatsing SET einddatum = ?1, eindreden = ?2 WHERE plaatsing_id = ?3")
                .setParameter(1, einddatum).setParameter(2, reden).setParameter(3, plaatsingId).executeUpdate();
    }

    /** @return false when its end was recorded before */
    boolean beeindigen(UUID plaatsingId, LocalDate einddatum, String reden) {
        return em.createNativeQuery("UPDATE plaatsing SET einddatum = ?1, eindreden = ?2 WHERE plaatsing_id = ?3 AND einddatum IS NULL")
                .setParameter(1, einddatum).setParameter(2, reden).setParameter(3, plaatsingId).executeUpdate() > 0;
    }

    void nietToegerekend(UUID plaatsingId, String reden, UUID overlaptMet) {
        em.createNativeQuery("UPDATE plaatsing SET niet_toegerekend_reden = ?1, overlapt_met = ?2 WHERE plaatsing_id = ?3")
                .setParameter(1, reden).setParameter(2, overlaptMet).setParameter(3, plaatsingId).executeUpdate();
    }

    /** The first credited placement of the same person (other than this one) overlapping [startdatum, laatsteDag]. */
    Optional<Overlap> overlap(String klantSleutel, UUID plaatsingId, LocalDate startdatum, LocalDate laatsteDag) {
        @SuppressWarnings("unchecked")
        List<Object[]> overlap = em.createNativeQuery("""
                        SELECT plaatsing_id, startdatum, coalesce(einddatum, laatste_geplande_dag) FROM plaatsing
                         WHERE klant_sleutel = ?1 AND toegerekend AND plaatsing_id <> ?2
                           AND startdatum <= ?3 AND coalesce(einddatum, laatste_geplande_dag) >= ?4
                         ORDER BY startdatum, plaatsing_id LIMIT 1""")
                .setParameter(1, klantSleutel).setParameter(2, plaatsingId)
                .setParameter(3, laatsteDag).setParameter(4, startdatum).getResultList();
        return overlap.stream().findFirst().map(r -> new Overlap((UUID) r[0], datum(r[1]), datum(r[2])));
    }

    void toegerekend(UUID plaatsingId, long waarde, String berekening, OffsetDateTime op) {
        em.createNativeQuery("""
                        UPDATE plaatsing SET toegerekend = true, waarde = ?1, oorspronkelijke_waarde = ?1, berekening = ?2,
                                             niet_toegerekend_reden = NULL, overlapt_met = NULL, toegerekend_op = ?4
                         WHERE plaatsing_id = ?3""")
                .setParameter(1, waarde).setParameter(2, berekening).setParameter(3, plaatsingId)
                .setParameter(4, op).executeUpdate();
    }

    void hergewaardeerd(UUID plaatsingId, long waarde, int gewerkteMaanden, String berekening, OffsetDateTime op) {
        em.createNativeQuery("""
                        UPDATE plaatsing SET waarde = ?1, gewerkte_maanden = ?2, hergewaardeerd_op = ?3, berekening = ?4
                         WHERE plaatsing_id = ?5""")
                .setParameter(1, waarde).setParameter(2, gewerkteMaanden).setParameter(3, op)
                .setParameter(4, berekening).setParameter(5, plaatsingId).executeUpdate();
    }

    /** The placements of a person held back for overlapping a credited one, oldest first. */
    List<UUID> wachtendOpOverlap(String klantSleutel) {
        @SuppressWarnings("unchecked")
        List<UUID> wachtend = em.createNativeQuery("""
                        SELECT plaatsing_id FROM plaatsing WHERE klant_sleutel = ?1 AND NOT toegerekend AND overlapt_met IS NOT NULL
                         ORDER BY startdatum, plaatsing_id""")
                .setParameter(1, klantSleutel).getResultList();
        return wachtend;
    }

    /** Adds the amount (a credit, or a correction ≤ 0) to the contract's gerealiseerd: always the sum of current values. */
    Stand boek(UUID contractId, long bedrag) {
        Object[] stand = (Object[]) em.createNativeQuery(
                        "UPDATE contract SET gerealiseerd = gerealiseerd + ?1 WHERE id = ?2 RETURNING gerealiseerd, verplichting")
                .setParameter(1, bedrag).setParameter(2, contractId).getSingleResult();
        return new Stand(((Number) stand[0]).longValue(), ((Number) stand[1]).longValue());
    }

    /** The placement, its row locked for this transaction. */
    Optional<Rij> laad(UUID plaatsingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT plaatsing_id, contract_id, partner_id, soort, doelgroep, startdatum, uren_per_week, duur_maanden,
                               vijftig_plus, tarieftabel_versie, waarde, klant_sleutel, laatste_geplande_dag, toegerekend, einddatum
                          FROM plaatsing WHERE plaatsing_id = ?1 FOR UPDATE""")
                .setParameter(1, plaatsingId).getResultList();
        return rijen.stream().findFirst().map(r -> new Rij((UUID) r[0], (UUID) r[1], (String) r[2], Soort.valueOf((String) r[3]),
                r[4] == null ? null : Doelgroep.valueOf((String) r[4]), datum(r[5]), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                (Boolean) r[8], ((Number) r[9]).intValue(), ((Number) r[10]).longValue(), (String) r[11], datum(r[12]), (Boolean) r[13],
                r[14] == null ? null : datum(r[14])));
    }

    UUID vacatureVan(UUID plaatsingId) {
        return (UUID) em.createNativeQuery("SELECT vacature_id FROM plaatsing WHERE plaatsing_id = ?1")
                .setParameter(1, plaatsingId).getSingleResult();
    }

    /** Serialises the placements of one person across consumers and replicas, so two at once never both count. */
    void vergrendel(String klantSleutel) {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "socialreturn.persoon:" + klantSleutel).getSingleResult();
    }

    /** The partner's contract running on the date; failing that, its latest contract that started before it. */
    Optional<UUID> partnerContract(String partnerId, LocalDate datum) {
        if (partnerId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<UUID> lopend = em.createNativeQuery("""
                        SELECT id FROM contract WHERE partner_id = ?1 AND begindatum <= ?2
                         ORDER BY (einddatum IS NULL OR einddatum >= ?2) DESC, begindatum DESC LIMIT 1""")
                .setParameter(1, partnerId).setParameter(2, datum).getResultList();
        return lopend.stream().findFirst();
    }

    public Page<PlaatsingResponse> vanContract(UUID contractId, PageRequest page) {
        return zoek("contract_id", contractId, page);
    }

    public Page<PlaatsingResponse> vanPartner(String partnerId, PageRequest page) {
        return zoek("partner_id", partnerId, page);
    }

    /** {@code kolom} is one of this class's own column names, never input. */
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
