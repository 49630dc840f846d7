package nl.werkplein.ecoach.traject;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A zelfdoener's e-dienstverlening (domain.md §3): e-coach, voorlichting, evaluation, end. */
@Entity
@Table(name = "traject")
public class Traject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(name = "ecoach_id", nullable = false)
    public UUID ecoachId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrajectStatus status;

    @Column(nullable = false)
    public LocalDate startdatum;

    @Column(name = "gestart_op", nullable = false)
    public OffsetDateTime gestartOp;

    /** The time of the doorgeleiding (or line change) that started it: judged against intake's events. */
    @Column(name = "doorgeleid_op", nullable = false)
    public OffsetDateTime doorgeleidOp;

    /** The aanvraag (cycle) whose routing started it; null for the existing caseload. */
    @Column(name = "aanvraag_id")
    public UUID aanvraagId;

    @Column(name = "voorlichting_id")
    public UUID voorlichtingId;

    @Column(name = "evaluatie_gepland_op", nullable = false)
    public LocalDate evaluatieGeplandOp;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluatie_status", nullable = false)
    public EvaluatieStatus evaluatieStatus;

    @Column(name = "evaluatie_nodig_op")
    public OffsetDateTime evaluatieNodigOp;

    @Column(name = "afgesloten_op")
    public OffsetDateTime afgeslotenOp;

    @Enumerated(EnumType.STRING)
    public Afsluitreden afsluitreden;

    @Version
    public long version;

    public boolean actief() {
        return status == TrajectStatus.ACTIEF;
    }

    public static Optional<Traject> actiefVan(UUID klantId) {
        return find("klantId = ?1 and status = ?2", klantId, TrajectStatus.ACTIEF).firstResultOptional();
    }

    /** The client's current trajectory: the running one, else the latest that ended. */
    public static Optional<Traject> laatsteVan(UUID klantId) {
        return actiefVan(klantId).or(() -> find("klantId = ?1 order by gestartOp desc, id", klantId).firstResultOptional());
    }

    /** Every trajectory of the client, the current first (earlier ones stay as history). */
    public static List<Traject> allesVan(UUID klantId) {
        return find("klantId = ?1 order by case when status = ?2 then 0 else 1 end, gestartOp desc, id",
                klantId, TrajectStatus.ACTIEF).list();
    }
}
