package nl.werkplein.employer.kandidaat;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One handled event that changed a client's line, pool or availability: the candidate's history, and
 * the end facts {@link Levensloop} derives the flags from (so the delivery order does not matter).
 */
@Entity
@Table(name = "kandidaat_historie")
public class KandidaatHistorie extends PanacheEntityBase {

    public static final String DOORGELEID = "DOORGELEID";
    public static final String LIJN_GEWIJZIGD = "LIJN_GEWIJZIGD";
    public static final String KO_AFGESLOTEN = "KO_AFGESLOTEN";
    public static final String TRAJECT_AFGESLOTEN = "TRAJECT_AFGESLOTEN";
    public static final String UITGESTROOMD = "UITGESTROOMD";
    public static final String UITKERING_BEEINDIGD = "UITKERING_BEEINDIGD";
    public static final String DOELGROEPREGISTER = "DOELGROEPREGISTER";

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "klant_id", nullable = false)
    public UUID klantId;
    @Column(nullable = false)
    public String soort;
    @Column(nullable = false)
    public OffsetDateTime tijd;
    @Column(name = "aanvraag_id")
    public UUID aanvraagId;
    public String lijn;
    public String reden;
    public LocalDate datum;

    public static List<KandidaatHistorie> van(UUID klantId) {
        return list("klantId = ?1 order by tijd, eventId", klantId);
    }

    /** This row as an end fact of {@link Levensloop}, or null when it is none. */
    Levensloop.Eindfeit eindfeit() {
        return switch (soort) {
            case UITKERING_BEEINDIGD -> new Levensloop.Eindfeit(Levensloop.Soort.UITKERING_BEEINDIGD, aanvraagId, tijd);
            case UITGESTROOMD -> new Levensloop.Eindfeit(Levensloop.Soort.UITGESTROOMD, aanvraagId, tijd);
            case TRAJECT_AFGESLOTEN -> "WERK".equals(reden) ? new Levensloop.Eindfeit(Levensloop.Soort.WERK_GEVONDEN, null, tijd) : null;
            default -> null;
        };
    }
}
