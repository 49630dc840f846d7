package nl.werkplein.intake.brief;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL behind letters: the briefadres of a client's aanvragen, the idempotent insert, whether a klant exists. */
@ApplicationScoped
public class BriefRepository {

    /** The briefadres of the client's latest aanvraag that has one, with when that aanvraag was filed. */
    record Briefadres(String adres, OffsetDateTime sinds) {
    }

    /** A letter as it goes into the print queue. */
    record NieuweBrief(UUID id, UUID klantId, UUID berichtId, String verzoekType, String onderwerp, String tekst, String naam,
                       List<String> adresregels, OffsetDateTime aangemaaktOp) {
    }

    @Inject
    EntityManager em;

    Optional<Briefadres> laatsteBriefadres(UUID klantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> briefadres = em.createNativeQuery("""
                        SELECT briefadres, ingediend_op FROM aanvraag
                         WHERE klant_id = ?1 AND briefadres IS NOT NULL AND btrim(briefadres) <> ''
                         ORDER BY ingediend_op DESC LIMIT 1""")
                .setParameter(1, klantId).getResultList();
        return briefadres.stream().findFirst().map(r -> new Briefadres((String) r[0], tijdstip(r[1])));
    }

    /** @return false when a letter with this berichtId exists already */
    boolean voegToe(NieuweBrief b) {
        return em.createNativeQuery("""
                        INSERT INTO brief (id, klant_id, bericht_id, verzoek_type, onderwerp, tekst, naam, adresregels, status, aangemaakt_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (bericht_id) DO NOTHING""")
                .setParameter(1, b.id())
                .setParameter(2, b.klantId())
                .setParameter(3, b.berichtId())
                .setParameter(4, b.verzoekType())
                .setParameter(5, b.onderwerp())
                .setParameter(6, b.tekst())
                .setParameter(7, b.naam())
                .setParameter(8, String.join("\n", b.adresregels()))
                .setParameter(9, BriefStatus.TE_VERSTUREN.name())
                .setParameter(10, b.aangemaaktOp())
                .executeUpdate() == 1;
    }

    boolean klantBekend(UUID klantId) {
        return !em.createNativeQuery("SELECT 1 FROM klant WHERE klant_id = ?1").setParameter(1, klantId).getResultList().isEmpty();
    }

    private static OffsetDateTime tijdstip(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        java.time.Instant moment = o instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) o;
        return moment.atOffset(java.time.ZoneOffset.UTC);
    }
}
