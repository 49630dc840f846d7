package nl.werkplein.screening.indeling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/**
 * A client's service line in the current cycle (one aanvraag); null while a conversation is needed.
 * A new cycle empties it again; the history keeps the earlier lines.
 */
@Entity
@Table(name = "indeling")
public class Indeling extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    @Enumerated(EnumType.STRING)
    public Lijn lijn;

    @Column(nullable = false)
    public boolean doorgeleid;

    /** Who set the current line in this cycle; a line set by a person stands (LijnRegels). Null while none set it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "vastgesteld_door")
    public VastgesteldDoor vastgesteldDoor;

    /** The aanvraag of this cycle; null for the existing caseload. */
    @Column(name = "aanvraag_id")
    public UUID aanvraagId;

    @Version
    public long version;

    /** The client's indeling, created (without a line) on first use. */
    public static Indeling van(UUID klantId) {
        Indeling indeling = findById(klantId);
        if (indeling == null) {
            indeling = new Indeling();
            indeling.klantId = klantId;
            nl.werkplein.screening.klant.Klant klant = nl.werkplein.screening.klant.Klant.findById(klantId);
            indeling.aanvraagId = klant == null ? null : klant.laatsteAanvraagId;
            indeling.persist();
        }
        return indeling;
    }

    /** A new cycle: no line, not routed, nobody decided yet (the history keeps what was). */
    public void nieuweCyclus(UUID aanvraagId) {
        this.lijn = null;
        this.doorgeleid = false;
        this.vastgesteldDoor = null;
        this.aanvraagId = aanvraagId;
    }
}
