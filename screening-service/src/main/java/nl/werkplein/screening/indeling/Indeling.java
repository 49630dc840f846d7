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

/** A client's current service line; null while a conversation is needed. */
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

    @Version
    public long version;

    /** The client's indeling, created (without a line) on first use. */
    public static Indeling van(UUID klantId) {
        Indeling indeling = findById(klantId);
        if (indeling == null) {
            indeling = new Indeling();
            indeling.klantId = klantId;
            indeling.persist();
        }
        return indeling;
    }
}
