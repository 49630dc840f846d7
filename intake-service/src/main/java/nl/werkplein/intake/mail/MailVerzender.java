package nl.werkplein.intake.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.platform.postgres.DueWork;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Sends queued mail over SMTP and retries what failed, with a growing wait, until it is sent. A mail
 * row is locked while it is sent (FOR UPDATE SKIP LOCKED), so replicas never send the same one.
 * activeringsmailVerzondenOp is set in the same transaction that records the mail as sent.
 */
@ApplicationScoped
public class MailVerzender {

    private static final Logger LOG = Logger.getLogger(MailVerzender.class);

    @Inject
    Mailer mailer;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    MailConfig config;

    @Inject
    org.eclipse.microprofile.context.ManagedExecutor executor;
    @Inject
    jakarta.enterprise.event.Event<Verzonden> verzonden;

    /** Fired (synchronously, in the transaction that records the mail as sent) once SMTP took a mail. */
    public record Verzonden(UitgaandeMail mail, OffsetDateTime op) {
    }

    /** A mail queued by a committed transaction goes out at once; the schedule is the safety net. */
    void naCommit(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                  MailQueue.Geplaatst geplaatst) {
        executor.runAsync(this::verzendWatKlaarstaat);
    }

    @Scheduled(every = "${werkplein.intake.mail.interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void verzendWatKlaarstaat() {
        DueWork.untilDone(1, max -> verzendEen() ? 1 : 0);
    }

    /** @return whether a due mail was taken (sent or not) */
    public boolean verzendEen() {
        // one mail per transaction: a slow SMTP session holds the lock of one row only, and each send commits at once
        return DueWork.batch(() -> DueWork.pick(em, UitgaandeMail.class, """
                SELECT * FROM uitgaande_mail
                 WHERE verzonden_op IS NULL AND volgende_poging_op <= ?1
                 ORDER BY volgende_poging_op""", 1, OffsetDateTime.now(clock)), this::verzend) > 0;
    }

    private void verzend(UitgaandeMail mail) {
        OffsetDateTime nu = OffsetDateTime.now(clock);
        try {
            mailer.send((mail.soort == UitgaandeMail.Soort.KLANTBERICHT
                    ? Mail.withText(mail.ontvanger, mail.onderwerp, mail.inhoud)
                    : Mail.withHtml(mail.ontvanger, mail.onderwerp, mail.inhoud))
                    .addHeader("Message-ID", "<" + mail.id + "@werkplein>"));
            mail.verzondenOp = nu;
            mail.laatsteFout = null;
            if (mail.soort == UitgaandeMail.Soort.ACTIVERINGSMAIL) {
                // locked: a consulent changing the same aanvraag waits rather than losing on the version
                Aanvraag aanvraag = em.find(Aanvraag.class, mail.aanvraagId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                aanvraag.activeringsmailVerzondenOp = nu;
            }
        } catch (RuntimeException e) {
            mail.pogingen++;
            mail.volgendePogingOp = nu.plus(wacht(mail.pogingen));
            // the class only: an SMTP error may quote the recipient
            mail.laatsteFout = e.getClass().getSimpleName();
            LOG.warnf("mail %s (%s) not sent, attempt %d; next at %s: %s", mail.id, mail.soort, mail.pogingen,
                    mail.volgendePogingOp, e.getClass().getSimpleName());
        }
        if (mail.verzondenOp != null) {
            // outside the try: a failure here rolls the whole attempt back instead of passing for an SMTP error
            verzonden.fire(new Verzonden(mail, nu));
        }
    }

    Duration wacht(int pogingen) {
        Duration wacht = config.eersteWacht().multipliedBy(1L << Math.min(pogingen - 1, 20));
        return wacht.compareTo(config.maxWacht()) > 0 ? config.maxWacht() : wacht;
    }
}
