package nl.werkplein.employer.werkgever;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** A contact person at an employer: personal data, so every read is audited. */
@Entity
@Table(name = "contactpersoon")
public class Contactpersoon extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "werkgever_id")
    public Werkgever werkgever;
    @Column(nullable = false)
    public int volgorde;
    @Column(nullable = false)
    public String naam;
    public String functie;
    public String email;
    public String telefoon;
}
