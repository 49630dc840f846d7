package nl.werkplein.employer.werkgever;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A municipal account manager, serving one or more branches (domain.md 6.1). */
@Entity
@Table(name = "accountmanager")
public class Accountmanager extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String naam;
    @Column(nullable = false)
    public String email;
    /** Separated by '|'. */
    @Column(nullable = false)
    public String branches;
    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;
}
