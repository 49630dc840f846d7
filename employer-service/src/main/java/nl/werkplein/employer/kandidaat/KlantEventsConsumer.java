package nl.werkplein.employer.kandidaat;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The client topics that feed the candidate read model; failures go to each topic's .dlq. */
@ApplicationScoped
public class KlantEventsConsumer {

    @Inject
    KandidaatProjectie projectie;

    @Incoming("indelingen")
    @Blocking
    public void indeling(String record) {
        projectie.live(record);
    }

    @Incoming("trajecten")
    @Blocking
    public void traject(String record) {
        projectie.live(record);
    }

    @Incoming("aanvragen")
    @Blocking
    public void aanvraag(String record) {
        projectie.live(record);
    }
}
