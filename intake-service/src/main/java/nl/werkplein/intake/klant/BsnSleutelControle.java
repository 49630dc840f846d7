package nl.werkplein.intake.klant;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * At startup (after Flyway): the service does not start while klanten are on a BSN key the ring does
 * not hold (BsnSleutelring#ontbrekendeSleutels), so removing a key too early stops one pod's rollout
 * instead of silently giving returning clients a second klantId.
 */
@ApplicationScoped
public class BsnSleutelControle {

    @Inject
    BsnVersleuteling versleuteling;
    @Inject
    EntityManager em;

    @Transactional
    void controleer(@Observes StartupEvent start) {
        Map<Integer, Long> perVersie = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT bsn_sleutelversie, count(*) FROM klant WHERE bsn_sleutelversie NOT IN (:versies) "
                        + "GROUP BY bsn_sleutelversie")
                .setParameter("versies", List.copyOf(versleuteling.ring().versies())).getResultList();
        rows.forEach(r -> perVersie.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        String fout = versleuteling.ring().ontbrekendeSleutels(perVersie);
        if (fout != null) {
            throw new IllegalStateException(fout);
        }
    }
}
