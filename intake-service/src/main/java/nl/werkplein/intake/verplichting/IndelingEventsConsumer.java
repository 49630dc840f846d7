package nl.werkplein.intake.verplichting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.intake.verplichting.VerplichtingService;
import nl.werkplein.platform.inbox.TypedConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A questionnaire submitted at screening-service meets the ENTREEVRAGENLIJST obligation of the
 * client's open aanvraag (obligation 4 of domain.md §1.6), also after its einddatum. Only
 * {@code entreevragenlijst-ingediend} does: {@code indeling-vastgesteld} is published for a
 * consulent's decision too, which never meets it (domain.md 1.10, docs/events.md).
 */
@ApplicationScoped
public class IndelingEventsConsumer extends TypedConsumer<IndelingEventsConsumer.Ingediend> {

    static final String INGEDIEND = "nl.werkplein.screening.entreevragenlijst-ingediend";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ingediend(UUID klantId, UUID beoordelingId) {
    }

    @Inject
    VerplichtingService verplichtingen;

    @Incoming("indelingen")
    @Blocking
    public void on(String record) {
        ontvang(record);
    }

    IndelingEventsConsumer() {
        super("intake.entreevragenlijst", Set.of(INGEDIEND), Ingediend.class);
    }

    @Override
    protected List<String> ontbrekend(String type, Ingediend data) {
        return nulVelden("klantId", data.klantId());
    }

    @Override
    protected void verwerk(Gebeurtenis<Ingediend> g) {
        verplichtingen.entreevragenlijstIngediend(g.data().klantId(), g.data().beoordelingId());
    }
}
