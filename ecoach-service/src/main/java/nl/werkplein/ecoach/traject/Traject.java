package nl.werkplein.ecoach.traject;

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
import java.time.Period;
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

    /** A new running trajectory; the first evaluation falls {@code evaluatieNa} after the start. */
    public static Traject start(UUID klantId, UUID aanvraagId, UUID ecoachId, OffsetDateTime doorgeleidOp,
                                OffsetDateTime nu, Period evaluatieNa) {
        Traject t = new Traject();
        t.id = UUID.randomUUID();
        t.klantId = klantId;
        t.aanvraagId = aanvraagId;
        t.ecoachId = ecoachId;
        t.doorgeleidOp = doorgeleidOp;
        t.status = TrajectStatus.ACTIEF;
        t.startdatum = nu.toLocalDate();
        t.gestartOp = nu;
        t.evaluatieGeplandOp = t.startdatum.plus(evaluatieNa);
        t.evaluatieStatus = EvaluatieStatus.GEPLAND;
        return t;
    }

    /** ACTIEF → AFGESLOTEN with the reason; no evaluation is due any more (docs/events.md). 409 when already closed. */
    public void sluit(Afsluitreden reden, OffsetDateTime nu) {
        vereisActief();
        if (reden == null) {
            throw ProblemException.invalid("reden", "is verplicht");
        }
        status = TrajectStatus.AFGESLOTEN;
        afsluitreden = reden;
        afgeslotenOp = nu;
        evaluatieStatus = EvaluatieStatus.VERVALLEN;
    }

    /** An evaluation that continues e-coaching (VOORTZETTEN, WORKSHOP) plans the next one {@code na} from today. */
    public void evaluatieVoortgezet(LocalDate vandaag, Period na) {
        vereisActief();
        evaluatieGeplandOp = vandaag.plus(na);
        evaluatieStatus = EvaluatieStatus.GEPLAND;
        evaluatieNodigOp = null;
    }

    /** The evaluation date came while the client is on a benefit: GEPLAND → NODIG. */
    public void evaluatieNodig(OffsetDateTime nu) {
        vereisActief();
        if (evaluatieStatus != EvaluatieStatus.GEPLAND) {
            throw ProblemException.conflict("De evaluatie heeft status " + evaluatieStatus + ", niet GEPLAND.");
        }
        evaluatieStatus = EvaluatieStatus.NODIG;
        evaluatieNodigOp = nu;
    }

    /** The evaluation date came but the client is no longer on a benefit: nothing to evaluate. */
    public void evaluatieVervalt() {
        evaluatieStatus = EvaluatieStatus.VERVALLEN;
    }

    private void vereisActief() {
        if (!actief()) {
            throw ProblemException.conflict("Het traject is " + status + ".");
        }
    }

    public static Optional<Traject> actiefVan(UUID klantId) {
        return find("klantId = ?1 and status = ?2", klantId, TrajectStatus.ACTIEF).firstResultOptional();
    }

    /** How many trajectories the e-coach runs now. */
    public static long aantalActiefVan(UUID ecoachId) {
        return count("ecoachId = ?1 and status = ?2", ecoachId, TrajectStatus.ACTIEF);
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
