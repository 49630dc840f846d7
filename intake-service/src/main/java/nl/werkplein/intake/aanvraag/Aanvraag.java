package nl.werkplein.intake.aanvraag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "aanvraag")
public class Aanvraag extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AanvraagStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kanaal kanaal;

    @Column(nullable = false)
    public LocalDate geboortedatum;

    @Column(nullable = false)
    public String email;

    public String postcode;

    @Column(nullable = false)
    public LocalDate aanvraagdatum;

    @Column(name = "melding_uwv_datum")
    public LocalDate meldingUwvDatum;

    @Column(nullable = false)
    public boolean startkwalificatie;

    @Column(name = "ingediend_op", nullable = false)
    public OffsetDateTime ingediendOp;

    @Version
    public long version;
}
