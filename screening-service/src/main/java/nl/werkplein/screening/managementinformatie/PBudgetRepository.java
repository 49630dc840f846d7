package nl.werkplein.screening.managementinformatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.postgres.NativeColumn;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code mi_p_budget} table (one row per version of the P-budget of a year and line), in the caller's
 * transaction; rows are mapped here, callers get typed records.
 */
@ApplicationScoped
public class PBudgetRepository {

    /** One version of the budget of a year and line. */
    public record Versie(int jaar, String lijn, int versie, long bedrag, String toelichting, OffsetDateTime vastgesteldOp) {
    }

    /** The current (highest) version's amount of a year and line. */
    public record Huidig(int jaar, String lijn, long bedrag) {
    }

    @Inject
    EntityManager em;

    /** Holds the (jaar, lijn) advisory lock until the caller's transaction ends: one writer at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vergrendel(int jaar, String lijn) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('mi_p_budget:' || ?1 || ':' || ?2))")
                .setParameter(1, jaar).setParameter(2, lijn).getSingleResult();
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Versie> versies(int jaar, String lijn) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT versie, bedrag, toelichting, vastgesteld_op FROM mi_p_budget
                         WHERE jaar = ?1 AND lijn = ?2 ORDER BY versie DESC""")
                .setParameter(1, jaar).setParameter(2, lijn).getResultList();
        List<Versie> versies = new ArrayList<>();
        for (Object[] r : rijen) {
            versies.add(new Versie(jaar, lijn, ((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (String) r[2], NativeColumn.tijdstip(r[3])));
        }
        return versies;
    }

    /** Inserts the version (an empty toelichting is stored as NULL). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voegToe(Versie v) {
        em.createNativeQuery("""
                        INSERT INTO mi_p_budget (jaar, lijn, versie, bedrag, toelichting, vastgesteld_op)
                        VALUES (?1, ?2, ?3, ?4, NULLIF(?5, ''), ?6)""")
                .setParameter(1, v.jaar()).setParameter(2, v.lijn()).setParameter(3, v.versie()).setParameter(4, v.bedrag())
                .setParameter(5, v.toelichting() == null ? "" : v.toelichting()).setParameter(6, v.vastgesteldOp()).executeUpdate();
    }

    /** The current amount of every (jaar, lijn) with a budget in these years. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Huidig> huidig(int vanJaar, int totJaar) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT DISTINCT ON (jaar, lijn) jaar, lijn, bedrag FROM mi_p_budget
                         WHERE jaar BETWEEN ?1 AND ?2 ORDER BY jaar, lijn, versie DESC""")
                .setParameter(1, vanJaar).setParameter(2, totJaar).getResultList();
        List<Huidig> huidig = new ArrayList<>();
        for (Object[] r : rijen) {
            huidig.add(new Huidig(((Number) r[0]).intValue(), (String) r[1], ((Number) r[2]).longValue()));
        }
        return huidig;
    }
}
