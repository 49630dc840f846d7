package nl.werkplein.intake.tijdiggeld;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.intake.aanvraag.Aanvraag;
import nl.werkplein.intake.aanvraag.AanvraagStatus;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.postgres.DueWork;
import nl.werkplein.platform.postgres.NativeColumn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SQL of the termijnbewaking ({@code termijnbewaking}: when each aanvraag was last assessed;
 * {@code termijnsignaal}: its signals), in the caller's transaction; typed rows out, never {@code Object[]}.
 */
@ApplicationScoped
public class TermijnbewakingRepository {

    private static final String ONBESLIST = AanvraagStatus.ONBESLIST.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));

    /** What the rules need of an undecided aanvraag; {@code bevestigdOp} null while not confirmed. */
    record Termijngegevens(UUID aanvraagId, LocalDate aanvraagdatum, OffsetDateTime bevestigdOp, boolean voorschot) {
    }

    @Inject
    EntityManager em;

    /**
     * Up to {@code max} undecided aanvragen not assessed since before {@code vandaag}, oldest first. Only
     * the watch rows are locked (FOR UPDATE OF t SKIP LOCKED), never the aanvraag rows.
     */
    List<UUID> neemTeBepalen(LocalDate vandaag, int max) {
        return DueWork.<UUID>pickColumn(em, "t", """
                SELECT t.aanvraag_id FROM termijnbewaking t JOIN aanvraag a ON a.id = t.aanvraag_id
                 WHERE t.bepaald_op < ?1 AND a.status IN (%s)
                 ORDER BY t.bepaald_op""".formatted(ONBESLIST), max, vandaag);
    }

    /** The term data of these aanvragen, in one query. */
    List<Termijngegevens> termijngegevens(List<UUID> aanvraagIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT a.id, a.aanvraagdatum, a.bevestigd_op, EXISTS (SELECT 1 FROM voorschot v WHERE v.aanvraag_id = a.id)
                          FROM aanvraag a WHERE a.id IN (?1)""")
                .setParameter(1, aanvraagIds)
                .getResultList();
        return rijen.stream().map(r -> new Termijngegevens((UUID) r[0], NativeColumn.datum(r[1]), NativeColumn.tijdstip(r[2]), (Boolean) r[3])).toList();
    }

    /** The watch row (bepaald op {@code vandaag}) and exactly these signals of the aanvraag. */
    void legVast(UUID aanvraagId, LocalDate vandaag, Set<TermijnSignaal> signalen) {
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

    /** How many undecided aanvragen have a signal (or this signal, when given). */
    long telWerklijst(TermijnSignaal signaal) {
        return ((Number) em.createNativeQuery("SELECT count(*) " + werklijstWaar(signaal)).getSingleResult()).longValue();
    }

    /** One page of them, the earliest aanvraagdatum (the nearest decision limit) first. */
    @SuppressWarnings("unchecked")
    List<Aanvraag> werklijst(TermijnSignaal signaal, PageRequest paging) {
        return em.createNativeQuery("SELECT a.* " + werklijstWaar(signaal) + " ORDER BY a.aanvraagdatum, a.id LIMIT ?1 OFFSET ?2",
                        Aanvraag.class)
                .setParameter(1, paging.size()).setParameter(2, paging.offset())
                .getResultList();
    }

    /** The signals of these aanvragen, per aanvraag in the order of their names; an aanvraag without any is absent. */
    Map<UUID, List<TermijnSignaal>> signalen(List<UUID> aanvraagIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("SELECT aanvraag_id, signaal FROM termijnsignaal WHERE aanvraag_id IN (?1) ORDER BY signaal")
                .setParameter(1, aanvraagIds).getResultList();
        Map<UUID, List<TermijnSignaal>> signalen = new HashMap<>();
        for (Object[] rij : rijen) {
            signalen.computeIfAbsent((UUID) rij[0], k -> new ArrayList<>()).add(TermijnSignaal.valueOf((String) rij[1]));
        }
        return signalen;
    }

    /** The sum of the advances of these aanvragen, in eurocents; an aanvraag without any is absent. */
    Map<UUID, Long> voorschottenTotaal(List<UUID> aanvraagIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> bedragen = em.createNativeQuery("SELECT aanvraag_id, sum(bedrag) FROM voorschot WHERE aanvraag_id IN (?1) GROUP BY aanvraag_id")
                .setParameter(1, aanvraagIds).getResultList();
        Map<UUID, Long> totalen = new HashMap<>();
        for (Object[] rij : bedragen) {
            totalen.put((UUID) rij[0], ((Number) rij[1]).longValue());
        }
        return totalen;
    }

    private static String werklijstWaar(TermijnSignaal signaal) {
        // the signal filter is an enum name, never caller text; "any signal" when absent
        return """
                FROM aanvraag a WHERE a.status IN (%s)
                 AND EXISTS (SELECT 1 FROM termijnsignaal s WHERE s.aanvraag_id = a.id%s)"""
                .formatted(ONBESLIST, signaal == null ? "" : " AND s.signaal = '" + signaal.name() + "'");
    }
}
