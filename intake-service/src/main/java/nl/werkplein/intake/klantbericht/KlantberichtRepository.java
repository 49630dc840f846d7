package nl.werkplein.intake.klantbericht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of klantberichten, in the caller's transaction: where intake finds a client's e-mail address
 * (across aanvragen and bestandsklanten, the latest one), and the requests answered as not sent
 * ({@code bericht_niet_verzonden}, one row per berichtId).
 */
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

    /** Whether this request was recorded as not sent already. */
    public boolean alNietVerzonden(UUID berichtId) {
        return !em.createNativeQuery("SELECT 1 FROM bericht_niet_verzonden WHERE bericht_id = ?1").setParameter(1, berichtId)
                .getResultList().isEmpty();
    }

    /** Records the request as not sent; false (nothing written) when its berichtId was recorded already. */
    public boolean legNietVerzondenVast(UUID klantId, UUID berichtId, String verzoekType, BerichtUitkomsten.Reden reden,
                                        OffsetDateTime op) {
        return em.createNativeQuery("""
                        INSERT INTO bericht_niet_verzonden (bericht_id, klant_id, verzoek_type, reden, vastgesteld_op)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (bericht_id) DO NOTHING""")
                .setParameter(1, berichtId)
                .setParameter(2, klantId)
                .setParameter(3, verzoekType)
                .setParameter(4, reden.name())
                .setParameter(5, op)
                .executeUpdate() == 1;
    }
}
