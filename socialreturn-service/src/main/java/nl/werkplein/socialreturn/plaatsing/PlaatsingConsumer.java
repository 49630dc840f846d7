package nl.werkplein.socialreturn.plaatsing;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** employer-service's realised placements (werkplein.employer.plaatsingen.v1) count toward contracts. */
@ApplicationScoped
public class PlaatsingConsumer {

    @Inject
    IdempotentConsumer consumer;
    @Inject
    PlaatsingService plaatsingen;

    @Incoming("plaatsingen")
    @Blocking
    public void on(String record) {
        consumer.handle("socialreturn.plaatsing", record, plaatsingen::verwerk);
    }
}
