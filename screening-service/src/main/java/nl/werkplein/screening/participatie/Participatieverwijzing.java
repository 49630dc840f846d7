package nl.werkplein.screening.participatie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkplein.platform.api.ProblemException;

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

    /** A referral made by the aanvullende vragenlijst: to its organisation at once, or onto the consulents' worklist. */
    public static Participatieverwijzing nieuw(UUID klantId, String vorm, Bestemming bestemming, String organisatieNaam,
                                               String door, OffsetDateTime nu) {
        Participatieverwijzing v = new Participatieverwijzing();
        v.id = UUID.randomUUID();
        v.klantId = klantId;
        v.vorm = vorm;
        v.wijk = bestemming.wijk();
        v.organisatieCode = bestemming.organisatieCode();
        v.organisatie = organisatieNaam;
        v.status = bestemming.status();
        v.aangemaaktOp = nu;
        v.door = door;
        if (!bestemming.opWerklijst()) {
            v.verwezenOp = nu;
            v.verwezenDoor = door;
        }
        return v;
    }

    /** A consulent refers a worklist referral by hand (the wijk was unknown); only from the worklist (409). */
    public void verwijs(String organisatieCode, String organisatieNaam, String wijk, String door, OffsetDateTime nu) {
        if (status != Status.WERKLIJST) {
            throw ProblemException.conflict("De verwijzing heeft status " + status + " (bij " + organisatie
                    + "); alleen een verwijzing op de werklijst wordt met de hand verwezen.");
        }
        this.organisatieCode = organisatieCode;
        this.organisatie = organisatieNaam;
        if (wijk != null) {
            this.wijk = wijk;
        }
        this.status = Status.VERWEZEN;
        this.verwezenOp = nu;
        this.verwezenDoor = door;
    }

    /**
     * The organisation acknowledges receipt. Again changes nothing; on the worklist there is no
     * organisation yet (409).
     *
     * @return whether it changed now
     */
    public boolean bevestig(String door, String opmerking, OffsetDateTime nu) {
        switch (status) {
            case ONTVANGEN -> {
                return false;
            }
            case WERKLIJST -> throw ProblemException.conflict("De verwijzing heeft status WERKLIJST: er is nog geen organisatie die haar kan ontvangen.");
            case VERWEZEN -> {
                this.status = Status.ONTVANGEN;
                this.ontvangenOp = nu;
                this.ontvangenDoor = door;
                this.ontvangstOpmerking = opmerking;
                return true;
            }
        }
        throw new IllegalStateException("status " + status);
    }
}
