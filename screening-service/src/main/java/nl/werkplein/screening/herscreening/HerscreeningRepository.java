package nl.werkplein.screening.herscreening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.time.ClockProducer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The set-based SQL of re-screening (due work over the whole caseload, counts per import), in the
 * caller's transaction; typed records out, never rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HerscreeningRepository {

    static final long SLOT = 0x5745524b_48455253L; // "WERKHERS"

    /** A client of the existing caseload who is due an invitation. */
    public record TeUitnodigen(UUID klantId, UUID importId) {
    }

    @Inject
    EntityManager em;

    /** One planner at a time across replicas, until the transaction ends. */
    public void vergrendelPlanner() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, SLOT).getSingleResult();
    }

    /** Invitations that hold a place in the week's quota: asked for or sent since then, not those that could not be sent. */
    public long uitnodigingenSinds(OffsetDateTime sinds) {
        return n(em.createNativeQuery("SELECT count(*) FROM herscreening_uitnodiging WHERE uitgenodigd_op >= ?1 AND status <> 'NIET_VERZONDEN'")
                .setParameter(1, sinds).getSingleResult());
    }

    /** Oldest registration first: not invited, not screened, no line, not in a running trajectory, the cycle running. */
    public List<TeUitnodigen> teUitnodigen(LocalDate vandaag, int hoogstens) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT k.klant_id, k.import_id FROM klant k
                         WHERE k.bestandsklant AND NOT k.uitgestroomd AND k.cyclus_einde IS NULL
                           AND (k.lopend_traject_tot IS NULL OR k.lopend_traject_tot < ?1)
                           AND NOT EXISTS (SELECT 1 FROM herscreening_uitnodiging u WHERE u.klant_id = k.klant_id)
                           AND NOT EXISTS (SELECT 1 FROM beoordeling b WHERE b.klant_id = k.klant_id)
                           AND NOT EXISTS (SELECT 1 FROM indeling i WHERE i.klant_id = k.klant_id AND i.lijn IS NOT NULL)
                         ORDER BY k.aangemeld_op, k.klant_id
                         LIMIT ?2""")
                .setParameter(1, vandaag).setParameter(2, hoogstens).getResultList();
        return rijen.stream().map(r -> new TeUitnodigen((UUID) r[0], (UUID) r[1])).toList();
    }

    public void legUitnodigingVast(TeUitnodigen klant, UUID berichtId, OffsetDateTime op) {
        em.createNativeQuery("INSERT INTO herscreening_uitnodiging (klant_id, import_id, bericht_id, uitgenodigd_op) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, klant.klantId()).setParameter(2, klant.importId()).setParameter(3, berichtId).setParameter(4, op)
                .executeUpdate();
    }

    /** @return whether an invitation not yet sent was marked sent */
    public boolean markeerVerzonden(UUID berichtId, OffsetDateTime op) {
        return em.createNativeQuery("""
                        UPDATE herscreening_uitnodiging SET status = 'VERZONDEN', verzonden_op = ?2
                         WHERE bericht_id = ?1 AND status <> 'VERZONDEN'""")
                .setParameter(1, berichtId).setParameter(2, op).executeUpdate() > 0;
    }

    /** Only a waiting invitation: a message that was sent stays sent. */
    public boolean markeerNietVerzonden(UUID berichtId, String reden, OffsetDateTime op) {
        return em.createNativeQuery("""
                        UPDATE herscreening_uitnodiging SET status = 'NIET_VERZONDEN', niet_verzonden_reden = ?2, niet_verzonden_op = ?3
                         WHERE bericht_id = ?1 AND status = 'VERZOCHT'""")
                .setParameter(1, berichtId).setParameter(2, reden).setParameter(3, op).executeUpdate() > 0;
    }

    /** The imports, newest first. */
    public List<UUID> imports(PageRequest paging) {
        @SuppressWarnings("unchecked")
        List<UUID> imports = em.createNativeQuery("""
                        SELECT import_id FROM klant WHERE import_id IS NOT NULL
                         GROUP BY import_id ORDER BY max(aangemeld_op) DESC, import_id LIMIT ?1 OFFSET ?2""")
                .setParameter(1, paging.size()).setParameter(2, paging.offset()).getResultList();
        return imports;
    }

    public long aantalImports() {
        return n(em.createNativeQuery("SELECT count(DISTINCT import_id) FROM klant WHERE import_id IS NOT NULL").getSingleResult());
    }

    public HerscreeningResponse voortgang(UUID importId, LocalDate vandaag) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT count(*),
                               count(*) FILTER (WHERE u.status = 'VERZONDEN'),
                               count(*) FILTER (WHERE u.status = 'VERZOCHT'),
                               count(*) FILTER (WHERE u.status = 'NIET_VERZONDEN'),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM beoordeling b WHERE b.klant_id = k.klant_id)),
                               count(*) FILTER (WHERE i.doorgeleid),
                               count(*) FILTER (WHERE u.klant_id IS NULL AND k.lopend_traject_tot >= ?2 AND NOT k.uitgestroomd AND k.cyclus_einde IS NULL),
                               count(*) FILTER (WHERE u.klant_id IS NULL AND (k.lopend_traject_tot IS NULL OR k.lopend_traject_tot < ?2)
                                                  AND NOT k.uitgestroomd AND k.cyclus_einde IS NULL AND (i.lijn IS NULL)
                                                  AND NOT EXISTS (SELECT 1 FROM beoordeling b WHERE b.klant_id = k.klant_id))
                          FROM klant k
                          LEFT JOIN herscreening_uitnodiging u ON u.klant_id = k.klant_id
                          LEFT JOIN indeling i ON i.klant_id = k.klant_id
                         WHERE k.import_id = ?1""")
                .setParameter(1, importId).setParameter(2, vandaag).getSingleResult();
        return new HerscreeningResponse(importId, n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]));
    }

    public List<NietVerzondenResponse> nietVerzonden(UUID importId, PageRequest paging) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT klant_id, bericht_id, uitgenodigd_op, niet_verzonden_reden, niet_verzonden_op FROM herscreening_uitnodiging
                         WHERE import_id = ?1 AND status = 'NIET_VERZONDEN' ORDER BY niet_verzonden_op, klant_id LIMIT ?2 OFFSET ?3""")
                .setParameter(1, importId).setParameter(2, paging.size()).setParameter(3, paging.offset()).getResultList();
        return rijen.stream()
                .map(r -> new NietVerzondenResponse((UUID) r[0], (UUID) r[1], tijdstip(r[2]), (String) r[3], tijdstip(r[4]))).toList();
    }

    public long aantalNietVerzonden(UUID importId) {
        return n(em.createNativeQuery("SELECT count(*) FROM herscreening_uitnodiging WHERE import_id = ?1 AND status = 'NIET_VERZONDEN'")
                .setParameter(1, importId).getSingleResult());
    }

    private static OffsetDateTime tijdstip(Object o) {
        if (o == null || o instanceof OffsetDateTime) {
            return (OffsetDateTime) o;
        }
        Instant moment = o instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) o;
        return moment.atZone(ClockProducer.AMSTERDAM).toOffsetDateTime();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
