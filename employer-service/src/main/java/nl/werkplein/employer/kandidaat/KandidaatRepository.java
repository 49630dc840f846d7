package nl.werkplein.employer.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** The hand-written SQL on the {@code kandidaat} read model that callers outside this package need. */
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
}
