package nl.werkplein.ecoach.traject;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An evaluation conversation recorded by the e-coach (domain.md 3.4, 3.5). */
@Entity
@Table(name = "evaluatie")
public class Evaluatie extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "traject_id", nullable = false)
    public UUID trajectId;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluatieUitkomst uitkomst;

    @Enumerated(EnumType.STRING)
    public Workshop workshop;

    public String toelichting;

    @Column(nullable = false)
    public String door;

    @Column(name = "uitgevoerd_op", nullable = false)
    public OffsetDateTime uitgevoerdOp;

    /** The evaluations of all the client's trajectories, newest first. */
    public static java.util.List<Evaluatie> vanKlant(UUID klantId) {
        return list("klantId = ?1 order by uitgevoerdOp desc", klantId);
    }
}
