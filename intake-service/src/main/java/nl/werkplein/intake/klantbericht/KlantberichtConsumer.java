package nl.werkplein.intake.klantbericht;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.MailVerzocht;
import nl.werkplein.platform.inbox.TypedConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/**
 * Other services write to a client through intake-service, the only holder of e-mail addresses: a
 * {@code mail-verzocht} event from screening or ecoach is handed to {@link KlantberichtService}, once
 * per event (both topics share one consumer name, so the inbox keeps them apart by event id).
 */
@ApplicationScoped
public class KlantberichtConsumer extends TypedConsumer<MailVerzocht> {

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

    KlantberichtConsumer() {
        super("intake.klantbericht", MailVerzocht.TYPES, MailVerzocht.class);
    }

    @Override
    protected List<String> ontbrekend(String type, MailVerzocht v) {
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
    protected void verwerk(Gebeurtenis<MailVerzocht> g) {
        MailVerzocht v = g.data();
        berichten.verstuur(v.klantId(), v.berichtId(), g.type(), v.onderwerp(), v.tekst());
    }
}
