package nl.werkplein.employer.werkgever;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkplein.employer.matching.VacatureSoort;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A current or future staffing need, e.g. a training route for a group of job-seekers. */
@Entity
@Table(name = "personeelsbehoefte")
public class Personeelsbehoefte extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "werkgever_id", nullable = false)
    public UUID werkgeverId;
    @Column(nullable = false)
    public String omschrijving;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacatureSoort soort;
    public String beroepscode;
    @Column(nullable = false)
    public int aantal;
    @Column(nullable = false)
    public LocalDate vanaf;
    public LocalDate tot;
    @Column(nullable = false)
    public boolean opleidingstraject;
    @Column(nullable = false)
    public String door;
    @Column(name = "vastgelegd_op", nullable = false)
    public OffsetDateTime vastgelegdOp;
}
