package nl.werkplein.screening.klant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A client known to screening through intake's aanvraag events. */
@Entity
@Table(name = "klant")
public class Klant extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    @Column(name = "laatste_aanvraag_id", nullable = false)
    public UUID laatsteAanvraagId;

    public Integer leeftijd;

    public String postcode4;

    @Column(name = "aangemeld_op", nullable = false)
    public OffsetDateTime aangemeldOp;

    @Column(name = "aantal_aanvragen", nullable = false)
    public int aantalAanvragen;

    @Version
    public long version;
}
