package nl.werkplein.screening.managementinformatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The P-budget per year and line as versioned data (domain.md §8): a new amount is a new version, the
 * earlier ones stay as history; setting the amount the current version already has changes nothing
 * (an idempotent PUT). The current version is the highest.
 */
@ApplicationScoped
public class PBudgetten {

    public record Versie(int jaar, String lijn, int versie, long bedrag, String toelichting, OffsetDateTime vastgesteldOp) {
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    public Versie vastleggen(int jaar, String lijn, long bedrag, String toelichting) {
        // one writer per (jaar, lijn) at a time: the version number is the next after the highest
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('mi_p_budget:' || ?1 || ':' || ?2))")
                .setParameter(1, jaar).setParameter(2, lijn).getSingleResult();
        List<Versie> versies = versies(jaar, lijn);
        if (!versies.isEmpty()) {
            Versie huidig = versies.get(0);
            if (huidig.bedrag() == bedrag && java.util.Objects.equals(huidig.toelichting(), toelichting)) {
                return huidig;
            }
        }
        int versie = versies.isEmpty() ? 1 : versies.get(0).versie() + 1;
        OffsetDateTime nu = OffsetDateTime.now(clock).withOffsetSameInstant(java.time.ZoneOffset.UTC);
        em.createNativeQuery("""
                        INSERT INTO mi_p_budget (jaar, lijn, versie, bedrag, toelichting, vastgesteld_op)
                        VALUES (?1, ?2, ?3, ?4, NULLIF(?5, ''), ?6)""")
                .setParameter(1, jaar).setParameter(2, lijn).setParameter(3, versie).setParameter(4, bedrag)
                .setParameter(5, toelichting == null ? "" : toelichting).setParameter(6, nu).executeUpdate();
        return new Versie(jaar, lijn, versie, bedrag, toelichting, nu);
    }

    /** Newest first. */
    @Transactional
    public List<Versie> versies(int jaar, String lijn) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT versie, bedrag, toelichting, vastgesteld_op FROM mi_p_budget
                         WHERE jaar = ?1 AND lijn = ?2 ORDER BY versie DESC""")
                .setParameter(1, jaar).setParameter(2, lijn).getResultList();
        List<Versie> versies = new ArrayList<>();
        for (Object[] r : rijen) {
            versies.add(new Versie(jaar, lijn, ((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (String) r[2], tijd(r[3])));
        }
        return versies;
    }

    /** The current amount per (jaar, lijn) for these years: key "jaar|lijn". */
    @Transactional
    public Map<String, Long> huidig(int vanJaar, int totJaar) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT DISTINCT ON (jaar, lijn) jaar, lijn, bedrag FROM mi_p_budget
                         WHERE jaar BETWEEN ?1 AND ?2 ORDER BY jaar, lijn, versie DESC""")
                .setParameter(1, vanJaar).setParameter(2, totJaar).getResultList();
        Map<String, Long> huidig = new HashMap<>();
        for (Object[] r : rijen) {
            huidig.put(((Number) r[0]).intValue() + "|" + r[1], ((Number) r[2]).longValue());
        }
        return huidig;
    }

    private static OffsetDateTime tijd(Object waarde) {
        if (waarde instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        }
        if (waarde instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) waarde).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
