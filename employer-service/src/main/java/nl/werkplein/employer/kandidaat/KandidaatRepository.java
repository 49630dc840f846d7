package nl.werkplein.employer.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** The hand-written SQL on the {@code kandidaat} read model (the marker other packages need, and the rebuild's emptying). */
@ApplicationScoped
public class KandidaatRepository {

    @Inject
    EntityManager em;

    /**
     * Stamps the candidate's row as changed (the V1 trigger sets {@code gewijzigd_op} to the database's
     * now()), so every replica's index picks up a change that is not in the row itself, such as a placement
     * that started or ended. In the caller's transaction; false if there is no such candidate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markeerGewijzigd(UUID klantId) {
        return em.createNativeQuery("UPDATE kandidaat SET gewijzigd_op = now() WHERE klant_id = ?1")
                .setParameter(1, klantId).executeUpdate() == 1;
    }

    /**
     * Empties the read model for a rebuild: every candidate, their history, and the handled-event rows
     * of the projection's consumer (so the replayed events are applied again). In the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leegVoorHerbouw(String consumer) {
        em.createNativeQuery("DELETE FROM kandidaat").executeUpdate();
        em.createNativeQuery("DELETE FROM kandidaat_historie").executeUpdate();
        em.createNativeQuery("DELETE FROM handled_event WHERE consumer = ?1")
                .setParameter(1, consumer).executeUpdate();
    }
}
