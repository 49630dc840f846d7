package nl.werkplein.intake.klantbericht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.mail.MailVerzender;
import nl.werkplein.intake.mail.UitgaandeMail;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Answers every mail-verzocht once per berichtId (docs/events.md, "Mail results"), through the outbox
 * on intake's own topic: {@code bericht-verzonden} in the transaction that records that SMTP took the
 * mail, or {@code bericht-niet-verzonden} when it cannot be sent at all. A requester counts a message
 * as sent only on the first.
 */
@ApplicationScoped
public class BerichtUitkomsten {

    public enum Reden { GEEN_EMAILADRES, ONBEKENDE_KLANT }

    static final String KANAAL_EMAIL = "EMAIL";

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    void verzonden(@Observes MailVerzender.Verzonden verzonden) {
        UitgaandeMail mail = verzonden.mail();
        if (mail.soort != UitgaandeMail.Soort.KLANTBERICHT || mail.berichtId == null || mail.klantId == null) {
            return; // intake's own mail: nobody asked
        }
        outbox.append(AanvraagEvents.TOPIC, mail.klantId.toString(), events.create(AanvraagEvents.BERICHT_VERZONDEN, mail.berichtId,
                new AanvraagEvents.BerichtVerzonden(mail.klantId, mail.berichtId, mail.verzoekType, KANAAL_EMAIL, verzonden.op())));
    }

    /** In the consumer's transaction; a second request with the same berichtId is answered once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean nietVerzonden(UUID klantId, UUID berichtId, String verzoekType, Reden reden) {
        boolean nieuw = em.createNativeQuery("""
                        INSERT INTO bericht_niet_verzonden (bericht_id, klant_id, verzoek_type, reden, vastgesteld_op)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (bericht_id) DO NOTHING""")
                .setParameter(1, berichtId)
                .setParameter(2, klantId)
                .setParameter(3, verzoekType)
                .setParameter(4, reden.name())
                .setParameter(5, OffsetDateTime.now(clock))
                .executeUpdate() == 1;
        if (nieuw) {
            outbox.append(AanvraagEvents.TOPIC, klantId.toString(), events.create(AanvraagEvents.BERICHT_NIET_VERZONDEN, berichtId,
                    new AanvraagEvents.BerichtNietVerzonden(klantId, berichtId, verzoekType, reden.name())));
        }
        return nieuw;
    }
}
