package nl.werkplein.employer.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.employer.plaatsing.Plaatsing;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;

import java.util.UUID;

/** The candidate read model as a matcher or administrator sees it, and its rebuild; both audited. */
@ApplicationScoped
public class KandidaatService {

    @Inject
    KandidatenHerbouw herbouw;
    @Inject
    AuditLog audit;

    /** One client's read model, with the pool rule applied to it and its running placement now. */
    @Transactional
    public KandidaatResponse raadplegen(UUID klantId) {
        Kandidaat k = Kandidaat.findById(klantId);
        if (k == null) {
            throw ProblemException.notFound("Kandidaat");
        }
        Plaatsing lopend = Plaatsing.lopend(klantId, k.cyclusStart);
        PoolEnDoelgroepRegel.Uitkomst u = PoolEnDoelgroepRegel.bepaal(k.feiten(lopend == null ? null : lopend.uitstroom.name()));
        KandidaatResponse antwoord = KandidaatResponse.van(k, u, lopend, KandidaatHistorie.van(klantId));
        audit.record(AuditLog.Actie.RAADPLEGEN, "kandidaat", klantId, klantId, "kandidatenbeeld raadplegen");
        return antwoord;
    }

    /** Not one transaction: the replay commits per event (like the live consumers) and may take minutes. */
    public KandidatenHerbouw.Resultaat herbouwen() {
        KandidatenHerbouw.Resultaat r = herbouw.herbouw();
        audit.record(AuditLog.Actie.WIJZIGEN, "kandidaten", null, null, "kandidatenbeeld herbouwd uit de topics");
        return r;
    }
}
