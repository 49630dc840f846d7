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

/** Per ISO week: deliveries, vacancies, placements and yield, for a partner or a contract. The SQL is in {@link RapportageRepository}. */
@ApplicationScoped
public class RapportageService {

    @Inject
    EntityManager em;
    @Inject
    RapportageRepository repository;
    @Inject
    ContractService contracten;

    @Transactional
    public Rapportage partner(String partnerId) {
        if (em.find(Partner.class, partnerId) == null) {
            throw ProblemException.notFound("Partner " + partnerId);
        }
        Map<String, Rapportage.Week> weken = new TreeMap<>();
        leveringen(weken, partnerId, null, null);
        plaatsingen(weken, repository.plaatsingenVanPartner(partnerId));
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
        for (RapportageRepository.WeekAantal w : repository.plaatsenAangeboden(contractId)) {
            voegToe(weken, new Rapportage.Week(w.week(), 0, 0, 0, w.aantal(), 0, 0, 0, 0));
        }
        for (RapportageRepository.WeekAantal w : repository.plaatsenIngetrokken(contractId)) {
            voegToe(weken, new Rapportage.Week(w.week(), 0, 0, 0, 0, 0, w.aantal(), 0, 0));
        }
        plaatsingen(weken, repository.plaatsingenVanContract(contractId));
        return rapportage(null, contractId, weken);
    }

    private void leveringen(Map<String, Rapportage.Week> weken, String partnerId, IsoWeek van, IsoWeek tot) {
        for (RapportageRepository.LeveringWeek l : repository.leveringen(partnerId)) {
            IsoWeek w = l.week();
            if ((van != null && w.isVoor(van)) || (tot != null && tot.isVoor(w))) {
                continue;
            }
            voegToe(weken, new Rapportage.Week(w.toString(), 1, l.geaccepteerd(), l.afgewezen(), l.nieuw(), l.gewijzigd(), l.ingetrokken(), 0, 0));
        }
    }

    private static void plaatsingen(Map<String, Rapportage.Week> weken, List<RapportageRepository.PlaatsingWeek> rijen) {
        for (RapportageRepository.PlaatsingWeek p : rijen) {
            voegToe(weken, new Rapportage.Week(p.week(), 0, 0, 0, 0, 0, 0, p.aantal(), p.waarde()));
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
}
