package nl.werkplein.ecoach.ecoach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Applies the {@link CaseloadRegel} to the database, one assignment at a time. */
@ApplicationScoped
public class Toewijzing {

    @Inject
    EcoachRepository ecoaches;
    @Inject
    CaseloadConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID kiesEcoach() {
        // the active e-coaches stay locked until this transaction ends, so the chosen one's count is exact
        List<CaseloadRegel.Kandidaat> kandidaten = ecoaches.actieveVergrendeld(config.capaciteit());
        // No active e-coach at all: the event is retried and then dead-lettered, to be replayed once beheer adds one.
        return CaseloadRegel.kies(kandidaten).orElseThrow(() -> new IllegalStateException("er is geen actieve e-coach"));
    }
}
