package nl.werkplein.screening.klantondersteuning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A client's Klantondersteuning trajectory: Centrum voor Werk, werkintake, loonwaarde, werkleerplek. */
@Entity
@Table(name = "ko_traject")
public class KoTraject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KoFase fase;

    @Column(name = "cvw_begindatum", nullable = false)
    public LocalDate cvwBegindatum;

    @Column(name = "cvw_uiterlijk_tot", nullable = false)
    public LocalDate cvwUiterlijkTot;

    @Column(name = "uren_per_week", nullable = false)
    public int urenPerWeek;

    @Enumerated(EnumType.STRING)
    public Werkintake werkintake;

    @Column(name = "werkintake_toelichting")
    public String werkintakeToelichting;

    @Column(name = "loonwaarde_onder_wml_vermoed")
    public Boolean loonwaardeOnderWmlVermoed;

    @Column(name = "loonwaarde_percentage")
    public Integer loonwaardePercentage;

    @Column(name = "loonwaarde_vastgesteld_op")
    public LocalDate loonwaardeVastgesteldOp;

    @Column(name = "werkleerplek_begindatum")
    public LocalDate werkleerplekBegindatum;

    @Column(name = "werkleerplek_uiterlijk_tot")
    public LocalDate werkleerplekUiterlijkTot;

    public String branche;

    @Column(name = "werkleerplek_organisatie")
    public String werkleerplekOrganisatie;

    /** Set by due work when the current phase passed its limit; cleared when the phase changes. */
    @Column(name = "limiet_overschreden_op")
    public LocalDate limietOverschredenOp;

    @Column(name = "afgesloten_op")
    public LocalDate afgeslotenOp;

    @Column(name = "afsluitreden")
    public String afsluitreden;

    @Column(name = "gestart_door", nullable = false)
    public String gestartDoor;

    @Version
    public long version;

    /** The last day the current phase may last; null once closed. */
    public LocalDate uiterlijkTot() {
        return switch (fase) {
            case CENTRUM_VOOR_WERK -> cvwUiterlijkTot;
            case WERKLEERPLEK -> werkleerplekUiterlijkTot;
            case AFGESLOTEN -> null;
        };
    }

    public static Optional<KoTraject> lopend(UUID klantId) {
        return find("klantId = ?1 and fase <> ?2", klantId, KoFase.AFGESLOTEN).firstResultOptional();
    }

    public static Optional<KoTraject> laatste(UUID klantId) {
        return find("klantId = ?1 order by cvwBegindatum desc, id", klantId).firstResultOptional();
    }
}
