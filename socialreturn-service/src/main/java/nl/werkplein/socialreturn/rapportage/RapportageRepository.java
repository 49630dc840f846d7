package nl.werkplein.socialreturn.rapportage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.socialreturn.levering.IsoWeek;

import java.util.List;
import java.util.UUID;

/** The weekly counts behind a rapportage, grouped in SQL; typed rows out. Weeks as ISO weeks in Amsterdam time. */
@ApplicationScoped
public class RapportageRepository {

    private static final String WEEK_VAN_TIJDSTIP = "to_char(%s AT TIME ZONE 'Europe/Amsterdam', 'IYYY-\"W\"IW')";

    /** One delivery of a partner: the counts of its week. */
    record LeveringWeek(IsoWeek week, int geaccepteerd, int afgewezen, int nieuw, int gewijzigd, int ingetrokken) {
    }

    /** A count in a week ({@code 2026-W09}). */
    record WeekAantal(String week, int aantal) {
    }

    /** Placements started in a week and their credited value (centen). */
    record PlaatsingWeek(String week, int aantal, long waarde) {
    }

    @Inject
    EntityManager em;

    List<LeveringWeek> leveringen(String partnerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT jaar, week, geaccepteerd, aantal_afgewezen, nieuw, gewijzigd, ingetrokken
                          FROM levering WHERE partner_id = ?1""")
                .setParameter(1, partnerId).getResultList();
        return rijen.stream().map(r -> new LeveringWeek(new IsoWeek(n(r[0]), n(r[1])), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])))
                .toList();
    }

    /** Places Bureau Social Return registered under the contract, per week they were offered. */
    List<WeekAantal> plaatsenAangeboden(UUID contractId) {
        return tellen("SELECT " + WEEK_VAN_TIJDSTIP.formatted("aangeboden_op") + ", count(*) FROM vacature"
                + " WHERE contract_id = ?1 AND bron = 'SOCIAL_RETURN' GROUP BY 1", contractId);
    }

    /** The same places per week they were withdrawn. */
    List<WeekAantal> plaatsenIngetrokken(UUID contractId) {
        return tellen("SELECT " + WEEK_VAN_TIJDSTIP.formatted("ingetrokken_op") + ", count(*) FROM vacature"
                + " WHERE contract_id = ?1 AND bron = 'SOCIAL_RETURN' AND ingetrokken_op IS NOT NULL GROUP BY 1", contractId);
    }

    List<PlaatsingWeek> plaatsingenVanPartner(String partnerId) {
        return plaatsingen("partner_id", partnerId);
    }

    List<PlaatsingWeek> plaatsingenVanContract(UUID contractId) {
        return plaatsingen("contract_id", contractId);
    }

    /** {@code kolom} is one of this class's own column names, never input. */
    private List<PlaatsingWeek> plaatsingen(String kolom, Object waarde) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("SELECT to_char(startdatum, 'IYYY-\"W\"IW'), count(*), coalesce(sum(CASE WHEN toegerekend THEN waarde ELSE 0 END), 0)"
                        + " FROM plaatsing WHERE " + kolom + " = ?1 GROUP BY 1")
                .setParameter(1, waarde).getResultList();
        return rijen.stream().map(r -> new PlaatsingWeek((String) r[0], n(r[1]), ((Number) r[2]).longValue())).toList();
    }

    private List<WeekAantal> tellen(String sql, Object param) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(sql).setParameter(1, param).getResultList();
        return rijen.stream().map(r -> new WeekAantal((String) r[0], n(r[1]))).toList();
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }
}
