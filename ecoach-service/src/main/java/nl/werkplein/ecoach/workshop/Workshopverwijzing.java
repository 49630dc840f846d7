package nl.werkplein.ecoach.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkplein.ecoach.traject.Workshop;
import nl.werkplein.platform.api.ProblemException;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A referral of a zelfdoener to a partner's workshop (domain.md 3.5). */
@Entity
@Table(name = "workshopverwijzing")
public class Workshopverwijzing extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();
    // Crockford base32 without I, L, O, U: readable over the phone
    private static final char[] ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    @Id
    public UUID id;

    /** What the partner knows the client by: random, so it reveals nothing and links nothing. */
    @Column(nullable = false, unique = true)
    public String referentie;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(name = "traject_id", nullable = false)
    public UUID trajectId;

    @Column(name = "evaluatie_id", nullable = false)
    public UUID evaluatieId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Workshop onderwerp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopStatus status;

    @Column(name = "verwezen_op", nullable = false)
    public OffsetDateTime verwezenOp;

    @Column(name = "gemeld_op")
    public OffsetDateTime gemeldOp;

    @Version
    public long version;

    /** "WS-" and 12 random base32 characters (60 bits): unguessable and unique in practice (the column is unique). */
    static String nieuweReferentie() {
        StringBuilder sb = new StringBuilder("WS-");
        for (int i = 0; i < 12; i++) {
            sb.append(ALFABET[RANDOM.nextInt(ALFABET.length)]);
        }
        return sb.toString();
    }

    /**
     * The partner's attendance report (the rule: {@link Aanwezigheidsmelding}): an open referral takes it;
     * the same report again changes nothing (false); another report afterwards, or one on a lapsed referral, is 409.
     */
    public boolean meld(WorkshopStatus gemeld, OffsetDateTime nu) {
        if (!Aanwezigheidsmelding.meldbaar(gemeld)) {
            throw ProblemException.invalid("status", "moet AANWEZIG of AFWEZIG zijn");
        }
        switch (Aanwezigheidsmelding.beoordeel(status, gemeld)) {
            case AL_GEMELD -> {
                return false;
            }
            case CONFLICT -> throw ProblemException.conflict("De verwijzing heeft al status " + status
                    + (status == WorkshopStatus.VERVALLEN ? " (het traject is afgesloten)" : "") + "; een andere melding kan niet.");
            case VASTLEGGEN -> {
                status = gemeld;
                gemeldOp = nu;
                return true;
            }
        }
        throw new IllegalStateException();
    }

    /** OPEN → VERVALLEN when the trajectory closes: the partner should not invite the client any more. */
    public void vervalt() {
        if (status != WorkshopStatus.OPEN) {
            throw ProblemException.conflict("De verwijzing heeft al status " + status + ".");
        }
        status = WorkshopStatus.VERVALLEN;
    }

    /** A new open referral of the client to the partner, for the subject the evaluation chose. */
    public static Workshopverwijzing open(String partnerId, UUID klantId, UUID trajectId, UUID evaluatieId, Workshop onderwerp,
                                          OffsetDateTime nu) {
        Workshopverwijzing v = new Workshopverwijzing();
        v.id = UUID.randomUUID();
        v.referentie = nieuweReferentie();
        v.partnerId = partnerId;
        v.klantId = klantId;
        v.trajectId = trajectId;
        v.evaluatieId = evaluatieId;
        v.onderwerp = onderwerp;
        v.status = WorkshopStatus.OPEN;
        v.verwezenOp = nu;
        return v;
    }

    public static List<Workshopverwijzing> openVanTraject(UUID trajectId) {
        return list("trajectId = ?1 and status = ?2", trajectId, WorkshopStatus.OPEN);
    }

    public static List<Workshopverwijzing> vanTraject(UUID trajectId) {
        return list("trajectId = ?1 order by verwezenOp desc", trajectId);
    }

    public static List<Workshopverwijzing> vanKlant(UUID klantId) {
        return list("klantId = ?1 order by verwezenOp desc", klantId);
    }
}
