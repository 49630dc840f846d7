package nl.werkplein.intake.klantbericht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.brief.BriefService;
import nl.werkplein.intake.mail.MailQueue;
import nl.werkplein.platform.audit.AuditLog;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * A message another service asked intake to send a client: queued as a mail (once per berichtId) and
 * sent like any other, or, for a client without an e-mail address, made a letter in the print queue
 * (brief/BriefService) to the postal address intake holds; the requester gets {@code bericht-verzonden}
 * once SMTP took the mail or the print street sent the letter, or {@code bericht-niet-verzonden}
 * (neither address, unknown client) at once ({@link BerichtUitkomsten}).
 */
@ApplicationScoped
public class KlantberichtService {

    private static final Logger LOG = Logger.getLogger(KlantberichtService.class);

    @Inject
    KlantberichtRepository adressen;
    @Inject
    MailQueue mail;
    @Inject
    AuditLog audit;
    @Inject
    BerichtUitkomsten uitkomsten;
    @Inject
    BriefService brieven;

    /** In the consumer's transaction. {@code verzoekType} names the requester (nl.werkplein.&lt;service&gt;.mail-verzocht). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verstuur(UUID klantId, UUID berichtId, String verzoekType, String onderwerp, String tekst) {
        Optional<String> email = adressen.emailadres(klantId);
        if (email.isEmpty()) {
            boolean bekend = adressen.bekend(klantId);
            if (bekend && !uitkomsten.alNietVerzonden(berichtId)) {
                // no e-mail address: a letter to the postal address intake holds; answered once the print street sent it
                var brief = brieven.maak(klantId, berichtId, verzoekType, onderwerp, tekst);
                if (brief.isPresent()) {
                    LOG.infof("bericht %s: no e-mail address; letter %s in the print queue", berichtId, brief.get().id);
                    return;
                }
            }
            // nothing to send: the requester hears why, instead of waiting forever (or a dead letter)
            LOG.infof("bericht %s: %s; not sent", berichtId, bekend ? "neither an e-mail nor a postal address known for the client" : "unknown client");
            uitkomsten.nietVerzonden(klantId, berichtId, verzoekType,
                    bekend ? BerichtUitkomsten.Reden.GEEN_EMAILADRES : BerichtUitkomsten.Reden.ONBEKENDE_KLANT);
            return;
        }
        mail.plaatsBericht(klantId, berichtId, verzoekType, email.get(), onderwerp, tekst);
        audit.recordBySystem(aanvrager(verzoekType), AuditLog.Actie.RAADPLEGEN, "email", berichtId, klantId,
                "bericht aan de klant versturen");
    }

    /** The requesting system from the event type: nl.werkplein.ecoach.mail-verzocht → ecoach-service. */
    static String aanvrager(String verzoekType) {
        String[] delen = verzoekType.split("\\.");
        return delen.length >= 3 ? delen[2] + "-service" : verzoekType;
    }
}
