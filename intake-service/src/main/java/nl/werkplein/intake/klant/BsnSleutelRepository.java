package nl.werkplein.intake.klant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The SQL of BSN key rotation on the {@code klant} table, in the caller's transaction; typed rows out, never a BSN in clear. */
@ApplicationScoped
public class BsnSleutelRepository {

    /** A klant whose BSN is still under an old key. */
    record Versleuteld(UUID klantId, String bsnVersleuteld) {
    }

    @Inject
    EntityManager em;

    /** Klanten per key version. */
    Map<Integer, Long> klantenPerVersie() {
        return perVersie(em.createNativeQuery("SELECT bsn_sleutelversie, count(*) FROM klant GROUP BY bsn_sleutelversie").getResultList());
    }

    /** Klanten per key version outside {@code versies} (the ones the ring does not hold). */
    Map<Integer, Long> klantenBuiten(Collection<Integer> versies) {
        return perVersie(em.createNativeQuery("SELECT bsn_sleutelversie, count(*) FROM klant WHERE bsn_sleutelversie NOT IN (:versies) "
                        + "GROUP BY bsn_sleutelversie")
                .setParameter("versies", List.copyOf(versies)).getResultList());
    }

    /** Up to {@code n} klanten on an old version, rows locked and skipped by any other taker (FOR UPDATE SKIP LOCKED). */
    List<Versleuteld> neemOpOudeSleutel(List<Integer> oud, List<UUID> overslaan, int n) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT klant_id, bsn_versleuteld FROM klant
                         WHERE bsn_sleutelversie IN (:oud) AND klant_id NOT IN (:overslaan)
                         LIMIT :n
                           FOR UPDATE SKIP LOCKED""")
                .setParameter("oud", oud).setParameter("overslaan", overslaan).setParameter("n", n)
                .getResultList();
        return rows.stream().map(r -> new Versleuteld((UUID) r[0], (String) r[1])).toList();
    }

    /** @return false when another klant already has this HMAC (a double klant), nothing written */
    boolean herschrijf(UUID klantId, String versleuteld, String hmac) {
        return em.createNativeQuery("""
                        UPDATE klant SET bsn_versleuteld = :versleuteld, bsn_hmac = :hmac
                         WHERE klant_id = :id
                           AND NOT EXISTS (SELECT 1 FROM klant o WHERE o.bsn_hmac = :hmac AND o.klant_id <> :id)""")
                .setParameter("versleuteld", versleuteld).setParameter("hmac", hmac).setParameter("id", klantId)
                .executeUpdate() > 0;
    }

    private static Map<Integer, Long> perVersie(List<?> rows) {
        Map<Integer, Long> perVersie = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            perVersie.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
        }
        return perVersie;
    }
}
