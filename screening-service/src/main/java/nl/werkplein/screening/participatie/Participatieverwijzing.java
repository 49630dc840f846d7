package nl.werkplein.screening.participatie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A referral of a participant to an organisation (domain.md 5), made by the aanvullende vragenlijst. */
@Entity
@Table(name = "verwijzing")
public class Participatieverwijzing extends PanacheEntityBase {

    public enum Status { VERWEZEN, WERKLIJST, ONTVANGEN }

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    /** DAGBESTEDING, VRIJWILLIGERSWERK, BESCHUT_WERK or ANDERS (the aanvullende vragenlijst's A1). */
    @Column(nullable = false)
    public String vorm;

    /** The client's wijk, when their postcode-4 area is known. */
    public String wijk;

    @Column(name = "organisatie_code")
    public String organisatieCode;

    /** The organisation's name as it was when referred. */
    public String organisatie;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;

    @Column(nullable = false)
    public String door;

    @Column(name = "verwezen_op")
    public OffsetDateTime verwezenOp;

    @Column(name = "verwezen_door")
    public String verwezenDoor;

    @Column(name = "ontvangen_op")
    public OffsetDateTime ontvangenOp;

    @Column(name = "ontvangen_door")
    public String ontvangenDoor;

    @Column(name = "ontvangst_opmerking")
    public String ontvangstOpmerking;

    @Version
    public long version;
}
