package nl.werkplein.intake.klant;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;

/**
 * At startup (after Flyway): the service does not start while klanten are on a BSN key the ring does
 * not hold (BsnSleutelring#ontbrekendeSleutels), so removing a key too early stops one pod's rollout
 * instead of silently giving returning clients a second klantId.
 */
@ApplicationScoped
public class BsnSleutelControle {

    @Inject
    BsnVersleuteling versleuteling;
    @Inject
    BsnSleutelRepository sleutels;

    @Transactional
    void controleer(@Observes StartupEvent start) {
        Map<Integer, Long> perVersie = sleutels.klantenBuiten(versleuteling.ring().versies());
        String fout = versleuteling.ring().ontbrekendeSleutels(perVersie);
        if (fout != null) {
            throw new IllegalStateException(fout);
        }
    }
}
