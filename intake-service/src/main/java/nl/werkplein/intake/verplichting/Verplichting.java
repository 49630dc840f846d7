package nl.werkplein.intake.verplichting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkplein.platform.api.ProblemException;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One obligation of an aanvraag, shown, not claimed (domain.md 1.10): a klant reports it as met with
 * evidence ({@code gemeld*}); staff verify or reject it ({@code beoordeeld*}); {@code nagekomen} is true
 * only after a verification, or for ENTREEVRAGENLIJST after a submitted questionnaire.
 */
@Entity
@Table(name = "verplichting")
public class Verplichting extends PanacheEntityBase {

    /** Who "verifies" a submitted questionnaire: the fact comes from screening-service. */
    public static final String SCREENING = "screening-service";

    @EmbeddedId
    public Sleutel sleutel;

    /** Verified by staff, or (ENTREEVRAGENLIJST) a questionnaire submitted. */
    @Column(nullable = false)
    public boolean nagekomen;

    /** The latest explanation, the klant's or staff's. */
    public String toelichting;

    @Column(name = "gewijzigd_op")
    public OffsetDateTime gewijzigdOp;

    @Column(name = "gewijzigd_door")
    public String gewijzigdDoor;

    @Column(name = "gemeld_op")
    public OffsetDateTime gemeldOp;

    @Column(name = "gemeld_toelichting")
    public String gemeldToelichting;

    /** Staff's verification (nagekomen true) or rejection (nagekomen false). */
    @Column(name = "beoordeeld_op")
    public OffsetDateTime beoordeeldOp;

    @Column(name = "beoordeeld_door")
    public String beoordeeldDoor;

    @Embeddable
    public record Sleutel(
            @Column(name = "aanvraag_id") UUID aanvraagId,
            @Enumerated(EnumType.STRING) @Column(name = "soort") VerplichtingSoort soort) implements Serializable {
    }

    public static Verplichting nieuw(UUID aanvraagId, VerplichtingSoort soort) {
        Verplichting v = new Verplichting();
        v.sleutel = new Sleutel(aanvraagId, soort);
        return v;
    }

    public VerplichtingSoort soort() {
        return sleutel.soort();
    }

    /** The klant reports it as met, with evidence; it stays unverified (nagekomen unchanged) until staff look. */
    public void meld(String bewijs, String klant, OffsetDateTime nu) {
        vereisHandmatig();
        if (bewijs == null || bewijs.isBlank()) {
            throw ProblemException.invalid("toelichting", "is verplicht: waaruit blijkt dat de verplichting is nagekomen");
        }
        gemeldOp = nu;
        gemeldToelichting = bewijs.strip();
        toelichting = gemeldToelichting;
        gewijzigdOp = nu;
        gewijzigdDoor = klant;
    }

    /** Staff verify (nagekomen true) or reject (false) it, whether or not the klant reported it. */
    public void beoordeel(boolean isNagekomen, String uitleg, String medewerker, OffsetDateTime nu) {
        vereisHandmatig();
        nagekomen = isNagekomen;
        beoordeeldOp = nu;
        beoordeeldDoor = medewerker;
        if (uitleg != null && !uitleg.isBlank()) {
            toelichting = uitleg.strip();
        }
        gewijzigdOp = nu;
        gewijzigdDoor = medewerker;
    }

    /** screening-service reports a submitted questionnaire: the only way this obligation is met. */
    public void entreevragenlijstIngediend(String bewijs, OffsetDateTime nu) {
        if (soort() != VerplichtingSoort.ENTREEVRAGENLIJST) {
            throw new IllegalStateException("only the ENTREEVRAGENLIJST obligation is met by a questionnaire");
        }
        nagekomen = true;
        toelichting = bewijs;
        beoordeeldOp = nu;
        beoordeeldDoor = SCREENING;
        gewijzigdOp = nu;
        gewijzigdDoor = SCREENING;
    }

    public boolean isGeverifieerd() {
        return nagekomen && beoordeeldOp != null;
    }

    public boolean isAfgekeurd() {
        return !nagekomen && beoordeeldOp != null;
    }

    private void vereisHandmatig() {
        if (!soort().isHandmatig()) {
            throw ProblemException.invalid("soort", "ENTREEVRAGENLIJST kan niet worden gemeld of afgevinkt: deze verplichting is alleen "
                    + "nagekomen met een ingediende Entreevragenlijst (screening-service)");
        }
    }

    /** The obligations of the aanvraag, by soort. */
    public static java.util.List<Verplichting> vanAanvraag(UUID aanvraagId) {
        return Verplichting.<Verplichting>list("sleutel.aanvraagId = ?1 order by sleutel.soort", aanvraagId);
    }

    /** The obligations of these aanvragen in one query, by soort. */
    public static java.util.List<Verplichting> vanAanvragen(java.util.Collection<UUID> aanvraagIds) {
        return Verplichting.<Verplichting>list("sleutel.aanvraagId in ?1 order by sleutel.soort", aanvraagIds);
    }
}
