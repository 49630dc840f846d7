package nl.werkplein.intake.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A mail waiting to be sent, or sent. One per aanvraag and soort, so it is never queued twice. */
@Entity
@Table(name = "uitgaande_mail")
public class UitgaandeMail extends PanacheEntityBase {

    /** KLANTBERICHT: plain text another service asked for; the others are HTML of intake's own. */
    public enum Soort { ACTIVERINGSMAIL, UITNODIGING_GESPREK, KLANTBERICHT }

    @Id
    public UUID id;

    /** Null for a KLANTBERICHT, which belongs to a client, not an aanvraag. */
    @Column(name = "aanvraag_id")
    public UUID aanvraagId;

    @Column(name = "klant_id")
    public UUID klantId;

    /** KLANTBERICHT: the requester's berichtId and event type, echoed in bericht-verzonden. */
    @Column(name = "bericht_id")
    public UUID berichtId;

    @Column(name = "verzoek_type")
    public String verzoekType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Soort soort;

    @Column(nullable = false)
    public String ontvanger;

    @Column(nullable = false)
    public String onderwerp;

    @Column(nullable = false)
    public String inhoud;

    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;

    @Column(nullable = false)
    public int pogingen;

    @Column(name = "volgende_poging_op", nullable = false)
    public OffsetDateTime volgendePogingOp;

    @Column(name = "verzonden_op")
    public OffsetDateTime verzondenOp;

    @Column(name = "laatste_fout")
    public String laatsteFout;
}
