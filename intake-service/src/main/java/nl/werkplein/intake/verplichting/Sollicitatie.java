package nl.werkplein.intake.verplichting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A job application the client made during the zoekperiode: evidence for SOLLICITATIES. */
@Entity
@Table(name = "sollicitatie")
public class Sollicitatie extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "aanvraag_id", nullable = false)
    public UUID aanvraagId;

    @Column(nullable = false)
    public LocalDate datum;

    @Column(nullable = false)
    public String werkgever;

    @Column(nullable = false)
    public String functie;

    @Column(name = "vastgelegd_op", nullable = false)
    public OffsetDateTime vastgelegdOp;
}
