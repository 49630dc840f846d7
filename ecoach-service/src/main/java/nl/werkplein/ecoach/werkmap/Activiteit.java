package nl.werkplein.ecoach.werkmap;

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

/** A job-application activity the client logged in the Werkmap (domain.md 3.3). */
@Entity
@Table(name = "activiteit")
public class Activiteit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(name = "traject_id", nullable = false)
    public UUID trajectId;

    @Column(nullable = false)
    public LocalDate datum;

    @Column(nullable = false)
    public String werkgever;

    @Column(nullable = false)
    public String functie;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kanaal kanaal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Resultaat resultaat;

    public String toelichting;

    @Column(name = "geregistreerd_op", nullable = false)
    public OffsetDateTime geregistreerdOp;

    @Column(nullable = false)
    public String door;
}
