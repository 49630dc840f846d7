package nl.werkplein.intake.aanvraag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.werkplein.intake.zoekperiode.Zoekperiode;

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

    /** For clients without a fixed address (kanaal SPREEKUUR), instead of a postcode. */
    public String briefadres;

    /** Whole years on the aanvraagdatum. */
    @Column(nullable = false)
    public int leeftijd;

    @Column(name = "zoekperiode_begindatum", nullable = false)
    public LocalDate zoekperiodeBegindatum;

    /** The first day on which the zoekperiode is over. */
    @Column(name = "zoekperiode_einddatum", nullable = false)
    public LocalDate zoekperiodeEinddatum;

    @Column(name = "ingangsdatum_uitkering", nullable = false)
    public LocalDate ingangsdatumUitkering;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Zoekperiode.Inspanning inspanning;

    @Column(name = "advies_terug_naar_school", nullable = false)
    public boolean adviesTerugNaarSchool;

    /** What the client showed to make a startkwalificatie not feasible now, as a consulent recorded it. */
    @Column(name = "startkwalificatie_uitzondering")
    public String startkwalificatieUitzondering;

    @Column(name = "bevestigd_op")
    public OffsetDateTime bevestigdOp;

    @Column(name = "activeringsmail_verzonden_op")
    public OffsetDateTime activeringsmailVerzondenOp;

    @Column(name = "gesprek_op")
    public OffsetDateTime gesprekOp;

    @Column(name = "besluit_op")
    public OffsetDateTime besluitOp;

    @Column(name = "verplichtingen_nagekomen")
    public Boolean verplichtingenNagekomen;

    @Column(name = "besluit_reden")
    public String besluitReden;

    @Enumerated(EnumType.STRING)
    @Column(name = "uitstroom_reden")
    public UitstroomReden uitstroomReden;

    @Column(name = "uitgestroomd_op")
    public OffsetDateTime uitgestroomdOp;

    public boolean isOpen() {
        return AanvraagStatus.OPEN.contains(status);
    }

    @Version
    public long version;
}
