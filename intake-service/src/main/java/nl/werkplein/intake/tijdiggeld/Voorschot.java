package nl.werkplein.intake.tijdiggeld;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An advance on the benefit while the right is not yet established (domain.md 1.9). */
@Entity
@Table(name = "voorschot")
public class Voorschot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "aanvraag_id", nullable = false)
    public UUID aanvraagId;

    /** Euro cents. */
    @Column(nullable = false)
    public long bedrag;

    @Column(nullable = false)
    public LocalDate datum;

    @Column(name = "vastgelegd_op", nullable = false)
    public OffsetDateTime vastgelegdOp;

    @Column(name = "vastgelegd_door", nullable = false)
    public String vastgelegdDoor;

    /** The advances of the aanvraag, in the order they were paid. */
    public static java.util.List<Voorschot> vanAanvraag(java.util.UUID aanvraagId) {
        return Voorschot.<Voorschot>list("aanvraagId = ?1 order by datum, vastgelegdOp", aanvraagId);
    }

    /** The advances of these aanvragen in one query, in the order they were paid. */
    public static java.util.List<Voorschot> vanAanvragen(java.util.Collection<java.util.UUID> aanvraagIds) {
        return Voorschot.<Voorschot>list("aanvraagId in ?1 order by datum, vastgelegdOp", aanvraagIds);
    }

    /** Whether an advance was paid on the aanvraag. */
    public static boolean betaaldOp(java.util.UUID aanvraagId) {
        return Voorschot.count("aanvraagId", aanvraagId) > 0;
    }
}
