package nl.werkplein.screening.indeling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.screening.scoring.Regelset;
import nl.werkplein.screening.scoring.Uitkomst;

import java.time.OffsetDateTime;
import java.util.Objects;
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

    /**
     * The decision on an answer set, all its fields at once: the answers and scores (JSON), the outcome
     * and its explanation, and the rule set that judged them. Once only: a stored decision is never changed
     * (409), so a replay or a later rule set can never rewrite what was decided.
     */
    public Beoordeling stelVast(UUID klantId, UUID vragenlijstId, String antwoorden, String scores, Uitkomst uitkomst,
                                String toelichting, Regelset regels, String door, OffsetDateTime op) {
        if (this.uitkomst != null) {
            throw ProblemException.conflict("Beoordeling " + id + " is al vastgesteld (" + this.uitkomst + ") en verandert niet meer.");
        }
        // internal inputs from the rules, not from a request: a null is a bug, not a bad field
        this.klantId = Objects.requireNonNull(klantId, "klantId");
        this.vragenlijstId = Objects.requireNonNull(vragenlijstId, "vragenlijstId");
        this.antwoorden = Objects.requireNonNull(antwoorden, "antwoorden");
        this.scores = Objects.requireNonNull(scores, "scores");
        this.toelichting = Objects.requireNonNull(toelichting, "toelichting");
        this.regelsetNaam = regels.naam();
        this.regelsetVersie = regels.versie();
        this.ingediendDoor = Objects.requireNonNull(door, "door");
        this.ingediendOp = Objects.requireNonNull(op, "op");
        this.uitkomst = Objects.requireNonNull(uitkomst, "uitkomst");
        if (id == null) {
            id = UUID.randomUUID();
        }
        return this;
    }
}
