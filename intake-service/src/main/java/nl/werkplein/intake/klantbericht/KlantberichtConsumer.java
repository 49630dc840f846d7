package nl.werkplein.intake.klantbericht;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.intake.mail.MailQueue;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import nl.werkplein.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Other services write to a client through intake-service, the only holder of e-mail addresses:
 * a {@code mail-verzocht} event is queued as a mail (once per berichtId) and sent like any other, or,
 * for a client without an e-mail address, made a letter in the print queue (brief/BriefService) to the
 * postal address intake holds; the requester gets {@code bericht-verzonden} once SMTP took the mail or
 * the print street sent the letter, or {@code bericht-niet-verzonden} (neither address, unknown
 * client) at once ({@link BerichtUitkomsten}).
 */
@ApplicationScoped
public class KlantberichtConsumer {

    private static final Logger LOG = Logger.getLogger(KlantberichtConsumer.class);

    static final List<String> VERZOCHT = List.of("nl.werkplein.screening.mail-verzocht", "nl.werkplein.ecoach.mail-verzocht");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verzoek(UUID klantId, UUID berichtId, String onderwerp, String tekst) {
    }

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CloudEvents events;
    @Inject
    MailQueue mail;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    BerichtUitkomsten uitkomsten;
    @Inject
    nl.werkplein.intake.brief.BriefService brieven;

    @Incoming("berichten-screening")
    @Blocking
    public void vanScreening(String record) {
        if (relevant(record)) {
            consumer.handle("intake.klantbericht", record, this::apply);
        }
    }

    @Incoming("berichten-ecoach")
    @Blocking
    public void vanEcoach(String record) {
        if (relevant(record)) {
            consumer.handle("intake.klantbericht", record, this::apply);
        }
    }

    /** The type filter before any work (the topics carry many other events); an unreadable record goes on to be dead-lettered. */
    boolean relevant(String record) {
        try {
            return VERZOCHT.contains(events.parse(record).type());
        } catch (InvalidEventException e) {
            return true;
        }
    }

    void apply(CloudEvent event) {
        if (!VERZOCHT.contains(event.type())) {
            return;
        }
        Verzoek verzoek = events.data(event, Verzoek.class);
        if (verzoek.klantId() == null || verzoek.berichtId() == null || blank(verzoek.onderwerp()) || blank(verzoek.tekst())) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks klantId, berichtId, onderwerp or tekst");
        }
        @SuppressWarnings("unchecked")
        List<String> adressen = em.createNativeQuery("""
                        SELECT email FROM (
                            SELECT email, ingediend_op AS sinds FROM aanvraag WHERE klant_id = ?1 AND email IS NOT NULL
                            UNION ALL
                            SELECT email, geregistreerd_op FROM bestandsklant WHERE klant_id = ?1 AND email IS NOT NULL) a
                         ORDER BY sinds DESC LIMIT 1""")
                .setParameter(1, verzoek.klantId()).getResultList();
        if (adressen.isEmpty()) {
            boolean bekend = !em.createNativeQuery("SELECT 1 FROM klant WHERE klant_id = ?1").setParameter(1, verzoek.klantId())
                    .getResultList().isEmpty();
            if (bekend && !uitkomsten.alNietVerzonden(verzoek.berichtId())) {
                // no e-mail address: a letter to the postal address intake holds; answered once the print street sent it
                var brief = brieven.maak(verzoek.klantId(), verzoek.berichtId(), event.type(), verzoek.onderwerp(), verzoek.tekst());
                if (brief.isPresent()) {
                    LOG.infof("bericht %s: no e-mail address; letter %s in the print queue", verzoek.berichtId(), brief.get().id);
                    return;
                }
            }
            // nothing to send: the requester hears why, instead of waiting forever (or a dead letter)
            LOG.infof("bericht %s: %s; not sent", verzoek.berichtId(), bekend ? "neither an e-mail nor a postal address known for the client" : "unknown client");
            uitkomsten.nietVerzonden(verzoek.klantId(), verzoek.berichtId(), event.type(),
                    bekend ? BerichtUitkomsten.Reden.GEEN_EMAILADRES : BerichtUitkomsten.Reden.ONBEKENDE_KLANT);
            return;
        }
        mail.plaatsBericht(verzoek.klantId(), verzoek.berichtId(), event.type(), adressen.get(0), verzoek.onderwerp(), verzoek.tekst());
        audit.recordBySystem(event.source(), AuditLog.Actie.RAADPLEGEN, "email", verzoek.berichtId(), verzoek.klantId(),
                "bericht aan de klant versturen");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
