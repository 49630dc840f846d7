package nl.werkplein.employer.managementinformatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The weekly counts of management information, straight from this service's tables: vacancies
 * offered, candidates proposed and placements registered per pool and ISO week (Europe/Amsterdam).
 */
@ApplicationScoped
public class ManagementinformatieRepository {

    /** One pool in one ISO week: how many, and (placements only) how many with full outflow. */
    public record Weektelling(String pool, String week, long aantal, long volledig) {
    }

    /** The three counts of one pool in one ISO week together. */
    public record Weekcijfers(String pool, String week, long vacaturesIn, long voorstellen, long plaatsingen, long uitstroomVolledig) {
    }

    @Inject
    EntityManager em;

    /** Per pool and week (sorted), in [begin, eind): vacancies in, proposals, placements and their full outflow. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Weekcijfers> perPoolEnWeek(OffsetDateTime begin, OffsetDateTime eind, String pool) {
        Map<String, long[]> tellers = new TreeMap<>();
        for (Weektelling w : vacaturesIn(begin, eind, pool)) {
            tellers.computeIfAbsent(w.pool() + "|" + w.week(), k -> new long[4])[0] = w.aantal();
        }
        for (Weektelling w : voorstellen(begin, eind, pool)) {
            tellers.computeIfAbsent(w.pool() + "|" + w.week(), k -> new long[4])[1] = w.aantal();
        }
        for (Weektelling w : plaatsingen(begin, eind, pool)) {
            long[] t = tellers.computeIfAbsent(w.pool() + "|" + w.week(), k -> new long[4]);
            t[2] = w.aantal();
            t[3] = w.volledig();
        }
        List<Weekcijfers> cijfers = new ArrayList<>(tellers.size());
        tellers.forEach((sleutel, t) -> {
            String[] delen = sleutel.split("\\|");
            cijfers.add(new Weekcijfers(delen[0], delen[1], t[0], t[1], t[2], t[3]));
        });
        return cijfers;
    }

    /** Vacancies first offered or registered in [begin, eind); pool null = every pool. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Weektelling> vacaturesIn(OffsetDateTime begin, OffsetDateTime eind, String pool) {
        return tel("""
                SELECT pool, to_char(aangeboden_op AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW'), count(*), 0
                  FROM vacature WHERE aangeboden_op >= ?1 AND aangeboden_op < ?2 AND (?3 = '' OR pool = ?3) GROUP BY 1, 2""", begin, eind, pool);
    }

    /** Candidates proposed in [begin, eind), by the pool of the vacancy. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Weektelling> voorstellen(OffsetDateTime begin, OffsetDateTime eind, String pool) {
        return tel("""
                SELECT v.pool, to_char(s.op AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW'), count(*), 0
                  FROM voorstel s JOIN vacature v ON v.id = s.vacature_id
                 WHERE s.uitkomst = 'VOORGESTELD' AND s.op >= ?1 AND s.op < ?2 AND (?3 = '' OR v.pool = ?3) GROUP BY 1, 2""", begin, eind, pool);
    }

    /** Placements registered in [begin, eind); {@code volledig}: those with full outflow. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Weektelling> plaatsingen(OffsetDateTime begin, OffsetDateTime eind, String pool) {
        return tel("""
                SELECT pool, to_char(geregistreerd_op AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW'), count(*),
                       count(*) FILTER (WHERE uitstroom = 'VOLLEDIG')
                  FROM plaatsing WHERE geregistreerd_op >= ?1 AND geregistreerd_op < ?2 AND (?3 = '' OR pool = ?3) GROUP BY 1, 2""", begin, eind, pool);
    }

    private List<Weektelling> tel(String sql, OffsetDateTime begin, OffsetDateTime eind, String pool) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(sql).setParameter(1, begin).setParameter(2, eind)
                .setParameter(3, pool == null ? "" : pool).getResultList();
        List<Weektelling> tellingen = new ArrayList<>(rijen.size());
        for (Object[] r : rijen) {
            tellingen.add(new Weektelling((String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
        }
        return tellingen;
    }
}
