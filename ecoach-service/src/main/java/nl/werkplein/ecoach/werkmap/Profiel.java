package nl.werkplein.ecoach.werkmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The client's profile as one JSON document ({@link ProfielResponse}, normalised from a {@link ProfielRequest}): read and written whole. */
@Entity
@Table(name = "profiel")
public class Profiel extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    @Column(nullable = false)
    public String inhoud;

    @Column(name = "gewijzigd_op", nullable = false)
    public OffsetDateTime gewijzigdOp;

    @Version
    public long version;
}
