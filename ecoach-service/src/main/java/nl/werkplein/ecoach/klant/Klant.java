package nl.werkplein.ecoach.klant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkplein.ecoach.traject.Afsluitreden;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What screening's and intake's events say about a client. Each fact carries the time of the event
 * that set it: events of two topics arrive in any order, so an older event never overrules a newer one.
 */
@Entity
@Table(name = "klant")
public class Klant extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    /** The current service line as screening last said; null while a conversation is needed. */
    public String lijn;

    /** When screening routed the client (klant-doorgeleid); null before. */
    @Column(name = "doorgeleid_op")
    public OffsetDateTime doorgeleidOp;

    /** The aanvraag (cycle) of the latest routing; null for the existing caseload or before any routing. */
    @Column(name = "aanvraag_id")
    public UUID aanvraagId;

    @Column(nullable = false)
    public boolean bestandsklant;

    /** Null while nothing is known; false once the client left or was refused. */
    @Column(name = "op_uitkering")
    public Boolean opUitkering;

    @Column(name = "uitkering_status_op")
    public OffsetDateTime uitkeringStatusOp;

    /** Why the client is no longer on a benefit, while {@link #opUitkering} is false. */
    @Enumerated(EnumType.STRING)
    @Column(name = "vertrek_reden")
    public Afsluitreden vertrekReden;

    @Version
    public long version;

    public static Klant van(UUID klantId) {
        Klant klant = findById(klantId);
        if (klant == null) {
            klant = new Klant();
            klant.klantId = klantId;
            klant.persist();
        }
        return klant;
    }

    /**
     * Screening routed the client (klant-doorgeleid): one routing per cycle. The same aanvraag again, the
     * same routing under another event id or an older one arriving late change nothing (false). A routing
     * implies a benefit: screening routes only a client with a granted benefit or from the existing caseload.
     */
    public boolean doorgeleid(UUID aanvraagId, String lijn, boolean bestandsklant, OffsetDateTime tijd) {
        if (aanvraagId != null && aanvraagId.equals(this.aanvraagId)) {
            return false;
        }
        if (doorgeleidOp != null && !tijd.isAfter(doorgeleidOp)) {
            return false;
        }
        this.doorgeleidOp = tijd;
        this.aanvraagId = aanvraagId;
        this.lijn = lijn;
        this.bestandsklant = bestandsklant;
        uitkering(true, tijd);
        return true;
    }

    /** Screening changed the line after the routing (lijn-gewijzigd); null: none until a person decides. */
    public void lijnGewijzigd(String lijn) {
        this.lijn = lijn;
    }

    /** Records the benefit status unless a newer event already said otherwise; true when it changed. */
    public boolean uitkering(boolean op, OffsetDateTime sinds) {
        return uitkering(op, sinds, null);
    }

    /** As {@link #uitkering(boolean, OffsetDateTime)}, with the reason when the client is off the benefit. */
    public boolean uitkering(boolean op, OffsetDateTime sinds, Afsluitreden vertrek) {
        if (uitkeringStatusOp != null && sinds.isBefore(uitkeringStatusOp)) {
            return false;
        }
        opUitkering = op;
        uitkeringStatusOp = sinds;
        vertrekReden = op ? null : vertrek;
        return true;
    }

    /** Left (or refused) by an event later than the given moment. */
    public boolean vertrokkenNa(OffsetDateTime moment) {
        return Boolean.FALSE.equals(opUitkering) && uitkeringStatusOp != null && uitkeringStatusOp.isAfter(moment);
    }
}
