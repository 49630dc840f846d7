package nl.werkplein.socialreturn.levering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code gemiste_levering} table (weeks a partner did not deliver, one row per partner and week by
 * its primary key), in the caller's transaction.
 */
@ApplicationScoped
public class GemisteLeveringRepository {

    /** A recorded missed week and when the weekly check found it. */
    public record GemisteLevering(IsoWeek week, OffsetDateTime vastgesteldOp) {
    }

    @Inject
    EntityManager em;

    /** The weeks the partner is done with: delivered, or already recorded as missed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<IsoWeek> afgehandeldeWeken(String partnerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT jaar, week FROM levering WHERE partner_id = ?1
                        UNION SELECT jaar, week FROM gemiste_levering WHERE partner_id = ?1""")
                .setParameter(1, partnerId).getResultList();
        Set<IsoWeek> weken = new HashSet<>();
        for (Object[] r : rijen) {
            weken.add(new IsoWeek(((Number) r[0]).intValue(), ((Number) r[1]).intValue()));
        }
        return weken;
    }

    /** Records the week as missed; false if it was recorded already (by this or another replica). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean legVast(String partnerId, IsoWeek week, OffsetDateTime vastgesteldOp) {
        return em.createNativeQuery("""
                        INSERT INTO gemiste_levering (partner_id, jaar, week, vastgesteld_op) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, partnerId).setParameter(2, week.jaar()).setParameter(3, week.week()).setParameter(4, vastgesteldOp)
                .executeUpdate() == 1;
    }

    /** Every missed week of the partner, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<GemisteLevering> vanPartner(String partnerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(
                        "SELECT jaar, week, vastgesteld_op FROM gemiste_levering WHERE partner_id = ?1 ORDER BY jaar, week")
                .setParameter(1, partnerId).getResultList();
        return rijen.stream().map(r -> new GemisteLevering(new IsoWeek(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                LeveringRepository.tijdstip(r[2]))).toList();
    }

    /** The partners with at least one missed week, by id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> partnersMetGemisteWeken() {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT DISTINCT partner_id FROM gemiste_levering ORDER BY partner_id").getResultList();
        return ids;
    }
}
