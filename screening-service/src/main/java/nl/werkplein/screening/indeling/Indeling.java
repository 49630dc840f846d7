package nl.werkplein.screening.indeling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkplein.platform.api.ProblemException;

import java.util.UUID;

/**
 * A client's service line in the current cycle (one aanvraag); null while a conversation is needed.
 * A new cycle empties it again; the history keeps the earlier lines.
 */
@Entity
@Table(name = "indeling")
public class Indeling extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    @Enumerated(EnumType.STRING)
    public Lijn lijn;

    @Column(nullable = false)
    public boolean doorgeleid;

    /** Who set the current line in this cycle; a line set by a person stands (LijnRegels). Null while none set it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "vastgesteld_door")
    public VastgesteldDoor vastgesteldDoor;

    /** The aanvraag of this cycle; null for the existing caseload. */
    @Column(name = "aanvraag_id")
    public UUID aanvraagId;

    @Version
    public long version;

    /** The client's indeling, created (without a line) on first use. */
    public static Indeling van(UUID klantId) {
        Indeling indeling = findById(klantId);
        if (indeling == null) {
            indeling = new Indeling();
            indeling.klantId = klantId;
            nl.werkplein.screening.klant.Klant klant = nl.werkplein.screening.klant.Klant.findById(klantId);
            indeling.aanvraagId = klant == null ? null : klant.laatsteAanvraagId;
            indeling.persist();
        }
        return indeling;
    }

    /** A new cycle: no line, not routed, nobody decided yet (the history keeps what was). */
    public void nieuweCyclus(UUID aanvraagId) {
        this.lijn = null;
        this.doorgeleid = false;
        this.vastgesteldDoor = null;
        this.aanvraagId = aanvraagId;
    }

    /**
     * A questionnaire sets the line: only while no person decided it in this cycle and the cycle runs
     * (LijnRegels.vragenlijstZetLijn).
     *
     * @return the line before
     */
    public Lijn zetDoorRegels(Lijn nieuw, boolean cyclusBeeindigd) {
        if (!LijnRegels.vragenlijstZetLijn(vastgesteldDoor, cyclusBeeindigd)) {
            throw ProblemException.conflict(cyclusBeeindigd ? "De cyclus van deze klant is beëindigd: een vragenlijst zet geen lijn."
                    : "De lijn is door " + vastgesteldDoor + " bepaald: een vragenlijst verandert haar niet in deze cyclus.");
        }
        return zet(nieuw, VastgesteldDoor.REGELS);
    }

    /** The face-to-face decision of a consulent (also after an escalation): it stands for the cycle. @return the line before */
    public Lijn beslisDoorConsulent(Lijn nieuw) {
        if (nieuw == null) {
            throw ProblemException.invalid("lijn", "is verplicht");
        }
        return zet(nieuw, VastgesteldDoor.CONSULENT);
    }

    /**
     * An e-coach escalated: no line until a person decides (or Klantondersteuning by policy); until then
     * no questionnaire sets it. @return the line before
     */
    public Lijn escaleer(Lijn nieuw) {
        return zet(nieuw, VastgesteldDoor.ESCALATIE);
    }

    /**
     * The aanvullende vragenlijst found work reachable: from Maatschappelijke participatie to
     * Klantondersteuning. A line a person decided stays theirs for the cycle. @return the line before
     */
    public Lijn naarKlantondersteuningNaControle() {
        if (lijn != Lijn.MAATSCHAPPELIJKE_PARTICIPATIE) {
            throw ProblemException.conflict("De aanvullende vragenlijst is voor klanten in Maatschappelijke participatie; de lijn is "
                    + (lijn == null ? "nog niet bepaald" : lijn.name()) + ".");
        }
        Lijn vorige = lijn;
        lijn = Lijn.KLANTONDERSTEUNING;
        if (vastgesteldDoor == null) {
            vastgesteldDoor = VastgesteldDoor.REGELS;
        }
        return vorige;
    }

    /** Routed to the line: once per cycle, and only with a line. */
    public void doorleiden() {
        if (lijn == null || doorgeleid) {
            throw ProblemException.conflict(doorgeleid ? "De klant is in deze cyclus al doorgeleid." : "De klant heeft nog geen lijn.");
        }
        doorgeleid = true;
    }

    private Lijn zet(Lijn nieuw, VastgesteldDoor door) {
        Lijn vorige = lijn;
        lijn = nieuw;
        vastgesteldDoor = door;
        return vorige;
    }
}
