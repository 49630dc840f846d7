package nl.werkplein.screening.indeling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkplein.screening.scoring.Uitkomst;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An answer set with its inputs, the rule set that judged it and the decision: never changed afterwards. */
@Entity
@Table(name = "beoordeling")
public class Beoordeling extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(name = "vragenlijst_id", nullable = false)
    public UUID vragenlijstId;

    /** The answers as submitted (JSON). */
    @Column(nullable = false)
    public String antwoorden;

    /** The scores per dimension (JSON). */
    @Column(nullable = false)
    public String scores;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Uitkomst uitkomst;

    @Column(nullable = false)
    public String toelichting;

    @Column(name = "regelset_naam", nullable = false)
    public String regelsetNaam;

    @Column(name = "regelset_versie", nullable = false)
    public String regelsetVersie;

    @Column(name = "ingediend_op", nullable = false)
    public OffsetDateTime ingediendOp;

    @Column(name = "ingediend_door", nullable = false)
    public String ingediendDoor;
}
