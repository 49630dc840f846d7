package nl.werkplein.intake.brief;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The postal address recorded for a client, for letters when there is no e-mail address; never in an event. */
@Entity
@Table(name = "postadres")
public class Postadres extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    public String naam;

    @Column(nullable = false)
    public String adresregel;

    @Column(nullable = false)
    public String postcode;

    @Column(nullable = false)
    public String woonplaats;

    @Column(name = "vastgelegd_op", nullable = false)
    public OffsetDateTime vastgelegdOp;

    @Column(name = "vastgelegd_door", nullable = false)
    public String vastgelegdDoor;

    public List<String> regels() {
        return Adresregels.van(naam, adresregel, postcode, woonplaats);
    }
}
