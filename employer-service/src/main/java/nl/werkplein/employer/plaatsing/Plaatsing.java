package nl.werkplein.employer.plaatsing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkplein.employer.kandidaat.Doelgroep;
import nl.werkplein.employer.matching.VacatureSoort;
import nl.werkplein.employer.vacature.Bron;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A realised placement, once per (vacature, klant). */
@Entity
@Table(name = "plaatsing")
public class Plaatsing extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "vacature_id", nullable = false)
    public UUID vacatureId;
    @Column(name = "klant_id", nullable = false)
    public UUID klantId;
    @Column(nullable = false)
    public String pool;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Bron bron;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacatureSoort soort;
    @Column(nullable = false)
    public LocalDate startdatum;
    @Column(name = "uren_per_week", nullable = false)
    public int urenPerWeek;
    @Column(name = "duur_maanden", nullable = false)
    public int duurMaanden;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Uitstroom uitstroom;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Doelgroep doelgroep;
    @Column(name = "vijftig_plus", nullable = false)
    public boolean vijftigPlus;
    @Column(name = "geregistreerd_op", nullable = false)
    public OffsetDateTime geregistreerdOp;
    @Column(nullable = false)
    public String door;

    public static Plaatsing van(UUID vacatureId, UUID klantId) {
        return find("vacatureId = ?1 and klantId = ?2", vacatureId, klantId).firstResult();
    }
}
