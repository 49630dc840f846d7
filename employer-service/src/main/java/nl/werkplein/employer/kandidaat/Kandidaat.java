package nl.werkplein.employer.kandidaat;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The read model of one client as a possible candidate, built only from other services' events (no
 * BSN, no name). Lists are stored as separated text (codes ',', skills '|').
 */
@Entity
@Table(name = "kandidaat")
public class Kandidaat extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;
    @Column(nullable = false)
    public boolean doorgeleid;
    public String lijn;
    public String regeling;
    @Column(nullable = false)
    public boolean bestandsklant;
    public Integer leeftijd;
    /** The day {@code leeftijd} was true (the event's date). */
    @Column(name = "leeftijd_peildatum")
    public LocalDate leeftijdPeildatum;
    public String postcode4;
    @Column(name = "ko_fase")
    public String koFase;
    public String werkintake;
    @Column(name = "ko_uren_per_week")
    public Integer koUrenPerWeek;
    public String branche;
    @Column(name = "loonwaarde_percentage")
    public Integer loonwaardePercentage;
    @Column(name = "onder_wml")
    public Boolean onderWml;
    public String beroepscodes;
    public String ervaring;
    public String vaardigheden;
    public String wensen;
    public String opleidingsniveau;
    @Column(name = "uren_per_week")
    public Integer urenPerWeek;
    public String werkregio;
    @Column(name = "beschikbaar_per")
    public LocalDate beschikbaarPer;
    @Column(name = "werk_gevonden", nullable = false)
    public boolean werkGevonden;
    @Column(nullable = false)
    public boolean uitgestroomd;
    /** Set by the database on every write (trigger), so every replica's index can pick changes up. */
    @Column(name = "gewijzigd_op", insertable = false, updatable = false)
    public OffsetDateTime gewijzigdOp;
    @Version
    public long version;

    public PoolEnDoelgroepRegel.Feiten feiten() {
        return new PoolEnDoelgroepRegel.Feiten(doorgeleid, lijn, regeling, koFase, werkintake, onderWml);
    }

    public static String codes(List<String> lijst) {
        return lijst == null || lijst.isEmpty() ? null : String.join(",", lijst.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    public static String tekstLijst(List<String> lijst) {
        return lijst == null || lijst.isEmpty() ? null
                : String.join("|", lijst.stream().map(s -> s.replace('|', ' ').trim()).filter(s -> !s.isEmpty()).toList());
    }

    public static List<String> lijst(String opgeslagen, String scheiding) {
        if (opgeslagen == null || opgeslagen.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(opgeslagen.split(java.util.regex.Pattern.quote(scheiding)));
    }
}
