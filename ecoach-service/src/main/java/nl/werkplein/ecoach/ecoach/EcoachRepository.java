package nl.werkplein.ecoach.ecoach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The set-based SQL over the {@code ecoach} table; the rows are mapped here, callers get typed records. */
@ApplicationScoped
public class EcoachRepository {

    @Inject
    EntityManager em;

    /**
     * Every active e-coach with its running trajectories and its capacity ({@code standaardCapaciteit} where
     * it has none of its own), the active e-coaches locked until the caller's transaction ends: that
     * serialises assignments (across replicas too), so every count stays exact until the caller assigns.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CaseloadRegel.Kandidaat> actieveVergrendeld(int standaardCapaciteit) {
        em.createNativeQuery("SELECT id FROM ecoach WHERE actief ORDER BY id FOR UPDATE").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT e.id, count(t.id), coalesce(e.capaciteit, ?1)
                          FROM ecoach e LEFT JOIN traject t ON t.ecoach_id = e.id AND t.status = 'ACTIEF'
                         WHERE e.actief
                         GROUP BY e.id, e.capaciteit""")
                .setParameter(1, standaardCapaciteit)
                .getResultList();
        return rijen.stream()
                .map(r -> new CaseloadRegel.Kandidaat((UUID) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).intValue()))
                .toList();
    }
}
