package nl.werkplein.ecoach.werkmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "cv")
public class Cv extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    @Column(nullable = false)
    public String tekst;

    @Column(name = "gewijzigd_op", nullable = false)
    public OffsetDateTime gewijzigdOp;

    @Version
    public long version;
}
