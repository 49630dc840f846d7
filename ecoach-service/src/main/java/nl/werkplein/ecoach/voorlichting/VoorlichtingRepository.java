package nl.werkplein.ecoach.voorlichting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.platform.postgres.DueWork;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hand-written SQL over {@code voorlichting} and {@code deelname}: locking, counting and set-based
 * writes. Every method runs in the caller's transaction; rows are mapped here, callers get entities or typed values.
 */
@ApplicationScoped
public class VoorlichtingRepository {

    @Inject
    EntityManager em;

    /**
     * The sessions still to come after {@code nu}, in date order, locked until the caller's transaction ends:
     * two placements at once then see each other's seats.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Voorlichting> komendVergrendeld(LocalDateTime nu) {
        @SuppressWarnings("unchecked")
        List<Voorlichting> komend = em.createNativeQuery("""
                        SELECT * FROM voorlichting
                         WHERE datum > ?1 OR (datum = ?1 AND begintijd > ?2)
                         ORDER BY datum, begintijd, id
                         FOR UPDATE""", Voorlichting.class)
                .setParameter(1, nu.toLocalDate())
                .setParameter(2, nu.toLocalTime())
                .getResultList();
        return komend;
    }

    /** The number of invited participants per session; a session without any is absent from the map. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Long> bezetting(List<UUID> ids) {
        Map<UUID, Long> bezet = new HashMap<>();
        if (ids.isEmpty()) {
            return bezet;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("SELECT voorlichting_id, count(*) FROM deelname WHERE voorlichting_id IN (?1) GROUP BY voorlichting_id")
                .setParameter(1, ids).getResultList();
        rijen.forEach(r -> bezet.put((UUID) r[0], ((Number) r[1]).longValue()));
        return bezet;
    }

    /** Up to {@code max} active trajectories waiting for a session (oldest first), taken FOR UPDATE SKIP LOCKED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Traject> wachtendeTrajecten(int max) {
        return DueWork.pick(em, Traject.class, """
                SELECT * FROM traject
                 WHERE status = 'ACTIEF' AND voorlichting_id IS NULL
                 ORDER BY gestart_op, id""", max);
    }

    /** Removes the trajectory's unrecorded invitations to sessions on or after {@code vanaf}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int verwijderKomendeDeelnames(UUID trajectId, LocalDate vanaf) {
        return em.createNativeQuery("""
                        DELETE FROM deelname d USING voorlichting v
                         WHERE d.voorlichting_id = v.id AND d.traject_id = ?1 AND d.aanwezig IS NULL AND v.datum >= ?2""")
                .setParameter(1, trajectId)
                .setParameter(2, vanaf)
                .executeUpdate();
    }

    /**
     * Inserts an automatic weekly session unless one exists on its date (the unique index on
     * {@code datum WHERE automatisch}, so replicas insert it once); true when it was new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean voegAutomatischeToe(Voorlichting v) {
        return em.createNativeQuery("""
                        INSERT INTO voorlichting (id, datum, begintijd, eindtijd, locatie, online_link, capaciteit,
                                                  uitzendbureaus, automatisch, aangemaakt_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, true, ?9)
                        ON CONFLICT (datum) WHERE automatisch DO NOTHING""")
                .setParameter(1, v.id)
                .setParameter(2, v.datum)
                .setParameter(3, v.begintijd)
                .setParameter(4, v.eindtijd)
                .setParameter(5, v.locatie)
                .setParameter(6, v.onlineLink)
                .setParameter(7, v.capaciteit)
                .setParameter(8, v.uitzendbureaus)
                .setParameter(9, v.aangemaaktOp)
                .executeUpdate() == 1;
    }
}
