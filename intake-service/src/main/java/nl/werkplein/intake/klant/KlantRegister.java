package nl.werkplein.intake.klant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The repository of {@code klant} (persistence only, in the caller's transaction): gives each BSN its
 * stable klantId, on whichever BSN key version its row is.
 */
@ApplicationScoped
public class KlantRegister {

    /** Advisory lock namespace of first sights during a key rotation (pg_advisory_xact_lock(ns, key)). */
    static final int LOCK_NAMESPACE = 0x0B5A;

    @Inject
    BsnVersleuteling versleuteling;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** The klantId of this BSN, created on first sight. Concurrent first sights agree on one row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID klantIdVoor(Bsn bsn) {
        BsnSleutelring ring = versleuteling.ring();
        Map<Integer, String> hmacs = ring.hmacs(bsn);
        if (hmacs.size() > 1) {
            // During a rotation two replicas may write under different active versions: their HMACs differ,
            // so the unique bsn_hmac no longer makes them agree. A lock per BSN (same on every replica) does.
            em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1, ?2)) l")
                    .setParameter(1, LOCK_NAMESPACE).setParameter(2, ring.vergrendeling(bsn)).getSingleResult();
        }
        // first on any version: a row the re-encryption has not reached yet keeps its old HMAC
        UUID bestaand = bestaand(List.copyOf(hmacs.values()));
        if (bestaand != null) {
            return bestaand;
        }
        String hmac = ring.hmac(bsn);
        em.createNativeQuery("""
                        INSERT INTO klant (klant_id, bsn_hmac, bsn_versleuteld, aangemaakt_op) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (bsn_hmac) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, hmac)
                .setParameter(3, ring.versleutel(bsn))
                .setParameter(4, OffsetDateTime.now(clock))
                .executeUpdate();
        return bestaand(List.of(hmac));
    }

    private UUID bestaand(List<String> hmacs) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT klant_id FROM klant WHERE bsn_hmac IN (:hmacs) ORDER BY aangemaakt_op, klant_id LIMIT 1")
                .setParameter("hmacs", hmacs).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }
}
