package nl.werkplein.intake.tijdiggeld;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.intake.aanvraag.AanvraagStatus;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.postgres.DueWork;
import nl.werkplein.platform.time.ClockProducer;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Due work of domain.md 1.9: undecided aanvragen nearing the advance point or the decision limit are
 * flagged (table termijnsignaal), re-assessed once a day. Any replica may run it: the watch rows are
 * taken FOR UPDATE SKIP LOCKED (never the aanvraag rows, so it never races a request's update of the
 * aanvraag), so each is assessed once. A change that moves a term (filing, confirmation, an advance,
 * a decision) re-assesses at once, in its own transaction.
 */
@ApplicationScoped
public class TermijnBewaking {

    private static final Logger LOG = Logger.getLogger(TermijnBewaking.class);
    private static final String ONBESLIST = AanvraagStatus.ONBESLIST.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));

    @Inject
    EntityManager em;
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
        // the watch rows only are locked (FOR UPDATE OF t), never the aanvraag rows
        return DueWork.batchTogether(() -> DueWork.<UUID>pickColumn(em, "t", """
                SELECT t.aanvraag_id FROM termijnbewaking t JOIN aanvraag a ON a.id = t.aanvraag_id
                 WHERE t.bepaald_op < ?1 AND a.status IN (%s)
                 ORDER BY t.bepaald_op""".formatted(ONBESLIST), max, vandaag), ids -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rijen = em.createNativeQuery("""
                            SELECT a.id, a.aanvraagdatum, a.bevestigd_op, EXISTS (SELECT 1 FROM voorschot v WHERE v.aanvraag_id = a.id)
                              FROM aanvraag a WHERE a.id IN (?1)""")
                    .setParameter(1, ids)
                    .getResultList();
            for (Object[] rij : rijen) {
                schrijf((UUID) rij[0], vandaag, regels().signalen(vandaag, datum(rij[1]), compleetOp(rij[2]), (Boolean) rij[3]));
            }
        });
    }

    /** In the caller's transaction: the signals of this aanvraag as of today (none once decided). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void herbereken(Aanvraag aanvraag) {
        LocalDate vandaag = LocalDate.now(clock);
        Set<TermijnSignaal> signalen = EnumSet.noneOf(TermijnSignaal.class);
        if (AanvraagStatus.ONBESLIST.contains(aanvraag.status)) {
            boolean voorschot = Voorschot.count("aanvraagId", aanvraag.id) > 0;
            signalen = regels().signalen(vandaag, aanvraag.aanvraagdatum, compleetOp(aanvraag.bevestigdOp), voorschot);
        }
        schrijf(aanvraag.id, vandaag, signalen);
    }

    private void schrijf(UUID aanvraagId, LocalDate vandaag, Set<TermijnSignaal> signalen) {
        // the watch row first: it is the lock that orders this against the due work
        em.createNativeQuery("""
                        INSERT INTO termijnbewaking (aanvraag_id, bepaald_op) VALUES (?1, ?2)
                        ON CONFLICT (aanvraag_id) DO UPDATE SET bepaald_op = excluded.bepaald_op""")
                .setParameter(1, aanvraagId).setParameter(2, vandaag).executeUpdate();
        em.createNativeQuery("DELETE FROM termijnsignaal WHERE aanvraag_id = ?1").setParameter(1, aanvraagId).executeUpdate();
        for (TermijnSignaal signaal : signalen) {
            em.createNativeQuery("INSERT INTO termijnsignaal (aanvraag_id, signaal) VALUES (?1, ?2)")
                    .setParameter(1, aanvraagId).setParameter(2, signaal.name()).executeUpdate();
        }
    }

    /** The worklist: undecided aanvragen with a signal (or this signal), the nearest decision limit first. */
    @Transactional
    public Page<TermijnbewakingItem> werklijst(TermijnSignaal signaal, PageRequest paging) {
        // the signal filter is an enum name, never caller text; "any signal" when absent
        String waar = """
                FROM aanvraag a WHERE a.status IN (%s)
                 AND EXISTS (SELECT 1 FROM termijnsignaal s WHERE s.aanvraag_id = a.id%s)"""
                .formatted(ONBESLIST, signaal == null ? "" : " AND s.signaal = '" + signaal.name() + "'");
        long totaal = ((Number) em.createNativeQuery("SELECT count(*) " + waar).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Aanvraag> aanvragen = em.createNativeQuery("SELECT a.* " + waar + " ORDER BY a.aanvraagdatum, a.id LIMIT ?1 OFFSET ?2", Aanvraag.class)
                .setParameter(1, paging.size()).setParameter(2, paging.offset())
                .getResultList();
        Map<UUID, List<TermijnSignaal>> signalen = new HashMap<>();
        Map<UUID, Long> voorschotten = new HashMap<>();
        if (!aanvragen.isEmpty()) {
            List<UUID> ids = aanvragen.stream().map(a -> a.id).toList();
            @SuppressWarnings("unchecked")
            List<Object[]> rijen = em.createNativeQuery("SELECT aanvraag_id, signaal FROM termijnsignaal WHERE aanvraag_id IN (?1) ORDER BY signaal")
                    .setParameter(1, ids).getResultList();
            for (Object[] rij : rijen) {
                signalen.computeIfAbsent((UUID) rij[0], k -> new ArrayList<>()).add(TermijnSignaal.valueOf((String) rij[1]));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> bedragen = em.createNativeQuery("SELECT aanvraag_id, sum(bedrag) FROM voorschot WHERE aanvraag_id IN (?1) GROUP BY aanvraag_id")
                    .setParameter(1, ids).getResultList();
            for (Object[] rij : bedragen) {
                voorschotten.put((UUID) rij[0], ((Number) rij[1]).longValue());
            }
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
    static LocalDate compleetOp(Object bevestigdOp) {
        if (bevestigdOp == null) {
            return null;
        }
        if (bevestigdOp instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ClockProducer.AMSTERDAM).toLocalDate();
        }
        if (bevestigdOp instanceof java.time.Instant i) {
            return i.atZone(ClockProducer.AMSTERDAM).toLocalDate();
        }
        if (bevestigdOp instanceof Timestamp t) {
            return t.toInstant().atZone(ClockProducer.AMSTERDAM).toLocalDate();
        }
        throw new IllegalStateException("bevestigd_op as " + bevestigdOp.getClass());
    }

    private static LocalDate datum(Object waarde) {
        if (waarde instanceof LocalDate d) {
            return d;
        }
        if (waarde instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("date as " + waarde.getClass());
    }
}
