package nl.werkplein.socialreturn.rapportage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.socialreturn.contract.Contract;
import nl.werkplein.socialreturn.contract.ContractService;
import nl.werkplein.socialreturn.levering.IsoWeek;
import nl.werkplein.socialreturn.partner.Partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Per ISO week: deliveries, vacancies, placements and yield, for a partner or a contract. */
@ApplicationScoped
public class RapportageService {

    private static final String WEEK_VAN_TIJDSTIP = "to_char(%s AT TIME ZONE 'Europe/Amsterdam', 'IYYY-\"W\"IW')";

    @Inject
    EntityManager em;
    @Inject
    ContractService contracten;

    @Transactional
    public Rapportage partner(String partnerId) {
        if (em.find(Partner.class, partnerId) == null) {
            throw ProblemException.notFound("Partner " + partnerId);
        }
        Map<String, Rapportage.Week> weken = new TreeMap<>();
        leveringen(weken, partnerId, null, null);
        plaatsingen(weken, "partner_id", partnerId);
        return rapportage(partnerId, null, weken);
    }

    @Transactional
    public Rapportage contract(UUID contractId) {
        Contract c = contracten.contract(contractId);
        Map<String, Rapportage.Week> weken = new TreeMap<>();
        if (c.partnerId != null) {
            // the partner's deliveries count for the weeks of the contract's period
            IsoWeek tot = c.einddatum == null ? null : IsoWeek.van(c.einddatum);
            leveringen(weken, c.partnerId, IsoWeek.van(c.begindatum), tot);
        }
        // places Bureau Social Return registered under the contract
        tellen(weken, "SELECT " + WEEK_VAN_TIJDSTIP.formatted("aangeboden_op") + ", count(*) FROM vacature"
                + " WHERE contract_id = ?1 AND bron = 'SOCIAL_RETURN' GROUP BY 1", contractId, Veld.NIEUW);
        tellen(weken, "SELECT " + WEEK_VAN_TIJDSTIP.formatted("ingetrokken_op") + ", count(*) FROM vacature"
                + " WHERE contract_id = ?1 AND bron = 'SOCIAL_RETURN' AND ingetrokken_op IS NOT NULL GROUP BY 1", contractId, Veld.INGETROKKEN);
        plaatsingen(weken, "contract_id", contractId);
        return rapportage(null, contractId, weken);
    }

    private enum Veld { NIEUW, INGETROKKEN }

    private void leveringen(Map<String, Rapportage.Week> weken, String partnerId, IsoWeek van, IsoWeek tot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT jaar, week, geaccepteerd, aantal_afgewezen, nieuw, gewijzigd, ingetrokken
                          FROM levering WHERE partner_id = ?1""")
                .setParameter(1, partnerId).getResultList();
        for (Object[] r : rijen) {
            IsoWeek w = new IsoWeek(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
            if ((van != null && w.isVoor(van)) || (tot != null && tot.isVoor(w))) {
                continue;
            }
            voegToe(weken, new Rapportage.Week(w.toString(), 1, n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), 0, 0));
        }
    }

    private void plaatsingen(Map<String, Rapportage.Week> weken, String kolom, Object waarde) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("SELECT to_char(startdatum, 'IYYY-\"W\"IW'), count(*), coalesce(sum(CASE WHEN toegerekend THEN waarde ELSE 0 END), 0)"
                        + " FROM plaatsing WHERE " + kolom + " = ?1 GROUP BY 1")
                .setParameter(1, waarde).getResultList();
        for (Object[] r : rijen) {
            voegToe(weken, new Rapportage.Week((String) r[0], 0, 0, 0, 0, 0, 0, n(r[1]), ((Number) r[2]).longValue()));
        }
    }

    private void tellen(Map<String, Rapportage.Week> weken, String sql, Object param, Veld veld) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(sql).setParameter(1, param).getResultList();
        for (Object[] r : rijen) {
            int aantal = n(r[1]);
            voegToe(weken, new Rapportage.Week((String) r[0], 0, 0, 0, veld == Veld.NIEUW ? aantal : 0, 0,
                    veld == Veld.INGETROKKEN ? aantal : 0, 0, 0));
        }
    }

    private static void voegToe(Map<String, Rapportage.Week> weken, Rapportage.Week w) {
        weken.merge(w.week(), w, Rapportage.Week::plus);
    }

    private static Rapportage rapportage(String partnerId, UUID contractId, Map<String, Rapportage.Week> weken) {
        Rapportage.Week totaal = new Rapportage.Week("totaal", 0, 0, 0, 0, 0, 0, 0, 0);
        for (Rapportage.Week w : weken.values()) {
            totaal = totaal.plus(w);
        }
        return new Rapportage(partnerId, contractId, totaal, new ArrayList<>(weken.values()));
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }
}
