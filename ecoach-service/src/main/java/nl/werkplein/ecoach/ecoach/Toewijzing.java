package nl.werkplein.ecoach.ecoach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Applies the {@link CaseloadRegel} to the database, one assignment at a time. */
@ApplicationScoped
public class Toewijzing {

    @Inject
    EntityManager em;
    @Inject
    CaseloadConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID kiesEcoach() {
        // Locking the active e-coaches serialises assignments (across replicas too), so every count is exact.
        em.createNativeQuery("SELECT id FROM ecoach WHERE actief ORDER BY id FOR UPDATE").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT e.id, count(t.id), coalesce(e.capaciteit, ?1)
                          FROM ecoach e LEFT JOIN traject t ON t.ecoach_id = e.id AND t.status = 'ACTIEF'
                         WHERE e.actief
                         GROUP BY e.id, e.capaciteit""")
                .setParameter(1, config.capaciteit())
                .getResultList();
        List<CaseloadRegel.Kandidaat> kandidaten = rijen.stream()
                .map(r -> new CaseloadRegel.Kandidaat((UUID) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).intValue()))
                .toList();
        // No active e-coach at all: the event is retried and then dead-lettered, to be replayed once beheer adds one.
        return CaseloadRegel.kies(kandidaten).orElseThrow(() -> new IllegalStateException("er is geen actieve e-coach"));
    }
}
