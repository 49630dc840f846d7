package nl.werkplein.screening.herscreening;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.MailVerzocht;
import nl.werkplein.platform.inbox.TypedConsumer;
import nl.werkplein.screening.klant.IntakeEvents;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * intake-service answers each mail-verzocht with bericht-verzonden or bericht-niet-verzonden. A
 * re-screening invitation counts as sent only on bericht-verzonden through a channel that reaches the
 * client: {@code EMAIL} (SMTP took it) or {@code BRIEF} (the print street sent the letter; while the
 * letter waits in intake's print queue there is no answer and the invitation stays VERZOCHT, holding
 * its place in the week's quota). An answer naming a channel screening does not know is not counted
 * (logged; the invitation keeps waiting) rather than guessed at. One that could not be sent is
 * marked so: it no longer holds a place in the week's quota, and it is reported in the progress (and
 * listed) for a consulent to follow up, not invited again by the planner, since intake's reasons
 * (neither an e-mail nor a postal address, unknown client, a letter withdrawn) do not pass by waiting.
 * A consumer of its own name ({@code screening.bericht}) on intake's topic; AanvraagEventsConsumer hands it each record.
 */
@ApplicationScoped
public class HerscreeningBerichten extends TypedConsumer<HerscreeningBerichten.Bericht> {

    /** The channels that reach the client (docs/events.md); absent in answers from before letters existed: e-mail. */
    static final Set<String> KANALEN = Set.of("EMAIL", "BRIEF");

    private static final Logger LOG = Logger.getLogger(HerscreeningBerichten.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bericht(UUID klantId, UUID berichtId, String verzoekType, String reden, String kanaal, OffsetDateTime verzondenOp) {

        /** An answer to another service's request (e.g. intake's own conversation invitations). */
        boolean vanEenAnderVerzoek() {
            return verzoekType != null && !MailVerzocht.SCREENING.equals(verzoekType);
        }
    }

    /** Whether a bericht-verzonden means the client was reached: by e-mail or by a letter that went out. */
    static boolean bereikt(String kanaal) {
        return kanaal == null || KANALEN.contains(kanaal);
    }

    @Inject
    HerscreeningRepository repository;

    HerscreeningBerichten() {
        super("screening.bericht", IntakeEvents.BERICHT, Bericht.class);
    }

    @Override
    protected List<String> ontbrekend(String type, Bericht bericht) {
        return bericht.vanEenAnderVerzoek() ? List.of() : nulVelden("berichtId", bericht.berichtId());
    }

    @Override
    protected void verwerk(Gebeurtenis<Bericht> g) {
        Bericht bericht = g.data();
        if (bericht.vanEenAnderVerzoek()) {
            return;
        }
        OffsetDateTime op = bericht.verzondenOp() != null ? bericht.verzondenOp() : g.tijd();
        boolean bijgewerkt;
        if (g.is(IntakeEvents.BERICHT_VERZONDEN)) {
            if (!bereikt(bericht.kanaal())) {
                LOG.warnf("%s %s: unknown kanaal %s; the invitation is not counted as sent", g.type(), g.id(), bericht.kanaal());
                return;
            }
            bijgewerkt = repository.markeerVerzonden(bericht.berichtId(), op);
        } else {
            bijgewerkt = repository.markeerNietVerzonden(bericht.berichtId(), bericht.reden() == null ? "ONBEKEND" : bericht.reden(), op);
        }
        if (!bijgewerkt) {
            LOG.debugf("%s %s: no open re-screening invitation with that berichtId", g.type(), g.id());
        }
    }
}
