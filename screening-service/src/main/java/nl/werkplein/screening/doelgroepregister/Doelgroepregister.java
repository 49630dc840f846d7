package nl.werkplein.screening.doelgroepregister;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * UWV's doelgroepregister indication for a client, as a consulent recorded it (domain.md 4.4): a fact
 * from UWV, never derived from the loonwaarde. The latest recording is the current one.
 */
@Entity
@Table(name = "doelgroepregister")
public class Doelgroepregister extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    @Column(nullable = false)
    public boolean indicatie;

    /** UWV's date of the indication. */
    @Column(nullable = false)
    public LocalDate datum;

    /** Where the consulent read it, e.g. "UWV Suwinet". */
    @Column(nullable = false)
    public String bron;

    @Column(name = "vastgelegd_op", nullable = false)
    public OffsetDateTime vastgelegdOp;

    @Column(name = "vastgelegd_door", nullable = false)
    public String vastgelegdDoor;

    @Version
    public long version;

    /**
     * Records UWV's indication as a fact (domain.md 4.4): every bad field at once (400), and the same
     * fact again changes nothing. Returns whether it changed, i.e. whether a new fact is to be published.
     */
    public boolean leg(Boolean indicatie, LocalDate datum, String bron, LocalDate vandaag, String door, OffsetDateTime op) {
        List<Problem.InvalidParam> fouten = DoelgroepregisterControle.controleer(indicatie, datum, bron, vandaag);
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        String schoon = bron.strip();
        if (vastgelegdOp != null && this.indicatie == indicatie && datum.equals(this.datum) && schoon.equals(this.bron)) {
            return false;
        }
        this.indicatie = indicatie;
        this.datum = datum;
        this.bron = schoon;
        this.vastgelegdOp = op;
        this.vastgelegdDoor = door;
        return true;
    }
}
