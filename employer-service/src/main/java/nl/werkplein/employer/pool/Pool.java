package nl.werkplein.employer.pool;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A candidate pool served by matchers (domain.md 6.3); BEMIDDELBAAR, KLANTONDERSTEUNING and SW are seeded. */
@Entity
@Table(name = "pool")
public class Pool extends PanacheEntityBase {

    @Id
    public String code;
    @Column(nullable = false)
    public String omschrijving;
    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;

    /** A pool socialreturn-service routes to but this service did not know yet is registered, not refused. */
    public static Pool zorgVoor(String code, OffsetDateTime nu) {
        Pool pool = findById(code);
        if (pool == null) {
            pool = new Pool();
            pool.code = code;
            pool.omschrijving = "Pool " + code;
            pool.aangemaaktOp = nu;
            pool.persist();
        }
        return pool;
    }
}
