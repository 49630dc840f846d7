package nl.werkplein.screening.herscreening;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.time.ClockProducer;
import nl.werkplein.screening.indeling.IndelingEvents;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * Due work: invites clients of the existing caseload to the Entreevragenlijst, at most N per ISO
 * week, oldest registration first; a client in a running trajectory is invited after it ends
 * (domain.md §2.6). The mail goes through intake-service (mail-verzocht), the holder of the address.
 * One planner at a time across replicas (a transaction-scoped advisory lock), so the weekly quota holds.
 * An invitation counts as sent only once intake reports it sent (HerscreeningBerichten); a request still
 * waiting for that answer holds its place in the week's quota, one that could not be sent gives it back.
 */
@ApplicationScoped
public class HerscreeningPlanner {

    public static final String MAIL_VERZOCHT = "nl.werkplein.screening.mail-verzocht";
    static final long SLOT = 0x5745524b_48455253L; // "WERKHERS"

    public record MailVerzocht(UUID klantId, UUID berichtId, String onderwerp, String tekst) {
    }

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    HerscreeningConfig config;
    @Inject
    Clock clock;

    @Scheduled(every = "${werkplein.screening.herscreening.interval:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void planGepland() {
        plan();
    }

    /** @return how many clients were invited now */
    public int plan() {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, SLOT).getSingleResult();
            LocalDate vandaag = LocalDate.now(clock);
            OffsetDateTime weekBegin = vandaag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime();
            long ditWeek = ((Number) em.createNativeQuery("SELECT count(*) FROM herscreening_uitnodiging WHERE uitgenodigd_op >= ?1 AND status <> 'NIET_VERZONDEN'")
                    .setParameter(1, weekBegin).getSingleResult()).longValue();
            int ruimte = (int) Math.max(0, config.perWeek() - ditWeek);
            if (ruimte == 0) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> klanten = em.createNativeQuery("""
                            SELECT k.klant_id, k.import_id FROM klant k
                             WHERE k.bestandsklant AND NOT k.uitgestroomd AND k.cyclus_einde IS NULL
                               AND (k.lopend_traject_tot IS NULL OR k.lopend_traject_tot < ?1)
                               AND NOT EXISTS (SELECT 1 FROM herscreening_uitnodiging u WHERE u.klant_id = k.klant_id)
                               AND NOT EXISTS (SELECT 1 FROM beoordeling b WHERE b.klant_id = k.klant_id)
                               AND NOT EXISTS (SELECT 1 FROM indeling i WHERE i.klant_id = k.klant_id AND i.lijn IS NOT NULL)
                             ORDER BY k.aangemeld_op, k.klant_id
                             LIMIT ?2""")
                    .setParameter(1, vandaag).setParameter(2, ruimte).getResultList();
            OffsetDateTime nu = OffsetDateTime.now(clock);
            for (Object[] k : klanten) {
                UUID klantId = (UUID) k[0];
                UUID berichtId = UUID.randomUUID();
                em.createNativeQuery("INSERT INTO herscreening_uitnodiging (klant_id, import_id, bericht_id, uitgenodigd_op) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, klantId).setParameter(2, k[1]).setParameter(3, berichtId).setParameter(4, nu).executeUpdate();
                outbox.append(IndelingEvents.TOPIC, klantId.toString(), events.create(MAIL_VERZOCHT, klantId,
                        new MailVerzocht(klantId, berichtId, "Vul de Entreevragenlijst in", tekst())));
            }
            return klanten.size();
        });
    }

    String tekst() {
        return """
                Beste klant,

                De gemeente kijkt met iedereen die een uitkering ontvangt opnieuw welke ondersteuning het beste past.
                Daarvoor vragen wij u de Entreevragenlijst in te vullen. Dat duurt ongeveer tien minuten.

                Vul de vragenlijst in via %s (log in met DigiD).

                Met vriendelijke groet,
                Werk en Participatie""".formatted(config.vragenlijstLink());
    }
}
