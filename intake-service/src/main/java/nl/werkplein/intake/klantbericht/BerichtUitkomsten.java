package nl.werkplein.intake.klantbericht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.brief.Brief;
import nl.werkplein.intake.brief.BriefService;
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
 * mail ({@code kanaal: EMAIL}) or that the print street sent the letter ({@code kanaal: BRIEF}), or
 * {@code bericht-niet-verzonden} when it cannot be sent at all (or its letter was withdrawn). A
 * requester counts a message as sent only on the first; a letter waiting in the print queue is not sent.
 */
@ApplicationScoped
public class BerichtUitkomsten {

    /**
     * GEEN_EMAILADRES: a known client with neither an e-mail address nor a postal address;
     * BRIEF_INGETROKKEN: the letter was withdrawn from the print queue before it went out.
     */
    public enum Reden { GEEN_EMAILADRES, ONBEKENDE_KLANT, BRIEF_INGETROKKEN }

    static final String KANAAL_EMAIL = "EMAIL";
    static final String KANAAL_BRIEF = "BRIEF";

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    KlantberichtRepository repository;
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

    /** A letter the print street sent: the requester hears it now, in the transaction that marks it VERSTUURD. */
    void briefVerstuurd(@Observes BriefService.Verstuurd verstuurd) {
        Brief brief = verstuurd.brief();
        if (brief.verzoekType == null) {
            return; // intake's own letter: nobody asked
        }
        outbox.append(AanvraagEvents.TOPIC, brief.klantId.toString(), events.create(AanvraagEvents.BERICHT_VERZONDEN, brief.berichtId,
                new AanvraagEvents.BerichtVerzonden(brief.klantId, brief.berichtId, brief.verzoekType, KANAAL_BRIEF, verstuurd.op())));
    }

    /** A withdrawn letter will not reach the client: answered as not sent, so the requester can follow it up. */
    void briefIngetrokken(@Observes BriefService.Ingetrokken ingetrokken) {
        Brief brief = ingetrokken.brief();
        if (brief.verzoekType != null) {
            nietVerzonden(brief.klantId, brief.berichtId, brief.verzoekType, Reden.BRIEF_INGETROKKEN);
        }
    }

    /** Whether this request was answered as not sent already (a later address does not turn that around). */
    public boolean alNietVerzonden(UUID berichtId) {
        return repository.alNietVerzonden(berichtId);
    }

    /** In the consumer's transaction; a second request with the same berichtId is answered once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean nietVerzonden(UUID klantId, UUID berichtId, String verzoekType, Reden reden) {
        boolean nieuw = repository.legNietVerzondenVast(klantId, berichtId, verzoekType, reden, OffsetDateTime.now(clock));
        if (nieuw) {
            outbox.append(AanvraagEvents.TOPIC, klantId.toString(), events.create(AanvraagEvents.BERICHT_NIET_VERZONDEN, berichtId,
                    new AanvraagEvents.BerichtNietVerzonden(klantId, berichtId, verzoekType, reden.name())));
        }
        return nieuw;
    }
}
