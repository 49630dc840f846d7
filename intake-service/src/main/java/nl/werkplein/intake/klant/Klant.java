package nl.werkplein.intake.klant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The pseudonymous klantId and the BSN it stands for; one per BSN, so a later aanvraag gets the same klantId. */
@Entity
@Table(name = "klant")
public class Klant extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    @Column(name = "bsn_hmac", nullable = false, unique = true)
    public String bsnHmac;

    @Column(name = "bsn_versleuteld", nullable = false)
    public String bsnVersleuteld;

    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;
}
