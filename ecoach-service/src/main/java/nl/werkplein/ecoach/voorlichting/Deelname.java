package nl.werkplein.ecoach.voorlichting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A client invited to a session, and whether they came. */
@Entity
@Table(name = "deelname")
public class Deelname extends PanacheEntityBase {

    @Embeddable
    public static class Sleutel implements Serializable {
        @Column(name = "voorlichting_id")
        public UUID voorlichtingId;
        @Column(name = "traject_id")
        public UUID trajectId;

        public Sleutel() {
        }

        public Sleutel(UUID voorlichtingId, UUID trajectId) {
            this.voorlichtingId = voorlichtingId;
            this.trajectId = trajectId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && java.util.Objects.equals(voorlichtingId, s.voorlichtingId)
                    && java.util.Objects.equals(trajectId, s.trajectId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(voorlichtingId, trajectId);
        }
    }

    @EmbeddedId
    public Sleutel sleutel;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(name = "uitgenodigd_op", nullable = false)
    public OffsetDateTime uitgenodigdOp;

    /** Null until recorded. */
    public Boolean aanwezig;

    @Column(name = "geregistreerd_op")
    public OffsetDateTime geregistreerdOp;

    /** Records whether the client attended (after the session began); true when they were recorded absent before. */
    public boolean registreerAanwezigheid(boolean aanwezig, OffsetDateTime nu) {
        boolean eerderAfwezig = Boolean.FALSE.equals(this.aanwezig);
        this.aanwezig = aanwezig;
        this.geregistreerdOp = nu;
        return eerderAfwezig;
    }

    /** The client's latest invitation to the session. */
    public static Optional<Deelname> laatsteVan(UUID voorlichtingId, UUID klantId) {
        return find("sleutel.voorlichtingId = ?1 and klantId = ?2 order by uitgenodigdOp desc", voorlichtingId, klantId).firstResultOptional();
    }
}
