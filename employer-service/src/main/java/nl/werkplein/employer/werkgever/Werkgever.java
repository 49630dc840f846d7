package nl.werkplein.employer.werkgever;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An employer the account managers acquire and keep (domain.md 6.1). */
@Entity
@Table(name = "werkgever")
public class Werkgever extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String naam;
    @Column(name = "kvk_nummer", nullable = false)
    public String kvkNummer;
    @Column(nullable = false)
    public String branche;
    public String straat;
    public String huisnummer;
    public String postcode;
    public String plaats;
    @Column(name = "accountmanager_id")
    public UUID accountmanagerId;
    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;
    @Column(name = "gewijzigd_op", nullable = false)
    public OffsetDateTime gewijzigdOp;
    @OneToMany(mappedBy = "werkgever", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("volgorde")
    public List<Contactpersoon> contactpersonen = new ArrayList<>();
    @Version
    public long version;

    /** Whether an employer with this KvK number is already registered (the number is unique per employer). */
    public static boolean bestaatMetKvk(String kvkNummer) {
        return count("kvkNummer", kvkNummer) > 0;
    }
}
