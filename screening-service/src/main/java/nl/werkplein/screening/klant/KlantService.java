package nl.werkplein.screening.klant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.security.Caller;

import java.util.UUID;

/** The client as screening knows them; a klant sees only their own record. */
@ApplicationScoped
public class KlantService {

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @Transactional
    public Klant raadpleeg(UUID klantId) {
        Klant klant = Klant.bekend(klantId, caller);
        audit.record(AuditLog.Actie.RAADPLEGEN, "klant", klantId, klantId, "klant inzien");
        return klant;
    }
}
