package nl.werkplein.socialreturn.levering;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The stored outcome of a partner's delivery for one ISO week (table {@code levering}, one row per partner
 * and week): answered again to the letter when the same delivery comes twice ({@link #inhoudHash}), replaced
 * when a different delivery for the same week comes ({@link #vervang}).
 */
@Entity
@Table(name = "levering")
public class Levering extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(nullable = false)
    public int jaar;

    @Column(nullable = false)
    public int week;

    @Column(name = "inhoud_hash", nullable = false)
    public String inhoudHash;

    @Column(nullable = false)
    public int aantal;

    @Column(nullable = false)
    public int geaccepteerd;

    /** The rejected rows with their reasons, as JSON (LeveringRepository reads and writes it). */
    @Column(nullable = false)
    public String afgewezen;

    @Column(name = "aantal_afgewezen", nullable = false)
    public int aantalAfgewezen;

    @Column(nullable = false)
    public int nieuw;

    @Column(nullable = false)
    public int gewijzigd;

    @Column(nullable = false)
    public int ingetrokken;

    @Column(nullable = false)
    public int ongewijzigd;

    @Column(name = "ontvangen_op", nullable = false)
    public OffsetDateTime ontvangenOp;

    /** How many different deliveries this week has had. */
    @Column(nullable = false)
    public int keer;

    public IsoWeek isoWeek() {
        return new IsoWeek(jaar, week);
    }

    /** A first delivery for this week. */
    static Levering nieuw(String partnerId, IsoWeek week) {
        Levering l = new Levering();
        l.id = UUID.randomUUID();
        l.partnerId = partnerId;
        l.jaar = week.jaar();
        l.week = week.week();
        l.keer = 0;
        return l;
    }

    /** Takes over a (new or different) delivery's outcome; {@code afgewezenJson} is the rejected rows as stored. */
    void vervang(String hash, LeveringUitkomst u, String afgewezenJson) {
        inhoudHash = hash;
        aantal = u.aantal();
        geaccepteerd = u.geaccepteerd();
        afgewezen = afgewezenJson;
        aantalAfgewezen = u.afgewezen().size();
        nieuw = u.nieuw();
        gewijzigd = u.gewijzigd();
        ingetrokken = u.ingetrokken();
        ongewijzigd = u.ongewijzigd();
        ontvangenOp = u.ontvangenOp();
        keer++;
    }

    /** The outcome as answered, its time in the service's zone (as the first answer gave it). */
    LeveringUitkomst uitkomst(List<LeveringUitkomst.Afgewezen> afgewezenRijen, ZoneId zone) {
        return new LeveringUitkomst(partnerId, isoWeek().toString(), aantal, geaccepteerd, afgewezenRijen, nieuw, gewijzigd,
                ingetrokken, ongewijzigd, ontvangenOp.atZoneSameInstant(zone).toOffsetDateTime());
    }
}
