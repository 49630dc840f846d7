package nl.werkplein.screening.participatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The wijken, their postcode-4 areas and the participation organisations (seed 002 plus beheer's
 * imports), in the caller's transaction; typed records out, never rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WijkRepository {

    /** The wijk of a postcode-4 area and the organisation that serves it. */
    public record WijkVanPostcode(String wijk, String organisatieCode) {
    }

    @Inject
    EntityManager em;

    public boolean bestaandeWijk(String naam) {
        return !em.createNativeQuery("SELECT 1 FROM wijk WHERE naam = ?1").setParameter(1, naam).getResultList().isEmpty();
    }

    public boolean bestaandeOrganisatie(String code) {
        return !em.createNativeQuery("SELECT 1 FROM participatie_organisatie WHERE code = ?1").setParameter(1, code).getResultList().isEmpty();
    }

    public Optional<String> organisatieNaam(String code) {
        List<?> naam = em.createNativeQuery("SELECT naam FROM participatie_organisatie WHERE code = ?1").setParameter(1, code).getResultList();
        return naam.stream().findFirst().map(String.class::cast);
    }

    public Set<String> wijkNamen() {
        @SuppressWarnings("unchecked")
        List<String> wijken = em.createNativeQuery("SELECT naam FROM wijk").getResultList();
        return new HashSet<>(wijken);
    }

    public Optional<WijkVanPostcode> wijkVan(String postcode4) {
        if (postcode4 == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT w.naam, w.organisatie_code FROM wijk_postcode p JOIN wijk w ON w.naam = p.wijk WHERE p.postcode4 = ?1""")
                .setParameter(1, postcode4).getResultList();
        return rijen.stream().findFirst().map(r -> new WijkVanPostcode((String) r[0], (String) r[1]));
    }

    /** An area belongs to one wijk: putting it in another moves it. */
    public void koppel(String postcode4, String wijk) {
        em.createNativeQuery("""
                        INSERT INTO wijk_postcode (postcode4, wijk) VALUES (?1, ?2)
                        ON CONFLICT (postcode4) DO UPDATE SET wijk = excluded.wijk""")
                .setParameter(1, postcode4).setParameter(2, wijk).executeUpdate();
    }

    public List<WijkResponse> wijken() {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                SELECT w.naam, w.organisatie, coalesce(string_agg(p.postcode4, ',' ORDER BY p.postcode4), '')
                  FROM wijk w LEFT JOIN wijk_postcode p ON p.wijk = w.naam GROUP BY w.naam, w.organisatie ORDER BY w.naam""")
                .getResultList();
        return rijen.stream().map(r -> new WijkResponse((String) r[0], (String) r[1], lijst((String) r[2]))).toList();
    }

    public List<OrganisatieResponse> organisaties() {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                SELECT o.code, o.naam, o.soort, coalesce(string_agg(w.naam, ',' ORDER BY w.naam), '')
                  FROM participatie_organisatie o LEFT JOIN wijk w ON w.organisatie_code = o.code
                 GROUP BY o.code, o.naam, o.soort ORDER BY o.code""").getResultList();
        return rijen.stream().map(r -> new OrganisatieResponse((String) r[0], (String) r[1], (String) r[2],
                lijst((String) r[3]))).toList();
    }

    private static List<String> lijst(String kommagescheiden) {
        return kommagescheiden.isEmpty() ? List.of() : List.of(kommagescheiden.split(","));
    }
}
