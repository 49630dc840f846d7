package nl.werkplein.employer.vacature;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkplein.employer.kandidaat.Kandidaat;
import nl.werkplein.employer.matching.Opleidingsniveau;
import nl.werkplein.employer.matching.VacatureProfiel;
import nl.werkplein.employer.matching.VacatureSoort;
import org.hibernate.annotations.Generated;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "vacature")
public class Vacature extends PanacheEntityBase {

    @Id
    public UUID id;
    /** Arrival order, the tie-breaker of "newest first". */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long volgnummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Bron bron;
    @Column(nullable = false)
    public String pool;
    @Column(nullable = false)
    public String referentie;
    @Column(nullable = false)
    public String titel;
    public String omschrijving;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacatureSoort soort;
    /** socialreturn's event named the soort: a placement on this place must keep it (what is credited, domain.md 7.4). */
    @Column(name = "soort_geregistreerd", nullable = false)
    public boolean soortGeregistreerd;
    public String beroepscode;
    public String postcode4;
    @Column(name = "uren_per_week")
    public Integer urenPerWeek;
    public String opleidingsniveau;
    /** Separated by '|'. */
    public String vaardigheden;
    public LocalDate sluitingsdatum;
    @Column(nullable = false)
    public boolean sw;
    @Column(name = "werkgever_id")
    public UUID werkgeverId;
    @Column(name = "werkgever_naam")
    public String werkgeverNaam;
    @Column(name = "partner_id")
    public String partnerId;
    @Column(name = "contract_id")
    public UUID contractId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacatureStatus status;
    @Column(name = "aangeboden_op", nullable = false)
    public OffsetDateTime aangebodenOp;
    @Column(name = "gewijzigd_op", nullable = false)
    public OffsetDateTime gewijzigdOp;
    @Column(name = "afgehandeld_op")
    public OffsetDateTime afgehandeldOp;
    @Column(name = "afgehandeld_door")
    public String afgehandeldDoor;
    @Version
    public long version;

    public VacatureProfiel profiel() {
        String tekst = omschrijving == null ? titel : titel + "\n" + omschrijving;
        return new VacatureProfiel(id, pool, soort, beroepscode, postcode4, urenPerWeek, Opleidingsniveau.van(opleidingsniveau),
                Kandidaat.lijst(vaardigheden, "|"), tekst, sw);
    }
}
