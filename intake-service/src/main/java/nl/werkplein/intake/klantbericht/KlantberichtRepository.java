package nl.werkplein.intake.klantbericht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where intake finds a client's e-mail address: across aanvragen and bestandsklanten, the latest one. */
@ApplicationScoped
public class KlantberichtRepository {

    @Inject
    EntityManager em;

    /** The client's latest e-mail address, from an aanvraag or a bestandsklant registration. */
    public Optional<String> emailadres(UUID klantId) {
        @SuppressWarnings("unchecked")
        List<String> adressen = em.createNativeQuery("""
                        SELECT email FROM (
                            SELECT email, ingediend_op AS sinds FROM aanvraag WHERE klant_id = ?1 AND email IS NOT NULL
                            UNION ALL
                            SELECT email, geregistreerd_op FROM bestandsklant WHERE klant_id = ?1 AND email IS NOT NULL) a
                         ORDER BY sinds DESC LIMIT 1""")
                .setParameter(1, klantId).getResultList();
        return adressen.stream().findFirst();
    }

    /** Whether intake knows the client at all. */
    public boolean bekend(UUID klantId) {
        return !em.createNativeQuery("SELECT 1 FROM klant WHERE klant_id = ?1").setParameter(1, klantId).getResultList().isEmpty();
    }
}
