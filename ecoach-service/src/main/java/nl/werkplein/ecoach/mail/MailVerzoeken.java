package nl.werkplein.ecoach.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.traject.TrajectEvents;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.MailVerzocht;
import nl.werkplein.platform.outbox.Outbox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Mail to a client goes through intake-service, the only holder of e-mail addresses (docs/events.md,
 * "Mail to a client"): this service publishes the request (platform's MailVerzocht, the one shape every
 * requester uses) on its own topic; the text never holds personal data.
 */
@ApplicationScoped
public class MailVerzoeken {

    public static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID verzoek(UUID klantId, String onderwerp, String tekst) {
        UUID berichtId = UUID.randomUUID();
        outbox.append(TrajectEvents.TOPIC, klantId.toString(), events.create(MailVerzocht.ECOACH, klantId,
                new MailVerzocht(klantId, berichtId, onderwerp, tekst)));
        return berichtId;
    }

    public static String datum(LocalDate datum) {
        return DATUM.format(datum);
    }
}
