package nl.werkplein.intake.klant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.identity.Bsn;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Gives each BSN its stable klantId. */
@ApplicationScoped
public class KlantRegister {

    @Inject
    BsnVersleuteling versleuteling;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** The klantId of this BSN, created on first sight. Concurrent first sights agree on one row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID klantIdVoor(Bsn bsn) {
        String hmac = versleuteling.hmac(bsn);
        em.createNativeQuery("""
                        INSERT INTO klant (klant_id, bsn_hmac, bsn_versleuteld, aangemaakt_op) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (bsn_hmac) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, hmac)
                .setParameter(3, versleuteling.versleutel(bsn))
                .setParameter(4, OffsetDateTime.now(clock))
                .executeUpdate();
        return (UUID) em.createNativeQuery("SELECT klant_id FROM klant WHERE bsn_hmac = ?1")
                .setParameter(1, hmac).getSingleResult();
    }
}
