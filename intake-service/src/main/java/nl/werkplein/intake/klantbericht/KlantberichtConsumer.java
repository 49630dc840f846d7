package nl.werkplein.intake.klantbericht;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.inbox.TypedConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Other services write to a client through intake-service, the only holder of e-mail addresses: a
 * {@code mail-verzocht} event from screening or ecoach is handed to {@link KlantberichtService}, once
 * per event (both topics share one consumer name, so the inbox keeps them apart by event id).
 */
@ApplicationScoped
public class KlantberichtConsumer extends TypedConsumer<KlantberichtConsumer.Verzoek> {

    static final List<String> VERZOCHT = List.of("nl.werkplein.screening.mail-verzocht", "nl.werkplein.ecoach.mail-verzocht");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verzoek(UUID klantId, UUID berichtId, String onderwerp, String tekst) {
    }

    @Inject
    KlantberichtService berichten;

    @Incoming("berichten-screening")
    @Blocking
    public void vanScreening(String record) {
        ontvang(record);
    }

    @Incoming("berichten-ecoach")
    @Blocking
    public void vanEcoach(String record) {
        ontvang(record);
    }

    @Override
    protected String naam() {
        return "intake.klantbericht";
    }

    @Override
    protected Set<String> types() {
        return Set.copyOf(VERZOCHT);
    }

    @Override
    protected Class<Verzoek> dataklasse() {
        return Verzoek.class;
    }

    @Override
    protected List<String> ontbrekend(String type, Verzoek v) {
        List<String> ontbreekt = new ArrayList<>(nulVelden("klantId", v.klantId(), "berichtId", v.berichtId()));
        if (v.onderwerp() == null || v.onderwerp().isBlank()) {
            ontbreekt.add("onderwerp");
        }
        if (v.tekst() == null || v.tekst().isBlank()) {
            ontbreekt.add("tekst");
        }
        return ontbreekt;
    }

    @Override
    protected void verwerk(Gebeurtenis<Verzoek> g) {
        Verzoek v = g.data();
        berichten.verstuur(v.klantId(), v.berichtId(), g.type(), v.onderwerp(), v.tekst());
    }
}
