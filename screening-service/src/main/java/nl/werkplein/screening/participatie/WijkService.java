package nl.werkplein.screening.participatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;

import java.util.List;
import java.util.Map;

/** The wijken, their postcode-4 areas (by hand or beheer's CSV) and the organisations that serve them. */
@ApplicationScoped
public class WijkService {

    @Inject
    WijkRepository wijken;
    @Inject
    AuditLog audit;

    @Transactional
    public List<WijkResponse> wijken() {
        return wijken.wijken();
    }

    @Transactional
    public List<OrganisatieResponse> organisaties() {
        return wijken.organisaties();
    }

    @Transactional
    public boolean bestaandeOrganisatie(String code) {
        return wijken.bestaandeOrganisatie(code);
    }

    /** Puts a postcode-4 area in a wijk; again in another wijk moves it. */
    @Transactional
    public void koppel(String wijk, String postcode4) {
        if (!postcode4.matches("^[1-9][0-9]{3}$")) {
            throw ProblemException.invalid("postcode4", "vier cijfers, niet beginnend met 0");
        }
        if (!wijken.bestaandeWijk(wijk)) {
            throw ProblemException.notFound("Wijk " + wijk);
        }
        wijken.koppel(postcode4, wijk);
    }

    /** Beheer's CSV of postcode-4 areas per wijk: the accepted rows are applied (an area moves to its new wijk). */
    @Transactional
    public PostcodeCsv.Resultaat importeer(String csv) {
        PostcodeCsv.Resultaat resultaat = PostcodeCsv.lees(csv, wijken.wijkNamen());
        if (resultaat.kopfout() != null) {
            throw ProblemException.invalid("body", resultaat.kopfout());
        }
        for (Map.Entry<String, String> e : resultaat.geaccepteerd().entrySet()) {
            wijken.koppel(e.getKey(), e.getValue());
        }
        audit.record(AuditLog.Actie.WIJZIGEN, "wijk_postcode", null, null,
                "postcodegebieden geïmporteerd: " + resultaat.geaccepteerdeRijen() + " overgenomen, " + resultaat.afgewezen().size() + " afgewezen");
        return resultaat;
    }
}
