package nl.werkplein.screening.klant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A client known to screening through intake's aanvraag events. */
@Entity
@Table(name = "klant")
public class Klant extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    /** Absent for a client of the existing caseload without an aanvraag. */
    @Column(name = "laatste_aanvraag_id")
    public UUID laatsteAanvraagId;

    /** intake granted the benefit of this cycle's aanvraag: the indeling may be followed. */
    @Column(name = "uitkering_toegekend", nullable = false)
    public boolean uitkeringToegekend;

    /** Registered from the existing caseload: routed at once, without an aanvraag. */
    @Column(nullable = false)
    public boolean bestandsklant;

    public String regeling;

    @Column(name = "lopend_traject_tot")
    public java.time.LocalDate lopendTrajectTot;

    /** Left in this cycle (work, school, withdrawn): never routed. */
    @Column(nullable = false)
    public boolean uitgestroomd;

    /** Why this cycle ended (left, refused, benefit ended); null while it runs. A new aanvraag starts a new cycle. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "cyclus_einde")
    public KlantCyclus.Einde cyclusEinde;

    public Integer leeftijd;

    /** The existing-caseload import that registered the client: re-screening progress is shown per import. */
    @Column(name = "import_id")
    public UUID importId;

    public String postcode4;

    @Column(name = "aangemeld_op", nullable = false)
    public OffsetDateTime aangemeldOp;

    @Column(name = "aantal_aanvragen", nullable = false)
    public int aantalAanvragen;

    @Version
    public long version;

    public KlantCyclus.Stand cyclus() {
        return new KlantCyclus.Stand(laatsteAanvraagId, uitkeringToegekend, cyclusEinde);
    }

    /** The cycle's facts from intake (KlantCyclus decided they apply): a new aanvraag starts a new cycle. @return whether an earlier aanvraag existed */
    public boolean nieuweCyclus(UUID aanvraagId, String regeling) {
        if (aanvraagId == null || aanvraagId.equals(laatsteAanvraagId)) {
            throw new IllegalStateException("a new cycle needs a new aanvraag");
        }
        boolean eerder = laatsteAanvraagId != null;
        laatsteAanvraagId = aanvraagId;
        if (regeling != null) {
            this.regeling = regeling;
        }
        aantalAanvragen++;
        uitkeringToegekend = false;
        uitgestroomd = false;
        cyclusEinde = null;
        return eerder;
    }

    /** This cycle's benefit was granted, once, while the cycle runs. */
    public void kenUitkeringToe() {
        if (cyclusEinde != null || uitkeringToegekend) {
            throw new IllegalStateException("granted already, or the cycle ended (" + cyclusEinde + ")");
        }
        uitkeringToegekend = true;
    }

    /** The cycle ends (refused, left, benefit ended), once. */
    public void beeindigCyclus(KlantCyclus.Einde einde) {
        if (cyclusEinde != null) {
            throw new IllegalStateException("the cycle ended already (" + cyclusEinde + ")");
        }
        cyclusEinde = einde;
        if (einde == KlantCyclus.Einde.UITGESTROOMD) {
            uitgestroomd = true;
        }
    }

    /** Registered from the existing caseload. */
    public void registreerAlsBestandsklant(String regeling, java.time.LocalDate lopendTrajectTot, UUID importId) {
        this.bestandsklant = true;
        this.regeling = regeling;
        this.lopendTrajectTot = lopendTrajectTot;
        this.importId = importId;
    }

    /** The client, when screening knows them and the caller may see them (another klant: 404, so existence does not leak). */
    public static Klant bekend(UUID klantId, nl.werkplein.platform.security.Caller caller) {
        caller.requireOwnIfKlant(klantId, "Klant " + klantId);
        Klant klant = findById(klantId);
        if (klant == null) {
            throw nl.werkplein.platform.api.ProblemException.notFound("Klant " + klantId);
        }
        return klant;
    }
}
