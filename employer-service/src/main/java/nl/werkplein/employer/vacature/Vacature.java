package nl.werkplein.employer.vacature;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkplein.employer.kandidaat.Kandidaat;
import nl.werkplein.employer.matching.Opleidingsniveau;
import nl.werkplein.employer.matching.VacatureProfiel;
import nl.werkplein.employer.matching.VacatureSoort;
import nl.werkplein.platform.api.ProblemException;
import org.hibernate.annotations.Generated;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "vacature")
public class Vacature extends PanacheEntityBase {

    @Id
    public UUID id;
    /** Arrival order, the tie-breaker of "newest first". */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long volgnummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Bron bron;
    @Column(nullable = false)
    public String pool;
    @Column(nullable = false)
    public String referentie;
    @Column(nullable = false)
    public String titel;
    public String omschrijving;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacatureSoort soort;
    /** socialreturn's event named the soort: a placement on this place must keep it (what is credited, domain.md 7.4). */
    @Column(name = "soort_geregistreerd", nullable = false)
    public boolean soortGeregistreerd;
    public String beroepscode;
    public String postcode4;
    @Column(name = "uren_per_week")
    public Integer urenPerWeek;
    public String opleidingsniveau;
    /** Separated by '|'. */
    public String vaardigheden;
    public LocalDate sluitingsdatum;
    @Column(nullable = false)
    public boolean sw;
    @Column(name = "werkgever_id")
    public UUID werkgeverId;
    @Column(name = "werkgever_naam")
    public String werkgeverNaam;
    @Column(name = "partner_id")
    public String partnerId;
    @Column(name = "contract_id")
    public UUID contractId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacatureStatus status;
    @Column(name = "aangeboden_op", nullable = false)
    public OffsetDateTime aangebodenOp;
    @Column(name = "gewijzigd_op", nullable = false)
    public OffsetDateTime gewijzigdOp;
    @Column(name = "afgehandeld_op")
    public OffsetDateTime afgehandeldOp;
    @Column(name = "afgehandeld_door")
    public String afgehandeldDoor;
    @Version
    public long version;

    /** A vacancy new to this service opens: on its pool's worklist from {@code aangebodenOp}. */
    public void open(OffsetDateTime aangebodenOp) {
        if (status != null) {
            throw ProblemException.conflict("De vacature is al " + status + ".");
        }
        status = VacatureStatus.OPEN;
        this.aangebodenOp = aangebodenOp;
        gewijzigdOp = aangebodenOp;
    }

    /** socialreturn offers a known vacancy again: a withdrawn one opens again, an open or handled one stays so. */
    public void opnieuwAangeboden(OffsetDateTime nu) {
        if (status == VacatureStatus.INGETROKKEN) {
            status = VacatureStatus.OPEN;
        }
        gewijzigdOp = nu;
    }

    /** Withdrawn (by its source): leaves the worklists. @return false when it was withdrawn already (nothing to publish) */
    public boolean trekIn(OffsetDateTime nu) {
        if (status == VacatureStatus.INGETROKKEN) {
            return false;
        }
        status = VacatureStatus.INGETROKKEN;
        gewijzigdOp = nu;
        return true;
    }

    /** An account manager withdraws it: only an employer's own vacancy; SR and partner places are withdrawn by their source. */
    public boolean trekInDoorAccountmanager(OffsetDateTime nu) {
        if (bron != Bron.WERKGEVER) {
            throw ProblemException.conflict("Alleen vacatures van werkgevers worden hier ingetrokken; deze komt van " + bron + ".");
        }
        return trekIn(nu);
    }

    /** The matcher is done with it. @return false when it was handled already (nothing to publish) */
    public boolean handelAf(String door, OffsetDateTime nu) {
        vereistNietIngetrokken();
        if (status == VacatureStatus.AFGEHANDELD) {
            return false;
        }
        status = VacatureStatus.AFGEHANDELD;
        afgehandeldOp = nu;
        afgehandeldDoor = door;
        gewijzigdOp = nu;
        return true;
    }

    /** Proposing or rejecting a candidate needs an open vacancy. */
    public void vereistOpen() {
        if (status != VacatureStatus.OPEN) {
            throw ProblemException.conflict("De vacature is " + status + ".");
        }
    }

    /** Handling it or placing a candidate on it needs a vacancy that was not withdrawn. */
    public void vereistNietIngetrokken() {
        if (status == VacatureStatus.INGETROKKEN) {
            throw ProblemException.conflict("De vacature is ingetrokken.");
        }
    }

    public VacatureProfiel profiel() {
        String tekst = omschrijving == null ? titel : titel + "\n" + omschrijving;
        return new VacatureProfiel(id, pool, soort, beroepscode, postcode4, urenPerWeek, Opleidingsniveau.van(opleidingsniveau),
                Kandidaat.lijst(vaardigheden, "|"), tekst, sw);
    }
}
