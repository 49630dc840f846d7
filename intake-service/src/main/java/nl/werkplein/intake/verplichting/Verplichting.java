package nl.werkplein.intake.verplichting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "verplichting")
public class Verplichting extends PanacheEntityBase {

    @EmbeddedId
    public Sleutel sleutel;

    @Column(nullable = false)
    public boolean nagekomen;

    public String toelichting;

    @Column(name = "gewijzigd_op")
    public OffsetDateTime gewijzigdOp;

    @Column(name = "gewijzigd_door")
    public String gewijzigdDoor;

    @Embeddable
    public record Sleutel(
            @Column(name = "aanvraag_id") UUID aanvraagId,
            @Enumerated(EnumType.STRING) @Column(name = "soort") VerplichtingSoort soort) implements Serializable {
    }

    public static Verplichting nieuw(UUID aanvraagId, VerplichtingSoort soort) {
        Verplichting v = new Verplichting();
        v.sleutel = new Sleutel(aanvraagId, soort);
        return v;
    }
}
