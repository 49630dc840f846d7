package nl.werkplein.socialreturn.levering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.socialreturn.partner.Partner;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.socialreturn.vacature.Bron;
import nl.werkplein.socialreturn.vacature.Routering;
import nl.werkplein.socialreturn.vacature.VacatureControle;
import nl.werkplein.socialreturn.vacature.VacatureEvents;
import nl.werkplein.socialreturn.vacature.VacatureInvoer;
import nl.werkplein.socialreturn.vacature.VacatureStatus;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A partner's weekly delivery (domain.md 7.3, api.md): the complete set of its open vacancies. Compared
 * with what the partner delivered before, it yields new, changed and withdrawn vacancies, each published
 * on its pool's topic; what did not change publishes nothing. Built for 10,000 vacancies: one query loads
 * the partner's previous state, rows and outbox events are written in JDBC batches, one transaction.
 */
@ApplicationScoped
public class LeveringService {

    private static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(LeveringService.class);

    private record Bestaand(UUID id, String hash, VacatureStatus status, String pool, UUID contractId) {
    }

    private record Nieuw(UUID id, VacatureInvoer v, Routering.Besluit besluit) {
    }

    private record Gewijzigd(Bestaand b, VacatureInvoer v) {
    }

    private record Ingetrokken(Bestaand b, String referentie) {
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;
    @Inject
    Routering routering;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    LeveringConfig config;

    /** A fingerprint of a delivery's content: the same delivery again has the same one. */
    public String hash(List<JsonNode> vacatures) {
        try {
            return VacatureInvoer.sha256(mapper.writeValueAsBytes(vacatures));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public LeveringUitkomst verwerk(String partnerId, IsoWeek week, List<JsonNode> vacatures, String hash) {
        // one delivery of a partner at a time: the comparison with its previous state must not race
        Partner partner = em.find(Partner.class, partnerId, LockModeType.PESSIMISTIC_WRITE);
        if (partner == null) {
            throw ProblemException.notFound("Partner " + partnerId);
        }
        if (!partner.actief) {
            throw ProblemException.conflict("Partner " + partnerId + " is niet actief; beheer kan de partner weer activeren.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        IsoWeek uiterst = IsoWeek.van(vandaag.plusWeeks(config.maxWekenVooruit()));
        if (uiterst.isVoor(week)) {
            throw ProblemException.invalid("week", "ligt meer dan " + config.maxWekenVooruit() + " week in de toekomst");
        }
        Optional<IsoWeek> laatste = laatsteWeek(partnerId);
        if (laatste.isPresent() && week.isVoor(laatste.get())) {
            throw ProblemException.conflict("Week " + week + " ligt voor de laatste levering (" + laatste.get()
                    + "); een levering is de volledige set van een week en een oudere week kan die niet vervangen.");
        }
        Optional<Opgeslagen> zelfdeWeek = opgeslagen(partnerId, week);
        if (zelfdeWeek.isPresent() && zelfdeWeek.get().hash().equals(hash)) {
            return zelfdeWeek.get().uitkomst(); // the same delivery again: nothing changes, nothing is published
        }

        long t0 = System.nanoTime();
        // 1. each vacancy on its own, with all its reasons; a reference twice in one delivery is ambiguous
        List<VacatureControle.Uitslag> uitslagen = new ArrayList<>(vacatures.size());
        Map<String, Integer> aantalPerReferentie = new HashMap<>();
        for (JsonNode node : vacatures) {
            VacatureControle.Uitslag u = VacatureControle.controleer(node, vandaag);
            uitslagen.add(u);
            if (u.referentie() != null) {
                aantalPerReferentie.merge(u.referentie(), 1, Integer::sum);
            }
        }
        List<VacatureInvoer> geldig = new ArrayList<>(vacatures.size());
        List<LeveringUitkomst.Afgewezen> afgewezen = new ArrayList<>();
        Set<String> geleverd = new HashSet<>();
        for (int i = 0; i < uitslagen.size(); i++) {
            VacatureControle.Uitslag u = uitslagen.get(i);
            List<String> redenen = new ArrayList<>(u.redenen());
            if (u.referentie() != null) {
                geleverd.add(u.referentie());
                if (aantalPerReferentie.get(u.referentie()) > 1) {
                    redenen.add("referentie: komt meer dan eens voor in deze levering");
                }
            }
            if (redenen.isEmpty()) {
                geldig.add(u.vacature());
            } else {
                afgewezen.add(new LeveringUitkomst.Afgewezen(i, u.referentie(), String.join("; ", redenen), List.copyOf(redenen)));
            }
        }

        long t1 = System.nanoTime();
        // 2. compare with the partner's previous state, loaded in one query
        Map<String, Bestaand> vorige = vorigeStaat(partnerId);
        UUID contractId = lopendContract(partnerId, vandaag);
        List<Nieuw> nieuw = new ArrayList<>();
        List<Gewijzigd> gewijzigd = new ArrayList<>();
        List<Ingetrokken> ingetrokken = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        int ongewijzigd = 0;
        for (VacatureInvoer v : geldig) {
            String h = v.inhoudHash();
            hashes.put(v.referentie(), h);
            Bestaand b = vorige.get(v.referentie());
            if (b == null) {
                Routering.Besluit besluit = routering.route(new Routering.Invoer(Bron.PARTNER, v.soort(), v.opleidingsniveau(),
                        v.urenPerWeek(), v.sw(), partner.pool, null));
                nieuw.add(new Nieuw(UUID.randomUUID(), v, besluit));
            } else if (!b.hash().equals(h) || b.status() == VacatureStatus.INGETROKKEN) {
                gewijzigd.add(new Gewijzigd(b, v));
            } else {
                ongewijzigd++;
            }
        }
        // missing from this complete set: withdrawn; a rejected reference keeps its earlier accepted version
        for (Map.Entry<String, Bestaand> e : vorige.entrySet()) {
            if (e.getValue().status() == VacatureStatus.ACTIEF && !geleverd.contains(e.getKey())) {
                ingetrokken.add(new Ingetrokken(e.getValue(), e.getKey()));
            }
        }

        long t2 = System.nanoTime();
        // 3. write rows and events in batches, in this transaction
        // milliseconds, as stored and read back: a repeated delivery answers with exactly the same outcome
        OffsetDateTime nu = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String weekTekst = week.toString();
        em.unwrap(Session.class).doWork(c -> {
            invoegen(c, partnerId, contractId, nieuw, hashes, nu, weekTekst);
            bijwerken(c, contractId, gewijzigd, hashes, nu);
            intrekken(c, ingetrokken, nu);
        });
        List<Outbox.Bericht> berichten = new ArrayList<>(nieuw.size() + gewijzigd.size() + ingetrokken.size() + 1);
        for (Nieuw n : nieuw) {
            berichten.add(aangeboden(n.id(), n.besluit().pool(), partnerId, contractId, n.v()));
        }
        for (Gewijzigd g : gewijzigd) {
            berichten.add(aangeboden(g.b().id(), g.b().pool(), partnerId, g.b().contractId() != null ? g.b().contractId() : contractId, g.v()));
        }
        for (Ingetrokken i : ingetrokken) {
            berichten.add(new Outbox.Bericht(Routering.topic(i.b().pool()), i.b().id().toString(), events.create(
                    VacatureEvents.INGETROKKEN, i.b().id(), new VacatureEvents.Ingetrokken(i.b().id(), i.b().pool(), i.referentie()))));
        }
        LeveringUitkomst uitkomst = new LeveringUitkomst(partnerId, weekTekst, vacatures.size(), geldig.size(), afgewezen,
                nieuw.size(), gewijzigd.size(), ingetrokken.size(), ongewijzigd, nu);
        UUID leveringId = bewaar(partnerId, week, hash, uitkomst);
        berichten.add(new Outbox.Bericht(LeveringEvents.TOPIC, partnerId, events.create(LeveringEvents.VERWERKT, leveringId,
                new LeveringEvents.Verwerkt(partnerId, weekTekst, uitkomst.aantal(), uitkomst.geaccepteerd(), afgewezen.size(),
                        uitkomst.nieuw(), uitkomst.gewijzigd(), uitkomst.ingetrokken()))));
        long t3 = System.nanoTime();
        outbox.appendAll(berichten);
        long t4 = System.nanoTime();
        LOG.infof("levering %s %s: %d vacatures (%d nieuw, %d gewijzigd, %d ingetrokken, %d afgewezen) in %d ms:"
                        + " controle %d, vergelijken %d, rijen %d, events %d", partnerId, weekTekst, vacatures.size(), nieuw.size(),
                gewijzigd.size(), ingetrokken.size(), afgewezen.size(), (t4 - t0) / 1_000_000, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return uitkomst;
    }

    @Transactional
    public LeveringUitkomst raadplegen(String partnerId, IsoWeek week) {
        if (em.find(Partner.class, partnerId) == null) {
            throw ProblemException.notFound("Partner " + partnerId);
        }
        return opgeslagen(partnerId, week).map(Opgeslagen::uitkomst)
                .orElseThrow(() -> ProblemException.notFound("Een levering van " + partnerId + " voor week " + week));
    }

    @Transactional
    public List<LeveringUitkomst> alle(String partnerId) {
        if (em.find(Partner.class, partnerId) == null) {
            throw ProblemException.notFound("Partner " + partnerId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(SELECT_LEVERING + " WHERE partner_id = ?1 ORDER BY jaar DESC, week DESC")
                .setParameter(1, partnerId).getResultList();
        return rijen.stream().map(this::opgeslagen).map(Opgeslagen::uitkomst).toList();
    }

    public Optional<IsoWeek> laatsteWeek(String partnerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(
                        "SELECT jaar, week FROM levering WHERE partner_id = ?1 ORDER BY jaar DESC, week DESC LIMIT 1")
                .setParameter(1, partnerId).getResultList();
        return rijen.stream().findFirst().map(r -> new IsoWeek(((Number) r[0]).intValue(), ((Number) r[1]).intValue()));
    }

    // ------------------------------------------------------------------ stored outcome

    private record Opgeslagen(String hash, LeveringUitkomst uitkomst) {
    }

    private static final String SELECT_LEVERING = """
            SELECT partner_id, jaar, week, inhoud_hash, aantal, geaccepteerd, afgewezen, nieuw, gewijzigd, ingetrokken,
                   ongewijzigd, ontvangen_op FROM levering""";

    private Optional<Opgeslagen> opgeslagen(String partnerId, IsoWeek week) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(SELECT_LEVERING + " WHERE partner_id = ?1 AND jaar = ?2 AND week = ?3")
                .setParameter(1, partnerId).setParameter(2, week.jaar()).setParameter(3, week.week()).getResultList();
        return rijen.stream().findFirst().map(this::opgeslagen);
    }

    private Opgeslagen opgeslagen(Object[] r) {
        List<LeveringUitkomst.Afgewezen> afgewezen;
        try {
            afgewezen = mapper.readValue((String) r[6], new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored outcome unreadable", e);
        }
        IsoWeek week = new IsoWeek(((Number) r[1]).intValue(), ((Number) r[2]).intValue());
        return new Opgeslagen((String) r[3], new LeveringUitkomst((String) r[0], week.toString(), ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), afgewezen, ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), ((Number) r[10]).intValue(),
                tijdstip(r[11]).atZoneSameInstant(clock.getZone()).toOffsetDateTime()));
    }

    private UUID bewaar(String partnerId, IsoWeek week, String hash, LeveringUitkomst u) {
        String afgewezen;
        try {
            afgewezen = mapper.writeValueAsString(u.afgewezen());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return (UUID) em.createNativeQuery("""
                        INSERT INTO levering (id, partner_id, jaar, week, inhoud_hash, aantal, geaccepteerd, afgewezen, aantal_afgewezen,
                                              nieuw, gewijzigd, ingetrokken, ongewijzigd, ontvangen_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        ON CONFLICT (partner_id, jaar, week) DO UPDATE SET
                            inhoud_hash = excluded.inhoud_hash, aantal = excluded.aantal, geaccepteerd = excluded.geaccepteerd,
                            afgewezen = excluded.afgewezen, aantal_afgewezen = excluded.aantal_afgewezen, nieuw = excluded.nieuw,
                            gewijzigd = excluded.gewijzigd, ingetrokken = excluded.ingetrokken, ongewijzigd = excluded.ongewijzigd,
                            ontvangen_op = excluded.ontvangen_op, keer = levering.keer + 1
                        RETURNING id""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, partnerId).setParameter(3, week.jaar())
                .setParameter(4, week.week()).setParameter(5, hash).setParameter(6, u.aantal()).setParameter(7, u.geaccepteerd())
                .setParameter(8, afgewezen).setParameter(9, u.afgewezen().size()).setParameter(10, u.nieuw())
                .setParameter(11, u.gewijzigd()).setParameter(12, u.ingetrokken()).setParameter(13, u.ongewijzigd())
                .setParameter(14, u.ontvangenOp())
                .getSingleResult();
    }

    // ------------------------------------------------------------------ JDBC batches

    private Map<String, Bestaand> vorigeStaat(String partnerId) {
        Map<String, Bestaand> vorige = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT referentie, id, inhoud_hash, status, pool, contract_id FROM vacature WHERE partner_id = ? AND bron = 'PARTNER'")) {
                s.setString(1, partnerId);
                s.setFetchSize(5000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        vorige.put(rs.getString(1), new Bestaand(rs.getObject(2, UUID.class), rs.getString(3),
                                VacatureStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class)));
                    }
                }
            }
        });
        return vorige;
    }

    private UUID lopendContract(String partnerId, LocalDate vandaag) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                        SELECT id FROM contract WHERE partner_id = ?1 AND begindatum <= ?2 AND (einddatum IS NULL OR einddatum >= ?2)
                         ORDER BY begindatum DESC LIMIT 1""")
                .setParameter(1, partnerId).setParameter(2, vandaag).getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    private static void invoegen(Connection c, String partnerId, UUID contractId, List<Nieuw> nieuw, Map<String, String> hashes,
                                 OffsetDateTime nu, String week) throws SQLException {
        if (nieuw.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO vacature (id, bron, partner_id, contract_id, referentie, pool, routering_reden, soort, titel, omschrijving,
                                      beroepscode, postcode, uren_per_week, opleidingsniveau, sluitingsdatum, sw, werkgever,
                                      inhoud_hash, status, aangeboden_op, gewijzigd_op, eerste_week)
                VALUES (?, 'PARTNER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIEF', ?, ?, ?)""")) {
            int n = 0;
            for (Nieuw x : nieuw) {
                VacatureInvoer v = x.v();
                s.setObject(1, x.id());
                s.setString(2, partnerId);
                s.setObject(3, contractId, Types.OTHER);
                s.setString(4, v.referentie());
                s.setString(5, x.besluit().pool());
                s.setString(6, x.besluit().reden());
                inhoud(s, 7, v);
                s.setString(17, hashes.get(v.referentie()));
                s.setObject(18, nu);
                s.setObject(19, nu);
                s.setString(20, week);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            if (n % BATCH != 0) {
                s.executeBatch();
            }
        }
    }

    private static void bijwerken(Connection c, UUID contractId, List<Gewijzigd> gewijzigd, Map<String, String> hashes,
                                  OffsetDateTime nu) throws SQLException {
        if (gewijzigd.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE vacature SET soort = ?, titel = ?, omschrijving = ?, beroepscode = ?, postcode = ?, uren_per_week = ?,
                                    opleidingsniveau = ?, sluitingsdatum = ?, sw = ?, werkgever = ?, inhoud_hash = ?,
                                    status = 'ACTIEF', ingetrokken_op = NULL, gewijzigd_op = ?,
                                    contract_id = coalesce(contract_id, ?), version = version + 1
                 WHERE id = ?""")) {
            int n = 0;
            for (Gewijzigd g : gewijzigd) {
                inhoud(s, 1, g.v());
                s.setString(11, hashes.get(g.v().referentie()));
                s.setObject(12, nu);
                s.setObject(13, contractId, Types.OTHER);
                s.setObject(14, g.b().id());
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            if (n % BATCH != 0) {
                s.executeBatch();
            }
        }
    }

    private static void intrekken(Connection c, List<Ingetrokken> ingetrokken, OffsetDateTime nu) throws SQLException {
        if (ingetrokken.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE vacature SET status = 'INGETROKKEN', ingetrokken_op = ?, gewijzigd_op = ?, version = version + 1 WHERE id = ?""")) {
            int n = 0;
            for (Ingetrokken i : ingetrokken) {
                s.setObject(1, nu);
                s.setObject(2, nu);
                s.setObject(3, i.b().id());
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            if (n % BATCH != 0) {
                s.executeBatch();
            }
        }
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

    private Outbox.Bericht aangeboden(UUID id, String pool, String partnerId, UUID contractId, VacatureInvoer v) {
        return new Outbox.Bericht(Routering.topic(pool), id.toString(), events.create(VacatureEvents.AANGEBODEN, id,
                VacatureEvents.Aangeboden.van(id, pool, Bron.PARTNER, partnerId, contractId, v)));
    }

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
