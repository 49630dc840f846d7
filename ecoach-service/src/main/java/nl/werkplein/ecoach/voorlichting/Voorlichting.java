package nl.werkplein.ecoach.voorlichting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A collective information session (domain.md 3.1), at a place or online; temp agencies take part. */
@Entity
@Table(name = "voorlichting")
public class Voorlichting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public LocalDate datum;

    @Column(nullable = false)
    public LocalTime begintijd;

    @Column(nullable = false)
    public LocalTime eindtijd;

    public String locatie;

    @Column(name = "online_link")
    public String onlineLink;

    @Column(nullable = false)
    public int capaciteit;

    /** Comma-separated names of the participating uitzendbureaus. */
    @Column(nullable = false)
    public String uitzendbureaus = "";

    @Column(name = "ecoach_id")
    public UUID ecoachId;

    /** Planned by the due work rather than by an e-coach. */
    @Column(nullable = false)
    public boolean automatisch;

    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;

    public List<String> uitzendbureauLijst() {
        return uitzendbureaus.isBlank() ? List.of() : Arrays.stream(uitzendbureaus.split(",")).map(String::trim).toList();
    }
}
