package nl.werkplein.employer.werkgever;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "contactmoment")
public class Contactmoment extends PanacheEntityBase {

    public enum Kanaal { TELEFOON, BEZOEK, EMAIL, BIJEENKOMST, OVERIG }

    @Id
    public UUID id;
    @Column(name = "werkgever_id", nullable = false)
    public UUID werkgeverId;
    @Column(nullable = false)
    public LocalDate datum;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kanaal kanaal;
    @Column(nullable = false)
    public String verslag;
    @Column(nullable = false)
    public String door;
    @Column(name = "vastgelegd_op", nullable = false)
    public OffsetDateTime vastgelegdOp;
}
