package nl.werkplein.screening.indeling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkplein.screening.scoring.Uitkomst;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Every change of a client's line (and every questionnaire scored while a person's line stood): who, when, why, which rule set. */
@Entity
@Table(name = "indeling_historie")
public class IndelingHistorie extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Enumerated(EnumType.STRING)
    public Lijn lijn;

    @Enumerated(EnumType.STRING)
    public Uitkomst uitkomst;

    @Column(nullable = false)
    public OffsetDateTime datum;

    @Column(nullable = false)
    public String door;

    @Column(nullable = false)
    public String reden;

    @Column(name = "regelset_naam")
    public String regelsetNaam;

    @Column(name = "regelset_versie")
    public String regelsetVersie;

    /** The cycle (aanvraag) the row belongs to; null for the existing caseload. */
    @Column(name = "aanvraag_id")
    public UUID aanvraagId;

    /** Records a change of line; {@code regels} only when a rule set decided it. */
    public static void leg(UUID klantId, Lijn lijn, Uitkomst uitkomst, OffsetDateTime datum, String door, String reden,
                           nl.werkplein.screening.scoring.Regelset regels) {
        IndelingHistorie h = new IndelingHistorie();
        h.klantId = klantId;
        h.lijn = lijn;
        h.uitkomst = uitkomst;
        h.datum = datum;
        h.door = door;
        h.reden = reden;
        h.regelsetNaam = regels == null ? null : regels.naam();
        h.regelsetVersie = regels == null ? null : regels.versie();
        nl.werkplein.screening.klant.Klant klant = nl.werkplein.screening.klant.Klant.findById(klantId);
        h.aanvraagId = klant == null ? null : klant.laatsteAanvraagId;
        h.persist();
    }
}
