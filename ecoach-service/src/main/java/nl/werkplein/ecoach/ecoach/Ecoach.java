package nl.werkplein.ecoach.ecoach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An e-coach (domain.md 3.2); the id is the sub of their token. */
@Entity
@Table(name = "ecoach")
public class Ecoach extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String naam;

    @Column(nullable = false)
    public boolean actief = true;

    /** Null: the configured default capacity. */
    public Integer capaciteit;

    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;

    @Version
    public long version;

    /** Name, whether new clients are assigned, and the own capacity (null: the configured default). */
    public void wijzig(String naam, boolean actief, Integer capaciteit) {
        this.naam = naam.trim();
        this.actief = actief;
        this.capaciteit = capaciteit;
    }
}
