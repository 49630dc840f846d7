package nl.werkplein.intake.tijdiggeld;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.intake.aanvraag.AanvraagStatus;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.postgres.DueWork;
import nl.werkplein.platform.time.ClockProducer;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Due work of domain.md 1.9: undecided aanvragen nearing the advance point or the decision limit are
 * flagged (table termijnsignaal), re-assessed once a day. Any replica may run it: the watch rows are
 * taken FOR UPDATE SKIP LOCKED (never the aanvraag rows, so it never races a request's update of the
 * aanvraag), so each is assessed once. A change that moves a term (filing, confirmation, an advance,
 * a decision) re-assesses at once, in its own transaction. Its SQL is in {@link TermijnbewakingRepository}.
 */
@ApplicationScoped
public class TermijnBewaking {

    private static final Logger LOG = Logger.getLogger(TermijnBewaking.class);

    @Inject
    TermijnbewakingRepository repository;
    @Inject
    Clock clock;
    @Inject
    TijdigGeldConfig config;
    @Inject
    AuditLog audit;

    public TijdigGeldRegels regels() {
        return TijdigGeldRegels.van(config);
    }

    @Scheduled(every = "${werkplein.intake.taken.interval:60s}", delayed = "7s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void bewaak() {
        int bepaald = DueWork.untilDone(200, this::bepaalBatch);
        if (bepaald > 0) {
            LOG.infof("termijnen van %d aanvragen bepaald", bepaald);
        }
    }

    /** Re-assesses up to {@code max} undecided aanvragen not yet assessed today; returns how many. */
    public int bepaalBatch(int max) {
        LocalDate vandaag = LocalDate.now(clock);
        // the watch rows only are locked, never the aanvraag rows
        return DueWork.batchTogether(() -> repository.neemTeBepalen(vandaag, max), ids -> {
            for (TermijnbewakingRepository.Termijngegevens a : repository.termijngegevens(ids)) {
                repository.legVast(a.aanvraagId(), vandaag,
                        regels().signalen(vandaag, a.aanvraagdatum(), compleetOp(a.bevestigdOp()), a.voorschot()));
            }
        });
    }

    /** In the caller's transaction: the signals of this aanvraag as of today (none once decided). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void herbereken(Aanvraag aanvraag) {
        LocalDate vandaag = LocalDate.now(clock);
        Set<TermijnSignaal> signalen = EnumSet.noneOf(TermijnSignaal.class);
        if (AanvraagStatus.ONBESLIST.contains(aanvraag.status)) {
            boolean voorschot = Voorschot.betaaldOp(aanvraag.id);
            signalen = regels().signalen(vandaag, aanvraag.aanvraagdatum, compleetOp(aanvraag.bevestigdOp), voorschot);
        }
        repository.legVast(aanvraag.id, vandaag, signalen);
    }

    /** The worklist: undecided aanvragen with a signal (or this signal), the nearest decision limit first. */
    @Transactional
    public Page<TermijnbewakingItem> werklijst(TermijnSignaal signaal, PageRequest paging) {
        long totaal = repository.telWerklijst(signaal);
        List<Aanvraag> aanvragen = repository.werklijst(signaal, paging);
        Map<UUID, List<TermijnSignaal>> signalen = Map.of();
        Map<UUID, Long> voorschotten = Map.of();
        if (!aanvragen.isEmpty()) {
            List<UUID> ids = aanvragen.stream().map(a -> a.id).toList();
            signalen = repository.signalen(ids);
            voorschotten = repository.voorschottenTotaal(ids);
        }
        TijdigGeldRegels regels = regels();
        List<TermijnbewakingItem> items = new ArrayList<>();
        for (Aanvraag a : aanvragen) {
            LocalDate compleet = compleetOp(a.bevestigdOp);
            audit.record(AuditLog.Actie.RAADPLEGEN, "aanvraag", a.id, a.klantId, "termijnbewaking tijdig geld");
            List<TermijnSignaal> eigen = signalen.getOrDefault(a.id, List.of()).stream().sorted().toList();
            items.add(new TermijnbewakingItem(a.id, a.klantId, a.status, a.aanvraagdatum, compleet, regels.voorschotMogelijkVanaf(compleet),
                    regels.beslistermijn(a.aanvraagdatum), eigen, voorschotten.getOrDefault(a.id, 0L)));
        }
        return new Page<>(items, paging.page(), paging.size(), totaal);
    }

    /** "Complete" is the day of the KCC confirmation, in Europe/Amsterdam. */
    static LocalDate compleetOp(OffsetDateTime bevestigdOp) {
        return bevestigdOp == null ? null : bevestigdOp.atZoneSameInstant(ClockProducer.AMSTERDAM).toLocalDate();
    }
}
