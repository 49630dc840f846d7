package nl.werkplein.intake.brief;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkplein.platform.api.ProblemException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A letter to a client without an e-mail address, in the print queue until the print street sent it. */
@Entity
@Table(name = "brief")
public class Brief extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    /** The requester's berichtId, or the key intake's own caller gave: one letter per key. */
    @Column(name = "bericht_id", nullable = false)
    public UUID berichtId;

    /** The request's event type (answered with bericht-verzonden once sent); null for intake's own letters. */
    @Column(name = "verzoek_type")
    public String verzoekType;

    @Column(nullable = false)
    public String onderwerp;

    @Column(nullable = false)
    public String tekst;

    public String naam;

    /** The address lines as printed, separated by line ends; a snapshot taken when the letter was made. */
    @Column(name = "adresregels", nullable = false)
    public String adresregels;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BriefStatus status;

    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;

    @Column(name = "verstuurd_op")
    public OffsetDateTime verstuurdOp;

    @Column(name = "verstuurd_door")
    public String verstuurdDoor;

    @Column(name = "ingetrokken_op")
    public OffsetDateTime ingetrokkenOp;

    @Column(name = "ingetrokken_door")
    public String ingetrokkenDoor;

    @Column(name = "intrekking_reden")
    public String intrekkingReden;

    public List<String> regels() {
        return List.of(adresregels.split("\n"));
    }

    /**
     * The print street sent it: VERSTUURD once.
     *
     * @return true when marked now; false when it was already (the same mark again changes nothing)
     * @throws ProblemException 409 naming the state when it was withdrawn
     */
    public boolean verstuur(String door, OffsetDateTime nu) {
        if (!overgang(BriefStatus.VERSTUURD)) {
            return false;
        }
        status = BriefStatus.VERSTUURD;
        verstuurdOp = nu;
        verstuurdDoor = door;
        return true;
    }

    /**
     * Beheer stops it before it went out: INGETROKKEN once.
     *
     * @return true when withdrawn now; false when it was already
     * @throws ProblemException 409 naming the state when it was sent
     */
    public boolean trekIn(String reden, String door, OffsetDateTime nu) {
        if (!overgang(BriefStatus.INGETROKKEN)) {
            return false;
        }
        status = BriefStatus.INGETROKKEN;
        ingetrokkenOp = nu;
        ingetrokkenDoor = door;
        intrekkingReden = reden.trim();
        return true;
    }

    /** The rule is {@link BriefStatus#naar}; here it becomes a 409 naming this letter's state. */
    private boolean overgang(BriefStatus doel) {
        try {
            return status.naar(doel);
        } catch (BriefStatus.OngeldigeOvergang e) {
            throw ProblemException.conflict("Brief " + id + " is " + e.huidig + " en kan niet meer " + e.doel + " worden.");
        }
    }

    /** The letter made for this message (berichtId), if any. */
    public static java.util.Optional<Brief> metBerichtId(UUID berichtId) {
        return Brief.<Brief>find("berichtId", berichtId).firstResultOptional();
    }

    /**
     * The letters with this status and of this client (null: any), in the order they were made so the
     * oldest goes out first; the caller pages and counts.
     */
    public static io.quarkus.hibernate.orm.panache.PanacheQuery<Brief> zoek(BriefStatus status, UUID klantId) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status);
        }
        if (klantId != null) {
            where.append(" AND klantId = :klantId");
            params.put("klantId", klantId);
        }
        return Brief.<Brief>find(where.toString(), io.quarkus.panache.common.Sort.by("aangemaaktOp").and("id"), params);
    }
}
