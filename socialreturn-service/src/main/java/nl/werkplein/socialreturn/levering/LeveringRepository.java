package nl.werkplein.socialreturn.levering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.platform.postgres.JdbcBatch;
import nl.werkplein.socialreturn.vacature.Bron;
import nl.werkplein.socialreturn.vacature.VacatureInvoer;
import nl.werkplein.socialreturn.vacature.VacatureStatus;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery tables: {@code levering} (one stored outcome per partner and week, the {@link Levering}
 * entity) and a partner's rows in {@code vacature}, read in one query and written with {@link JdbcBatch}
 * (new rows with COPY, changes in JDBC batches), all in the caller's transaction.
 */
@ApplicationScoped
public class LeveringRepository {

    private static final TypeReference<List<LeveringUitkomst.Afgewezen>> AFGEWEZEN = new TypeReference<>() {
    };

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    // ------------------------------------------------------------------ levering

    public Optional<Levering> vanWeek(String partnerId, IsoWeek week) {
        return Levering.find("partnerId = ?1 and jaar = ?2 and week = ?3", partnerId, week.jaar(), week.week())
                .firstResultOptional();
    }

    public Optional<IsoWeek> laatsteWeek(String partnerId) {
        return em.createQuery("select l.jaar, l.week from Levering l where l.partnerId = ?1 order by l.jaar desc, l.week desc",
                        Object[].class)
                .setParameter(1, partnerId).setMaxResults(1).getResultStream().findFirst()
                .map(r -> new IsoWeek((Integer) r[0], (Integer) r[1]));
    }

    /** Newest week first. */
    public List<Levering> alle(String partnerId) {
        return Levering.list("partnerId = ?1 order by jaar desc, week desc", partnerId);
    }

    /** Stores a week's outcome, replacing an earlier delivery for the same week; returns the row's id. */
    public UUID bewaar(String partnerId, IsoWeek week, String hash, LeveringUitkomst uitkomst) {
        Levering l = vanWeek(partnerId, week).orElse(null);
        boolean nieuw = l == null;
        if (nieuw) {
            l = Levering.nieuw(partnerId, week);
        }
        try {
            l.vervang(hash, uitkomst, mapper.writeValueAsString(uitkomst.afgewezen()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (nieuw) {
            em.persist(l);
        }
        return l.id;
    }

    /** The outcome as first answered: a repeated delivery gets it to the letter. */
    public LeveringUitkomst uitkomst(Levering l) {
        try {
            return l.uitkomst(mapper.readValue(l.afgewezen, AFGEWEZEN), clock.getZone());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored outcome of " + l.partnerId + " " + l.isoWeek() + " unreadable", e);
        }
    }

    // ------------------------------------------------------------------ the partner's vacancies

    /** The partner's previous state by reference, in one query. */
    public Map<String, Leveringsverschil.Vorige> vorigeStaat(String partnerId) {
        Map<String, Leveringsverschil.Vorige> vorige = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT referentie, id, inhoud_hash, status, pool, contract_id FROM vacature WHERE partner_id = ? AND bron = 'PARTNER'")) {
                s.setString(1, partnerId);
                s.setFetchSize(5000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        vorige.put(rs.getString(1), new Leveringsverschil.Vorige(rs.getObject(2, UUID.class), rs.getString(3),
                                VacatureStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class)));
                    }
                }
            }
        });
        return vorige;
    }

    /** The partner's contract running on that day, the latest started if several. */
    public UUID lopendContract(String partnerId, LocalDate dag) {
        return em.createQuery("""
                        select c.id from Contract c where c.partnerId = ?1 and c.begindatum <= ?2
                           and (c.einddatum is null or c.einddatum >= ?2) order by c.begindatum desc""", UUID.class)
                .setParameter(1, partnerId).setParameter(2, dag).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Inserts the new, updates the changed and withdraws the missing vacancies of one delivery. */
    public void schrijf(String partnerId, UUID contractId, Leveringsverschil verschil, OffsetDateTime nu, IsoWeek week) {
        String weekTekst = week.toString();
        em.unwrap(Session.class).doWork(c -> {
            // new rows with COPY: no statement to parse and no 22 parameters to bind per row (docs/benchmarks.md, Partner delivery)
            String tijd = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(nu);
            JdbcBatch.copy(c, """
                    vacature (id, bron, partner_id, contract_id, referentie, pool, routering_reden, soort, titel, omschrijving,
                              beroepscode, postcode, uren_per_week, opleidingsniveau, sluitingsdatum, sw, werkgever,
                              inhoud_hash, status, aangeboden_op, gewijzigd_op, eerste_week)""", verschil.nieuw(), (r, n) -> {
                VacatureInvoer v = n.vacature();
                r.add(n.id()).add(Bron.PARTNER).add(partnerId).add(contractId).add(v.referentie()).add(n.besluit().pool())
                        .add(n.besluit().reden()).add(v.soort()).add(v.titel()).add(v.omschrijving()).add(v.beroepscode())
                        .add(v.postcode()).add(v.urenPerWeek()).add(v.opleidingsniveau()).add(v.sluitingsdatum()).add(v.sw())
                        .add(v.werkgever()).add(n.inhoudHash()).add(VacatureStatus.ACTIEF).add(tijd).add(tijd).add(weekTekst);
            });
            JdbcBatch.execute(c, """
                    UPDATE vacature SET soort = ?, titel = ?, omschrijving = ?, beroepscode = ?, postcode = ?, uren_per_week = ?,
                                        opleidingsniveau = ?, sluitingsdatum = ?, sw = ?, werkgever = ?, inhoud_hash = ?,
                                        status = 'ACTIEF', ingetrokken_op = NULL, gewijzigd_op = ?,
                                        contract_id = coalesce(contract_id, ?), version = version + 1
                     WHERE id = ?""", verschil.gewijzigd(), (s, g) -> {
                inhoud(s, 1, g.vacature());
                s.setString(11, g.inhoudHash());
                s.setObject(12, nu);
                s.setObject(13, contractId, Types.OTHER);
                s.setObject(14, g.vorige().id());
            });
            JdbcBatch.execute(c, """
                    UPDATE vacature SET status = 'INGETROKKEN', ingetrokken_op = ?, gewijzigd_op = ?, version = version + 1
                     WHERE id = ?""", verschil.ingetrokken(), (s, i) -> {
                s.setObject(1, nu);
                s.setObject(2, nu);
                s.setObject(3, i.vorige().id());
            });
        });
    }

    /** The ten content columns from {@code soort} to {@code werkgever}, starting at parameter {@code i}. */
    private static void inhoud(PreparedStatement s, int i, VacatureInvoer v) throws SQLException {
        s.setString(i, v.soort().name());
        s.setString(i + 1, v.titel());
        s.setString(i + 2, v.omschrijving());
        s.setString(i + 3, v.beroepscode());
        s.setString(i + 4, v.postcode());
        s.setInt(i + 5, v.urenPerWeek());
        s.setString(i + 6, v.opleidingsniveau().name());
        s.setObject(i + 7, v.sluitingsdatum());
        s.setBoolean(i + 8, v.sw());
        s.setString(i + 9, v.werkgever());
    }

    /** A timestamptz as a native query returns it (the driver's type differs per column and version). */
    static OffsetDateTime tijdstip(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
