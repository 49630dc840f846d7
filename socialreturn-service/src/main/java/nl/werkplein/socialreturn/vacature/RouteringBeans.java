package nl.werkplein.socialreturn.vacature;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import nl.werkplein.platform.kafka.TopicConfig;

import java.util.ArrayList;
import java.util.List;

/** The routing rules as a bean, and a start-up check that every pool's topic is created (werkplein.kafka.produces). */
@ApplicationScoped
public class RouteringBeans {

    @Inject
    RouteringConfig config;
    @Inject
    TopicConfig topics;

    @Produces
    @ApplicationScoped
    Routering routering() {
        return new Routering(config);
    }

    void controleer(@Observes @Priority(5) StartupEvent event) {
        List<String> pools = new ArrayList<>(config.pools());
        List<String> doelen = List.of(config.swPool(), config.werkleerplekPool(), config.opleidingsplaatsPool(),
                config.instapPool(), config.standaardPool());
        for (String doel : doelen) {
            if (!pools.contains(doel)) {
                throw new IllegalStateException("routing rule names pool " + doel + ", which is not in werkplein.socialreturn.routering.pools " + pools);
            }
        }
        List<String> produced = topics.produces().orElse(List.of());
        for (String pool : pools) {
            if (!produced.contains(Routering.topic(pool))) {
                throw new IllegalStateException("pool " + pool + " has no topic: add " + Routering.topic(pool) + " to werkplein.kafka.produces");
            }
        }
    }
}
