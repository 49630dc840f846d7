package nl.werkplein.intake.gesprek;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.intake.aanvraag.AanvraagEvents;
import nl.werkplein.intake.aanvraag.AanvraagPublicatie;
import nl.werkplein.intake.aanvraag.AanvraagStatus;
import nl.werkplein.intake.mail.MailQueue;
import nl.werkplein.intake.mail.UitgaandeMail;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Due work of domain.md §1.7: when the zoekperiode has ended without an outcome, the client is invited
 * for the first face-to-face conversation. Any replica may run it: the rows are taken with
 * FOR UPDATE SKIP LOCKED and change status in the same transaction, so each is planned once.
 */
@ApplicationScoped
public class GesprekPlanner {

    private static final Logger LOG = Logger.getLogger(GesprekPlanner.class);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    GesprekConfig config;
    @Inject
    AanvraagPublicatie publicatie;
    @Inject
    MailQueue mail;
    @Inject
    @Location("uitnodiging-gesprek.html")
    Template uitnodiging;

    @Scheduled(every = "${werkplein.intake.taken.interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void planWatVoorbijIs() {
        int gepland = 0;
        int batch;
        do {
            batch = planBatch(100);
            gepland += batch;
        } while (batch > 0);
        if (gepland > 0) {
            LOG.infof("%d gesprekken gepland", gepland);
        }
    }

    /** Plans up to {@code max} conversations whose zoekperiode is over; returns how many. */
    public int planBatch(int max) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Aanvraag> voorbij = em.createNativeQuery("""
                            SELECT * FROM aanvraag
                             WHERE status = 'ZOEKPERIODE' AND zoekperiode_einddatum <= ?1
                             ORDER BY zoekperiode_einddatum
                             LIMIT ?2
                             FOR UPDATE SKIP LOCKED""", Aanvraag.class)
                    .setParameter(1, LocalDate.now(clock))
                    .setParameter(2, max)
                    .getResultList();
            voorbij.forEach(this::plan);
            return voorbij.size();
        });
    }

    /** In the caller's transaction: the appointment, the status, the event and the invitation. */
    public void plan(Aanvraag aanvraag) {
        ZonedDateTime datum = GesprekDatum.na(LocalDate.now(clock), config.naWerkdagen(), config.tijd(), clock.getZone());
        aanvraag.status = AanvraagStatus.GESPREK_GEPLAND;
        aanvraag.gesprekOp = datum.toOffsetDateTime();
        publicatie.publiceer(AanvraagEvents.GESPREK_GEPLAND, aanvraag);
        mail.plaats(aanvraag.id, UitgaandeMail.Soort.UITNODIGING_GESPREK, aanvraag.email, "Uitnodiging voor een gesprek",
                uitnodiging.data("datum", DATUM.format(datum)).data("tijd", config.tijd().toString()).render());
    }
}
