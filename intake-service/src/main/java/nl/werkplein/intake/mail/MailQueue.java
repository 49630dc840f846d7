package nl.werkplein.intake.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The repository of the mail queue ({@code uitgaande_mail}): queues a mail in the caller's transaction,
 * so the change that causes a mail and the mail commit together; {@link MailVerzender} sends it. A second
 * request for the same aanvraag and soort is a no-op. Its only event is the in-process {@link Geplaatst}
 * wake-up of the sender (no rule, audit or Kafka event).
 */
@ApplicationScoped
public class MailQueue {

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.event.Event<Geplaatst> geplaatst;

    /** Fired when a mail was queued; after the commit, MailVerzender sends it at once. */
    public record Geplaatst(UUID aanvraagId) {
    }

    /** A message another service asked for (docs/events.md); once per berichtId. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean plaatsBericht(UUID klantId, UUID berichtId, String verzoekType, String ontvanger, String onderwerp, String tekst) {
        boolean nieuw = em.createNativeQuery("""
                        INSERT INTO uitgaande_mail (id, klant_id, bericht_id, soort, ontvanger, onderwerp, inhoud, aangemaakt_op, volgende_poging_op, verzoek_type)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)
                        ON CONFLICT (bericht_id) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, klantId)
                .setParameter(3, berichtId)
                .setParameter(4, UitgaandeMail.Soort.KLANTBERICHT.name())
                .setParameter(5, ontvanger)
                .setParameter(6, onderwerp)
                .setParameter(7, tekst)
                .setParameter(8, OffsetDateTime.now(clock))
                .setParameter(9, verzoekType)
                .executeUpdate() == 1;
        if (nieuw) {
            geplaatst.fire(new Geplaatst(null));
        }
        return nieuw;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean plaats(UUID aanvraagId, UitgaandeMail.Soort soort, String ontvanger, String onderwerp, String inhoud) {
        OffsetDateTime nu = OffsetDateTime.now(clock);
        boolean nieuw = em.createNativeQuery("""
                        INSERT INTO uitgaande_mail (id, aanvraag_id, soort, ontvanger, onderwerp, inhoud, aangemaakt_op, volgende_poging_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
                        ON CONFLICT (aanvraag_id, soort) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, aanvraagId)
                .setParameter(3, soort.name())
                .setParameter(4, ontvanger)
                .setParameter(5, onderwerp)
                .setParameter(6, inhoud)
                .setParameter(7, nu)
                .executeUpdate() == 1;
        if (nieuw) {
            geplaatst.fire(new Geplaatst(aanvraagId));
        }
        return nieuw;
    }
}
