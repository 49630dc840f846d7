package nl.werkplein.socialreturn.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A procurement contract with a Social Return obligation (domain.md 7.1); money in cents. */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String opdrachtnemer;

    @Column(name = "kvk_nummer")
    public String kvkNummer;

    @Column(nullable = false)
    public String opdrachtgever;

    @Column(nullable = false)
    public long opdrachtwaarde;

    @Column(nullable = false, precision = 7, scale = 4)
    public BigDecimal percentage;

    /** opdrachtwaarde × percentage / 100, rounded half-up to the cent. */
    @Column(nullable = false)
    public long verplichting;

    /** The partner whose deliveries are this contract's yield (Randstad's framework contract). */
    @Column(name = "partner_id")
    public String partnerId;

    @Column(nullable = false)
    public LocalDate begindatum;

    public LocalDate einddatum;

    /** Sum of the bouwblokken values of the placements credited to it. */
    @Column(nullable = false)
    public long gerealiseerd;

    @Column(name = "geregistreerd_op", nullable = false)
    public OffsetDateTime geregistreerdOp;

    @Column(name = "geregistreerd_door", nullable = false)
    public String geregistreerdDoor;

    @Version
    public long version;

    public boolean loptOp(LocalDate datum) {
        return !begindatum.isAfter(datum) && (einddatum == null || !einddatum.isBefore(datum));
    }
}
