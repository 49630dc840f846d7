package nl.werkplein.screening.herscreening;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.event.CloudEvent;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.InvalidEventException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
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
 */
@ApplicationScoped
public class HerscreeningBerichten {

    public static final String VERZONDEN = "nl.werkplein.intake.bericht-verzonden";
    public static final String NIET_VERZONDEN = "nl.werkplein.intake.bericht-niet-verzonden";

    /** The channels that reach the client (docs/events.md); absent in answers from before letters existed: e-mail. */
    static final java.util.Set<String> KANALEN = java.util.Set.of("EMAIL", "BRIEF");

    private static final Logger LOG = Logger.getLogger(HerscreeningBerichten.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bericht(UUID klantId, UUID berichtId, String verzoekType, String reden, String kanaal, OffsetDateTime verzondenOp) {
    }

    /** Whether a bericht-verzonden means the client was reached: by e-mail or by a letter that went out. */
    static boolean bereikt(String kanaal) {
        return kanaal == null || KANALEN.contains(kanaal);
    }

    @Inject
    EntityManager em;
    @Inject
    CloudEvents events;
    @Inject
    Clock clock;

    /** In the idempotent consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        Bericht bericht = events.data(event, Bericht.class);
        if (bericht.verzoekType() != null && !HerscreeningPlanner.MAIL_VERZOCHT.equals(bericht.verzoekType())) {
            return; // an answer to another service's request
        }
        if (bericht.berichtId() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks berichtId");
        }
        OffsetDateTime op = bericht.verzondenOp() != null ? bericht.verzondenOp()
                : event.time() != null ? event.time() : OffsetDateTime.now(clock);
        int bijgewerkt;
        if (VERZONDEN.equals(event.type()) && !bereikt(bericht.kanaal())) {
            LOG.warnf("%s %s: unknown kanaal %s; the invitation is not counted as sent", event.type(), event.id(), bericht.kanaal());
            return;
        }
        if (VERZONDEN.equals(event.type())) {
            bijgewerkt = em.createNativeQuery("""
                            UPDATE herscreening_uitnodiging SET status = 'VERZONDEN', verzonden_op = ?2
                             WHERE bericht_id = ?1 AND status <> 'VERZONDEN'""")
                    .setParameter(1, bericht.berichtId()).setParameter(2, op).executeUpdate();
        } else {
            // a message that was sent stays sent
            bijgewerkt = em.createNativeQuery("""
                            UPDATE herscreening_uitnodiging SET status = 'NIET_VERZONDEN', niet_verzonden_reden = ?2, niet_verzonden_op = ?3
                             WHERE bericht_id = ?1 AND status = 'VERZOCHT'""")
                    .setParameter(1, bericht.berichtId()).setParameter(2, bericht.reden() == null ? "ONBEKEND" : bericht.reden())
                    .setParameter(3, op).executeUpdate();
        }
        if (bijgewerkt == 0) {
            LOG.debugf("%s %s: no open re-screening invitation with that berichtId", event.type(), event.id());
        }
    }
}
