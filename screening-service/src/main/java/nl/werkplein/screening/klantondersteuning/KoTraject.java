package nl.werkplein.screening.klantondersteuning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkplein.platform.api.ProblemException;

import java.time.LocalDate;
import java.time.Period;
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

    /** Phase 1 in the Centrum voor Werk, for at most {@code duur} from the begin date. */
    public static KoTraject start(UUID klantId, LocalDate begindatum, Period duur, int urenPerWeek, String door) {
        KoTraject t = new KoTraject();
        t.id = UUID.randomUUID();
        t.klantId = klantId;
        t.fase = KoFase.CENTRUM_VOOR_WERK;
        t.cvwBegindatum = begindatum;
        t.cvwUiterlijkTot = KlantondersteuningRegels.uiterlijkTot(begindatum, duur);
        t.urenPerWeek = urenPerWeek;
        t.gestartDoor = door;
        return t;
    }

    /** The werkintake, in the Centrum voor Werk; a suspected loonwaarde below 100% WML always needs NADERE_DIAGNOSE (400). */
    public void legWerkintakeVast(Werkintake resultaat, boolean loonwaardeOnderWmlVermoed, String toelichting) {
        if (fase != KoFase.CENTRUM_VOOR_WERK) {
            throw ProblemException.conflict("De werkintake hoort bij het Centrum voor Werk (fase 1); het traject is in " + fase + ".");
        }
        if (loonwaardeOnderWmlVermoed && resultaat == Werkintake.MET_BEPERKTE_STEUN) {
            throw ProblemException.invalid("resultaat", "bij een vermoede loonwaarde onder 100% WML volgt altijd NADERE_DIAGNOSE");
        }
        this.werkintake = resultaat;
        this.loonwaardeOnderWmlVermoed = loonwaardeOnderWmlVermoed;
        this.werkintakeToelichting = toelichting;
    }

    /** The loonwaarde estimate, while the trajectory runs. */
    public void legLoonwaardeVast(int percentage, LocalDate op) {
        if (fase == KoFase.AFGESLOTEN) {
            throw ProblemException.conflict("Het traject is afgesloten.");
        }
        this.loonwaardePercentage = percentage;
        this.loonwaardeVastgesteldOp = op;
    }

    /**
     * Phase 2 on a werkleerplek, after the Centrum voor Werk, only with the werkintake and, when a
     * loonwaarde below 100% WML is suspected, the loonwaarde (409 naming what is missing).
     */
    public void naarWerkleerplek(LocalDate begindatum, Period duur, String branche, String organisatie) {
        if (fase != KoFase.CENTRUM_VOOR_WERK) {
            throw ProblemException.conflict("De werkleerplek (fase 2) volgt op het Centrum voor Werk; het traject is in " + fase + ".");
        }
        if (werkintake == null) {
            throw ProblemException.conflict("Eerst de werkintake: fase 2 begint niet zonder.");
        }
        if (Boolean.TRUE.equals(loonwaardeOnderWmlVermoed) && loonwaardePercentage == null) {
            throw ProblemException.conflict("Bij een vermoede loonwaarde onder 100% WML is de loonwaarde verplicht voor fase 2.");
        }
        this.fase = KoFase.WERKLEERPLEK;
        this.werkleerplekBegindatum = begindatum;
        this.werkleerplekUiterlijkTot = KlantondersteuningRegels.uiterlijkTot(begindatum, duur);
        this.branche = branche;
        this.werkleerplekOrganisatie = organisatie;
        this.limietOverschredenOp = null; // a new phase, a new limit
    }

    /** Closes a running trajectory (409 when it was closed already). */
    public void sluitAf(LocalDate op, String reden) {
        if (fase == KoFase.AFGESLOTEN) {
            throw ProblemException.conflict("Het traject is al afgesloten (" + afsluitreden + ").");
        }
        this.fase = KoFase.AFGESLOTEN;
        this.afgeslotenOp = op;
        this.afsluitreden = reden;
    }

    public static Optional<KoTraject> lopend(UUID klantId) {
        return find("klantId = ?1 and fase <> ?2", klantId, KoFase.AFGESLOTEN).firstResultOptional();
    }

    public static Optional<KoTraject> laatste(UUID klantId) {
        return find("klantId = ?1 order by cvwBegindatum desc, id", klantId).firstResultOptional();
    }
}
