package nl.werkplein.platform.managementinformatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly read model of management information: one counter per (meting, maand, sleutel), e.g.
 * ("aanvraag-ingediend", 2026-03, "") or ("caseload-in", 2026-03, "ZELFDOENER"). Only aggregates,
 * never a klantId. A service's {@link ManagementinformatieProjectie} adds to it in the transaction that
 * records the handled event, so an event counts once. The table {@code mi_kengetal} is created by
 * each service's own migration (docs/managementinformatie.md).
 */
@ApplicationScoped
public class Kengetallen {

    /** One counter of one month. */
    public record Waarde(String meting, YearMonth maand, String sleutel, long waarde) {
    }

    @Inject
    EntityManager em;

    /** Adds {@code delta} (may be negative: a correction) to a counter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tel(String meting, YearMonth maand, String sleutel, long delta) {
        em.createNativeQuery("""
                        INSERT INTO mi_kengetal (meting, maand, sleutel, waarde) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (meting, maand, sleutel) DO UPDATE SET waarde = mi_kengetal.waarde + EXCLUDED.waarde""")
                .setParameter(1, meting)
                .setParameter(2, maand.atDay(1))
                .setParameter(3, sleutel == null ? "" : sleutel)
                .setParameter(4, delta)
                .executeUpdate();
    }

    /** The counters of these metingen from {@code van} to {@code tot} (both inclusive; van null = from the start). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Waarde> lees(List<String> metingen, YearMonth van, YearMonth tot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT meting, maand, sleutel, waarde FROM mi_kengetal
                         WHERE meting = ANY(CAST(?1 AS text[])) AND maand >= ?2 AND maand <= ?3
                         ORDER BY maand, meting, sleutel""")
                .setParameter(1, metingen.toArray(String[]::new))
                .setParameter(2, van == null ? LocalDate.of(1900, 1, 1) : van.atDay(1))
                .setParameter(3, tot.atDay(1))
                .getResultList();
        List<Waarde> waarden = new ArrayList<>(rijen.size());
        for (Object[] r : rijen) {
            LocalDate maand = r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1];
            waarden.add(new Waarde((String) r[0], YearMonth.from(maand), (String) r[2], ((Number) r[3]).longValue()));
        }
        return waarden;
    }

    /** The counters of these metingen from {@code van} to {@code tot}, for lookups (van null = from the start). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tellers tellers(List<String> metingen, YearMonth van, YearMonth tot) {
        return Tellers.van(lees(metingen, van, tot));
    }

    /**
     * The running balance of the counters {@code in} minus {@code uit} per sleutel at the end of every month
     * of the period (e.g. a caseload from its ins and outs), counted from the start; see {@link Tellers#lopendeStand}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tellers.Stand> lopendeStand(String in, String uit, Maandperiode periode, java.util.Collection<String> sleutels) {
        return tellers(uit == null ? List.of(in) : List.of(in, uit), null, periode.tot()).lopendeStand(in, uit, periode, sleutels);
    }

    /** Empties the whole read model (before a rebuild). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leeg() {
        em.createNativeQuery("DELETE FROM mi_kengetal").executeUpdate();
    }
}
