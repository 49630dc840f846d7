package nl.werkplein.intake.aanvraag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.werkplein.intake.beeindiging.BeeindigingReden;
import nl.werkplein.intake.besluit.BesluitRequest;
import nl.werkplein.intake.verplichting.VerplichtingenStand;
import nl.werkplein.intake.zoekperiode.Zoekperiode;
import nl.werkplein.platform.api.ProblemException;

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

    /** Null when not given: unknown is not none (domain.md 1.10); required for a jongere. */
    public Boolean startkwalificatie;

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

    @Column(name = "besluit_door")
    public String besluitDoor;

    /** The tracked state of the four obligations when the besluit was taken. */
    @Embedded
    public VerplichtingenStand besluitStand;

    @Enumerated(EnumType.STRING)
    @Column(name = "uitstroom_reden")
    public UitstroomReden uitstroomReden;

    @Column(name = "uitgestroomd_op")
    public OffsetDateTime uitgestroomdOp;

    @Enumerated(EnumType.STRING)
    @Column(name = "beeindiging_reden")
    public BeeindigingReden beeindigingReden;

    /** The day the benefit ends; its last day is the day before. */
    @Column(name = "beeindigd_op")
    public LocalDate beeindigdOp;

    /** The placement with full outflow that ended it, if one did. */
    @Column(name = "beeindiging_plaatsing_id")
    public UUID beeindigingPlaatsingId;

    @Column(name = "beeindiging_vastgelegd_op")
    public OffsetDateTime beeindigingVastgelegdOp;

    @Column(name = "beeindiging_door")
    public String beeindigingDoor;

    /** A new aanvraag: INGEDIEND from the moment it is filed; the service fills in what the request and the zoekperiode say. */
    public static Aanvraag ingediend(UUID klantId, OffsetDateTime op) {
        Aanvraag aanvraag = new Aanvraag();
        aanvraag.id = UUID.randomUUID();
        aanvraag.klantId = klantId;
        aanvraag.status = AanvraagStatus.INGEDIEND;
        aanvraag.ingediendOp = op;
        return aanvraag;
    }

    /**
     * The KCC confirmation (domain.md 1.4): INGEDIEND moves to ZOEKPERIODE once.
     *
     * @return true when confirmed now; false when it was confirmed before (the same request again changes nothing)
     * @throws ProblemException 409 when it was never confirmed and is no longer INGEDIEND
     */
    public boolean bevestig(OffsetDateTime nu) {
        if (status == AanvraagStatus.INGEDIEND) {
            status = AanvraagStatus.ZOEKPERIODE;
            bevestigdOp = nu;
            return true;
        }
        if (bevestigdOp == null) {
            throw ProblemException.conflict("Een aanvraag met status " + status + " kan niet meer worden bevestigd.");
        }
        return false;
    }

    /** The first conversation is planned once the zoekperiode is over: ZOEKPERIODE → GESPREK_GEPLAND, at the slot's time. */
    public void planGesprek(OffsetDateTime tijdstip) {
        if (status != AanvraagStatus.ZOEKPERIODE) {
            throw ProblemException.conflict("Een gesprek wordt gepland na de zoekperiode (status ZOEKPERIODE); de aanvraag heeft status " + status + ".");
        }
        status = AanvraagStatus.GESPREK_GEPLAND;
        gesprekOp = tijdstip;
    }

    /** Leaving early (work, school, withdrawn): from any open status to UITGESTROOMD. */
    public void stroomUit(UitstroomReden reden, OffsetDateTime nu) {
        if (!isOpen()) {
            throw ProblemException.conflict("De aanvraag is al afgerond (" + status + ").");
        }
        status = AanvraagStatus.UITGESTROOMD;
        uitstroomReden = reden;
        uitgestroomdOp = nu;
    }

    /**
     * The aanvraag to change, its row locked for this transaction: a change that meets the mail
     * sender or due work on the same row waits for it instead of failing on the version (a 500).
     */
    public static Aanvraag vergrendeld(UUID id) {
        return gevonden(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static Aanvraag gevonden(UUID id, LockModeType lock) {
        Aanvraag aanvraag = findById(id, lock);
        if (aanvraag == null) {
            throw ProblemException.notFound("Aanvraag " + id);
        }
        return aanvraag;
    }

    /**
     * The decision at the first conversation (domain.md 1.10): the assessor's judgment and the tracked
     * state of the obligations are both recorded; a judgment that differs from that state needs a
     * reason; a jongere without a startkwalificatie cannot be granted until a consulent recorded why
     * one is not feasible now.
     */
    public void besluit(BesluitRequest.Uitkomst uitkomst, boolean oordeelNagekomen, String reden, VerplichtingenStand stand,
                        String door, OffsetDateTime nu) {
        boolean zonderReden = reden == null || reden.isBlank();
        if (uitkomst == BesluitRequest.Uitkomst.AFGEWEZEN && zonderReden) {
            throw ProblemException.invalid("reden", "is verplicht bij AFGEWEZEN");
        }
        if (status != AanvraagStatus.GESPREK_GEPLAND) {
            throw ProblemException.conflict("Een besluit kan alleen na het gesprek (status GESPREK_GEPLAND); nu " + status + ".");
        }
        if (oordeelNagekomen != stand.alleNagekomen() && zonderReden) {
            throw ProblemException.invalid("reden", "is verplicht: het oordeel verplichtingenNagekomen=" + oordeelNagekomen
                    + " wijkt af van de geregistreerde stand (" + (stand.alleNagekomen() ? "alle nagekomen"
                    : "niet nagekomen: " + stand.nietNagekomen()) + ")");
        }
        if (uitkomst == BesluitRequest.Uitkomst.TOEGEKEND && vereistStartkwalificatieUitzondering()) {
            throw ProblemException.conflict("Toekennen kan niet: de klant is jonger dan de leeftijdsgrens en heeft geen startkwalificatie, "
                    + "en er is geen startkwalificatie-uitzondering vastgelegd (PUT /aanvragen/" + id
                    + "/startkwalificatie-uitzondering: waarom een startkwalificatie nu niet haalbaar is).");
        }
        status = uitkomst == BesluitRequest.Uitkomst.TOEGEKEND ? AanvraagStatus.TOEGEKEND : AanvraagStatus.AFGEWEZEN;
        verplichtingenNagekomen = oordeelNagekomen;
        besluitReden = zonderReden ? null : reden.strip();
        besluitStand = stand;
        besluitDoor = door;
        besluitOp = nu;
    }

    /** "Terug naar school" still stands: a jongere without a startkwalificatie and no recorded exception. */
    public boolean vereistStartkwalificatieUitzondering() {
        return adviesTerugNaarSchool && (startkwalificatieUitzondering == null || startkwalificatieUitzondering.isBlank());
    }

    /**
     * The granted benefit ends (domain.md 1.11): only from TOEGEKEND, on a day not before the benefit
     * began.
     */
    public void beeindig(BeeindigingReden reden, LocalDate datum, UUID plaatsingId, String door, OffsetDateTime nu) {
        if (status != AanvraagStatus.TOEGEKEND) {
            throw ProblemException.conflict("Alleen een toegekende uitkering kan eindigen; de aanvraag heeft status " + status + ".");
        }
        if (datum == null) {
            throw ProblemException.invalid("datum", "is verplicht");
        }
        if (datum.isBefore(ingangsdatumUitkering)) {
            throw ProblemException.invalid("datum", "mag niet vóór de ingangsdatum van de uitkering (" + ingangsdatumUitkering + ") liggen");
        }
        status = AanvraagStatus.BEEINDIGD;
        beeindigingReden = reden;
        beeindigdOp = datum;
        beeindigingPlaatsingId = plaatsingId;
        beeindigingDoor = door;
        beeindigingVastgelegdOp = nu;
    }

    /**
     * A placement with full outflow ends the granted benefit on its startdatum, reden WERK; one that
     * began before the benefit did ends it on its first day, never before it.
     */
    public void beeindigDoorPlaatsing(UUID plaatsingId, LocalDate startdatum, String door, OffsetDateTime nu) {
        LocalDate datum = startdatum.isBefore(ingangsdatumUitkering) ? ingangsdatumUitkering : startdatum;
        beeindig(BeeindigingReden.WERK, datum, plaatsingId, door, nu);
    }

    /**
     * An advance (domain.md 1.9) is for a complete (confirmed) aanvraag whose right is not yet
     * established; its date not before the aanvraagdatum and not in the future.
     */
    public void vereisVoorschotMogelijk(LocalDate datum, LocalDate vandaag) {
        if (status != AanvraagStatus.ZOEKPERIODE && status != AanvraagStatus.GESPREK_GEPLAND) {
            throw ProblemException.conflict("Een voorschot kan alleen bij een bevestigde aanvraag waarover nog niet is beslist; "
                    + "de aanvraag heeft status " + status + ".");
        }
        if (datum.isBefore(aanvraagdatum)) {
            throw ProblemException.invalid("datum", "mag niet vóór de aanvraagdatum (" + aanvraagdatum + ") liggen");
        }
        if (datum.isAfter(vandaag)) {
            throw ProblemException.invalid("datum", "mag niet in de toekomst liggen");
        }
    }

    public boolean isOpen() {
        return AanvraagStatus.OPEN.contains(status);
    }

    @Version
    public long version;

    /** Whether the client has an aanvraag that is still open (one at a time). */
    public static boolean heeftOpen(UUID klantId) {
        return Aanvraag.count("klantId = ?1 and status in ?2", klantId, AanvraagStatus.OPEN) > 0;
    }

    /** The client's latest aanvraag that is still open. */
    public static java.util.Optional<Aanvraag> laatsteOpen(UUID klantId) {
        return Aanvraag.<Aanvraag>find("klantId = ?1 and status in ?2 order by ingediendOp desc",
                klantId, AanvraagStatus.OPEN).firstResultOptional();
    }

    /** The client's most recently granted aanvraag, its row locked (FOR UPDATE). */
    public static java.util.Optional<Aanvraag> laatstToegekendVergrendeld(UUID klantId) {
        return Aanvraag.<Aanvraag>find("klantId = ?1 and status = ?2 order by besluitOp desc",
                klantId, AanvraagStatus.TOEGEKEND).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
