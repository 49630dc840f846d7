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
    /** The aanvraag of the current cycle (the latest klant-doorgeleid); null for the existing caseload. */
    @Column(name = "aanvraag_id")
    public UUID aanvraagId;
    /** The time of the latest klant-doorgeleid: the start of the current cycle. */
    @Column(name = "cyclus_start")
    public OffsetDateTime cyclusStart;
    /** Derived by {@link Levensloop}: the benefit of the current cycle ended. */
    @Column(name = "uitkering_beeindigd", nullable = false)
    public boolean uitkeringBeeindigd;
    /** Of the latest uitkering-beeindigd (kept as history, also after a new cycle). */
    @Column(name = "beeindigd_op")
    public LocalDate beeindigdOp;
    @Column(name = "beeindiging_reden")
    public String beeindigingReden;
    /** UWV's doelgroepregister indication as a consulent recorded it (doelgroepregister-vastgelegd). */
    public Boolean doelgroepregister;
    @Column(name = "doelgroepregister_datum")
    public LocalDate doelgroepregisterDatum;
    @Column(name = "doelgroepregister_bron")
    public String doelgroepregisterBron;
    /** Set by the database on every write (trigger), so every replica's index can pick changes up. */
    @Column(name = "gewijzigd_op", insertable = false, updatable = false)
    public OffsetDateTime gewijzigdOp;
    @Version
    public long version;

    /** @param lopendePlaatsing the outflow of the running placement of this cycle, null without one */
    public PoolEnDoelgroepRegel.Feiten feiten(String lopendePlaatsing) {
        return new PoolEnDoelgroepRegel.Feiten(doorgeleid, lijn, regeling, koFase, werkintake, loonwaardePercentage != null || onderWml != null,
                doelgroepregister, uitkeringBeeindigd, uitgestroomd, werkGevonden, lopendePlaatsing);
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
