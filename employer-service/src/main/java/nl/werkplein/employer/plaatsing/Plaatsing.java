package nl.werkplein.employer.plaatsing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkplein.employer.kandidaat.Doelgroep;
import nl.werkplein.employer.matching.VacatureSoort;
import nl.werkplein.employer.vacature.Bron;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A realised placement, once per (vacature, klant); at most one runs per candidate. It runs until its
 * end is recorded ({@link #beeindig}).
 */
@Entity
@Table(name = "plaatsing")
public class Plaatsing extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "vacature_id", nullable = false)
    public UUID vacatureId;
    @Column(name = "klant_id", nullable = false)
    public UUID klantId;
    @Column(nullable = false)
    public String pool;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Bron bron;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacatureSoort soort;
    @Column(nullable = false)
    public LocalDate startdatum;
    @Column(name = "uren_per_week", nullable = false)
    public int urenPerWeek;
    @Column(name = "duur_maanden", nullable = false)
    public int duurMaanden;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Uitstroom uitstroom;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Doelgroep doelgroep;
    @Column(name = "vijftig_plus", nullable = false)
    public boolean vijftigPlus;
    @Column(name = "geregistreerd_op", nullable = false)
    public OffsetDateTime geregistreerdOp;
    @Column(nullable = false)
    public String door;
    /** The last day worked; null while the placement runs. */
    public LocalDate einddatum;
    @Enumerated(EnumType.STRING)
    public Eindreden eindreden;
    @Column(name = "beeindigd_op")
    public OffsetDateTime beeindigdOp;
    @Column(name = "beeindigd_door")
    public String beeindigdDoor;

    public static Plaatsing van(UUID vacatureId, UUID klantId) {
        return find("vacatureId = ?1 and klantId = ?2", vacatureId, klantId).firstResult();
    }

    /**
     * The client's running placement in the current cycle: no end recorded, registered at or after the
     * cycle's start (a placement of an earlier cycle, whose benefit ended, does not hold a client who
     * came back; {@code cyclusStart} null: any).
     */
    public static Plaatsing lopend(UUID klantId, OffsetDateTime cyclusStart) {
        return cyclusStart == null
                ? find("klantId = ?1 and einddatum is null order by geregistreerdOp desc", klantId).firstResult()
                : find("klantId = ?1 and einddatum is null and geregistreerdOp >= ?2 order by geregistreerdOp desc", klantId, cyclusStart)
                        .firstResult();
    }

    public boolean isLopend() {
        return einddatum == null;
    }

    /**
     * Records the end. Input first (400 naming the field), then the state (409): an ended placement
     * stays as it ended.
     */
    public void beeindig(LocalDate einddatum, Eindreden reden, String door, OffsetDateTime nu) {
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        if (einddatum == null) {
            fouten.add(new Problem.InvalidParam("einddatum", "is verplicht"));
        } else if (einddatum.isBefore(startdatum)) {
            fouten.add(new Problem.InvalidParam("einddatum", "ligt voor de startdatum " + startdatum));
        }
        if (reden == null) {
            fouten.add(new Problem.InvalidParam("reden", "is verplicht"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        if (!isLopend()) {
            throw ProblemException.conflict("De plaatsing " + id + " is al beëindigd op " + this.einddatum + " (" + eindreden + ").");
        }
        this.einddatum = einddatum;
        this.eindreden = reden;
        this.beeindigdDoor = door;
        this.beeindigdOp = nu;
    }

    /**
     * A place socialreturn-service registered with its soort (Social Return or a partner's delivery) is
     * credited as that soort (domain.md 7.4): a placement that says otherwise is refused. Null: fine.
     */
    public static String soortAfwijking(Bron bron, boolean soortGeregistreerd, VacatureSoort geregistreerd, VacatureSoort gevraagd) {
        if (bron == Bron.WERKGEVER || !soortGeregistreerd || geregistreerd == null || gevraagd == null || geregistreerd == gevraagd) {
            return null;
        }
        return "de plaats is geregistreerd als " + geregistreerd + " en telt als " + geregistreerd + "; niet " + gevraagd;
    }
}
