package nl.werkplein.socialreturn.vacature;

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
 * A vacancy this service routed to a pool. A partner's deliveries write these rows in bulk (JDBC);
 * single changes (a place Bureau Social Return registers or withdraws) go through this entity.
 */
@Entity
@Table(name = "vacature")
public class Vacature extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Bron bron;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "contract_id")
    public UUID contractId;

    @Column(nullable = false)
    public String referentie;

    /** Fixed when first accepted: a vacancy stays on its pool's topic for its life. */
    @Column(nullable = false)
    public String pool;

    @Column(name = "routering_reden", nullable = false)
    public String routeringReden;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Soort soort;

    @Column(nullable = false)
    public String titel;

    public String omschrijving;

    @Column(nullable = false)
    public String beroepscode;

    @Column(nullable = false)
    public String postcode;

    @Column(name = "uren_per_week", nullable = false)
    public int urenPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Opleidingsniveau opleidingsniveau;

    public LocalDate sluitingsdatum;

    @Column(nullable = false)
    public boolean sw;

    public String werkgever;

    @Column(name = "inhoud_hash", nullable = false)
    public String inhoudHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacatureStatus status;

    @Column(name = "aangeboden_op", nullable = false)
    public OffsetDateTime aangebodenOp;

    @Column(name = "gewijzigd_op", nullable = false)
    public OffsetDateTime gewijzigdOp;

    @Column(name = "ingetrokken_op")
    public OffsetDateTime ingetrokkenOp;

    @Column(name = "eerste_week")
    public String eersteWeek;

    @Version
    public long version;

    public VacatureInvoer invoer() {
        return new VacatureInvoer(referentie, titel, omschrijving, soort, beroepscode, postcode, urenPerWeek, opleidingsniveau,
                sluitingsdatum, sw, werkgever);
    }

    /** A new place goes out to its pool: ACTIEF from the moment it is offered. */
    public void aanbieden(OffsetDateTime nu) {
        if (status != null) {
            throw ProblemException.conflict("Vacature " + id + " is al aangeboden (" + status + ").");
        }
        status = VacatureStatus.ACTIEF;
        aangebodenOp = nu;
        gewijzigdOp = nu;
    }

    /**
     * Withdraws an active place; withdrawn is final.
     *
     * @return true when it was withdrawn now; false when it already was (withdrawing twice changes nothing)
     */
    public boolean trekIn(OffsetDateTime nu) {
        if (status == VacatureStatus.INGETROKKEN) {
            return false;
        }
        if (status != VacatureStatus.ACTIEF) {
            throw ProblemException.conflict("Vacature " + id + " is niet aangeboden en kan niet worden ingetrokken.");
        }
        status = VacatureStatus.INGETROKKEN;
        ingetrokkenOp = nu;
        gewijzigdOp = nu;
        return true;
    }

    /** Whether Bureau Social Return already registered a vacancy with this reference under the contract. */
    public static boolean bestaatOnderContract(UUID contractId, String referentie) {
        return count("contractId = ?1 and referentie = ?2 and bron = ?3", contractId, referentie, Bron.SOCIAL_RETURN) > 0;
    }
}
