package nl.werkplein.intake.gesprek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The slots of the {@code gesprek} table (one taken slot per team, day and slot by the unique index
 * gesprek_slot_bezet over the statuses of {@link GesprekStatus#BEZET}), in the caller's transaction.
 */
@ApplicationScoped
public class GesprekRepository {

    /** A conversation to book in one slot; {@code vorigGesprekId} and {@code herplanReden} may be null. */
    public record Boeking(UUID id, UUID aanvraagId, UUID klantId, String team, LocalDate datum, int slot,
                          OffsetDateTime tijdstip, int duurMinuten, OffsetDateTime geplandOp, String geplandDoor,
                          UUID vorigGesprekId, String herplanReden) {
    }

    @Inject
    EntityManager em;

    /**
     * Books the slot as a GEPLAND conversation; false if another transaction holds that slot already
     * (ON CONFLICT on gesprek_slot_bezet DO NOTHING, so the caller's transaction stays usable).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean boek(Boeking b) {
        return em.createNativeQuery("""
                        INSERT INTO gesprek (id, aanvraag_id, klant_id, team, datum, slot, tijdstip, duur_minuten, status,
                                             gepland_op, gepland_door, vorig_gesprek_id, herplan_reden)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'GEPLAND', ?9, ?10, ?11, ?12)
                        ON CONFLICT (team, datum, slot) WHERE status IN ('GEPLAND', 'GEVOERD', 'NIET_VERSCHENEN') DO NOTHING""")
                .setParameter(1, b.id())
                .setParameter(2, b.aanvraagId())
                .setParameter(3, b.klantId())
                .setParameter(4, b.team())
                .setParameter(5, b.datum())
                .setParameter(6, b.slot())
                .setParameter(7, b.tijdstip())
                .setParameter(8, b.duurMinuten())
                .setParameter(9, b.geplandOp())
                .setParameter(10, b.geplandDoor())
                .setParameter(11, b.vorigGesprekId())
                .setParameter(12, b.herplanReden())
                .executeUpdate() == 1;
    }

    /** The slots of {@code team} on {@code dag} that a conversation holds (planned, held or missed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Integer> bezetteSlots(String team, LocalDate dag) {
        @SuppressWarnings("unchecked")
        List<Number> bezet = em.createNativeQuery("""
                        SELECT slot FROM gesprek
                         WHERE team = ?1 AND datum = ?2 AND status IN ('GEPLAND', 'GEVOERD', 'NIET_VERSCHENEN')""")
                .setParameter(1, team).setParameter(2, dag).getResultList();
        Set<Integer> slots = new HashSet<>();
        bezet.forEach(s -> slots.add(s.intValue()));
        return slots;
    }
}
