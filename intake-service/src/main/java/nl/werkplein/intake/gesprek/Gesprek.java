package nl.werkplein.intake.gesprek;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkplein.platform.api.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One first conversation in a team's slot (domain.md 1.7). Never deleted: a herplanning adds a new
 * one and links both ways (vorigGesprekId, opvolgerId), so the history of an aanvraag's conversations
 * stays. Slots are booked by {@link GesprekPlanner} under the unique index of V6.
 */
@Entity
@Table(name = "gesprek")
public class Gesprek extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "aanvraag_id", nullable = false)
    public UUID aanvraagId;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public LocalDate datum;

    /** 0-based within the team's day. */
    @Column(nullable = false)
    public int slot;

    @Column(nullable = false)
    public OffsetDateTime tijdstip;

    @Column(name = "duur_minuten", nullable = false)
    public int duurMinuten;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GesprekStatus status;

    @Column(name = "gepland_op", nullable = false)
    public OffsetDateTime geplandOp;

    @Column(name = "gepland_door", nullable = false)
    public String geplandDoor;

    @Column(name = "vorig_gesprek_id")
    public UUID vorigGesprekId;

    /** Why it was planned again (the herplanning's reden). */
    @Column(name = "herplan_reden")
    public String herplanReden;

    @Column(name = "opvolger_id")
    public UUID opvolgerId;

    /** When and by whom the status last changed after planning. */
    @Column(name = "status_op")
    public OffsetDateTime statusOp;

    @Column(name = "status_door")
    public String statusDoor;

    @Version
    public long version;

    /** The client did not come: only a planned conversation, and only once its time has come. */
    public void nietVerschenen(OffsetDateTime nu, String door) {
        if (status != GesprekStatus.GEPLAND) {
            throw ProblemException.conflict("Alleen een gepland gesprek kan als niet verschenen worden vastgelegd; het gesprek heeft status "
                    + status + ".");
        }
        if (nu.isBefore(tijdstip)) {
            throw ProblemException.conflict("Het gesprek (status GEPLAND) is nog niet begonnen: het staat op " + tijdstip + ".");
        }
        wijzig(GesprekStatus.NIET_VERSCHENEN, nu, door);
    }

    /**
     * It may be planned again: a planned one (moved, its slot freed) or one the client missed (kept
     * as NIET_VERSCHENEN), each only once.
     */
    public void vereisHerplanbaar() {
        if (opvolgerId != null) {
            throw ProblemException.conflict("Dit gesprek (status " + status + ") is al opnieuw gepland als gesprek " + opvolgerId + ".");
        }
        if (status != GesprekStatus.GEPLAND && status != GesprekStatus.NIET_VERSCHENEN) {
            throw ProblemException.conflict("Alleen een gepland of gemist gesprek kan opnieuw worden gepland; het gesprek heeft status "
                    + status + ".");
        }
    }

    /**
     * Before its successor is booked: a planned one is moved and frees its slot at once, a missed one
     * stays on record as missed. {@link #opvolgerId} is set once the successor exists.
     */
    public void vrijgeven(OffsetDateTime nu, String door) {
        vereisHerplanbaar();
        if (status == GesprekStatus.GEPLAND) {
            wijzig(GesprekStatus.VERPLAATST, nu, door);
        }
    }

    void wijzig(GesprekStatus nieuw, OffsetDateTime nu, String door) {
        status = nieuw;
        statusOp = nu;
        statusDoor = door;
    }

    /** The end of the aanvraag's chain of conversations (the one without a successor); empty before planning. */
    public static java.util.Optional<Gesprek> huidig(UUID aanvraagId) {
        return Gesprek.<Gesprek>find("aanvraagId = ?1 and opvolgerId is null", aanvraagId).firstResultOptional();
    }

    /** The aanvraag's GEPLAND conversation, its row locked (FOR UPDATE) to close it. */
    public static java.util.Optional<Gesprek> geplandVergrendeld(UUID aanvraagId) {
        return Gesprek.<Gesprek>find("aanvraagId = ?1 and status = ?2", aanvraagId, GesprekStatus.GEPLAND)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The conversations of a day, of one team (null: all teams, ordered by time, team, slot) and of one
     * aanvraag (null: all).
     */
    public static java.util.List<Gesprek> opDag(LocalDate datum, String team, UUID aanvraagId) {
        return team == null
                ? Gesprek.<Gesprek>find("datum = ?1 " + (aanvraagId == null ? "" : "and aanvraagId = ?2 ") + "order by tijdstip, team, slot",
                aanvraagId == null ? new Object[]{datum} : new Object[]{datum, aanvraagId}).list()
                : Gesprek.<Gesprek>find("datum = ?1 and team = ?2 " + (aanvraagId == null ? "" : "and aanvraagId = ?3 ")
                + "order by tijdstip, slot", aanvraagId == null ? new Object[]{datum, team} : new Object[]{datum, team, aanvraagId}).list();
    }

    /** Every conversation of the aanvraag, in the order they were planned (its history). */
    public static java.util.List<Gesprek> vanAanvraag(UUID aanvraagId) {
        return Gesprek.<Gesprek>find("aanvraagId = ?1 order by geplandOp, tijdstip", aanvraagId).list();
    }

    /** How many slots of the team a conversation holds on that day (planned, held or missed). */
    public static long aantalBezet(LocalDate datum, String team) {
        return Gesprek.count("datum = ?1 and team = ?2 and status in ?3", datum, team, GesprekStatus.BEZET);
    }
}
