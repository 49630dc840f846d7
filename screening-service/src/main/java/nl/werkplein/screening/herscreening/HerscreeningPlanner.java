package nl.werkplein.screening.herscreening;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.event.MailVerzocht;
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
 * (domain.md §2.6). The mail goes through intake-service (platform MailVerzocht, type
 * {@code nl.werkplein.screening.mail-verzocht}), the holder of the address.
 * One planner at a time across replicas (a transaction-scoped advisory lock), so the weekly quota holds.
 * An invitation counts as sent only once intake reports it sent (HerscreeningBerichten); a request still
 * waiting for that answer holds its place in the week's quota, one that could not be sent gives it back.
 */
@ApplicationScoped
public class HerscreeningPlanner {

    @Inject
    HerscreeningRepository repository;
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
            repository.vergrendelPlanner();
            LocalDate vandaag = LocalDate.now(clock);
            OffsetDateTime weekBegin = vandaag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime();
            int ruimte = (int) Math.max(0, config.perWeek() - repository.uitnodigingenSinds(weekBegin));
            if (ruimte == 0) {
                return 0;
            }
            List<HerscreeningRepository.TeUitnodigen> klanten = repository.teUitnodigen(vandaag, ruimte);
            OffsetDateTime nu = OffsetDateTime.now(clock);
            for (HerscreeningRepository.TeUitnodigen k : klanten) {
                UUID berichtId = UUID.randomUUID();
                repository.legUitnodigingVast(k, berichtId, nu);
                outbox.append(IndelingEvents.TOPIC, k.klantId().toString(), events.create(MailVerzocht.SCREENING, k.klantId(),
                        new MailVerzocht(k.klantId(), berichtId, "Vul de Entreevragenlijst in", tekst())));
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
