package nl.werkplein.employer.kandidaat;

import nl.werkplein.employer.matching.KandidaatProfiel;
import nl.werkplein.employer.matching.KandidatenIndex;
import nl.werkplein.employer.matching.Opleidingsniveau;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Loads the candidate read model (tables {@code kandidaat} and {@code plaatsing}) into the in-memory
 * {@link KandidatenIndex}, deciding each row's pool with {@link PoolEnDoelgroepRegel}. Plain JDBC, so
 * the service and the benchmark load candidates the same way.
 */
public final class KandidatenLader {

    private static final String SELECT = """
            SELECT k.klant_id, k.doorgeleid, k.lijn, k.regeling, k.ko_fase, k.werkintake, k.onder_wml,
                   k.beroepscodes, k.ervaring, k.vaardigheden, k.opleidingsniveau, k.uren_per_week, k.werkregio,
                   k.postcode4, k.beschikbaar_per, k.werk_gevonden, k.uitgestroomd,
                   (SELECT p.uitstroom FROM plaatsing p
                     WHERE p.klant_id = k.klant_id AND p.einddatum IS NULL
                       AND (k.cyclus_start IS NULL OR p.geregistreerd_op >= k.cyclus_start)
                     ORDER BY p.geregistreerd_op DESC LIMIT 1) AS lopende_plaatsing,
                   k.loonwaarde_percentage IS NOT NULL AS loonwaarde, k.doelgroepregister, k.uitkering_beeindigd
              FROM kandidaat k""";

    /** What one load did; {@code vanaf} is the database time to load from next time. */
    public record Resultaat(int gelezen, Instant vanaf) {
    }

    private KandidatenLader() {
    }

    /**
     * Loads the rows written since {@code sinds} (all rows when null) into the index.
     */
    public static Resultaat laad(Connection c, KandidatenIndex index, Instant sinds) throws SQLException {
        Instant nu;
        try (PreparedStatement tijd = c.prepareStatement("SELECT now()"); ResultSet r = tijd.executeQuery()) {
            r.next();
            nu = r.getTimestamp(1).toInstant();
        }
        String sql = sinds == null ? SELECT : SELECT + " WHERE k.gewijzigd_op >= ?";
        int gelezen = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(5000);
            if (sinds != null) {
                s.setTimestamp(1, Timestamp.from(sinds));
            }
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false); // the driver streams rows (fetch size) only inside a transaction
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    gelezen++;
                    toepassen(index, r);
                }
            } finally {
                if (autoCommit) {
                    c.commit();
                    c.setAutoCommit(true);
                }
            }
        }
        return new Resultaat(gelezen, nu);
    }

    private static void toepassen(KandidatenIndex index, ResultSet r) throws SQLException {
        UUID klantId = r.getObject(1, UUID.class);
        PoolEnDoelgroepRegel.Feiten feiten = new PoolEnDoelgroepRegel.Feiten(r.getBoolean(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getBoolean(19) || r.getObject(7) != null, (Boolean) r.getObject(20), r.getBoolean(21),
                r.getBoolean(17), r.getBoolean(16), r.getString(18));
        PoolEnDoelgroepRegel.Uitkomst uitkomst = PoolEnDoelgroepRegel.bepaal(feiten);
        if (!uitkomst.isKandidaat()) {
            index.verwijder(klantId);
            return;
        }
        boolean beschikbaar = uitkomst.beschikbaar();
        java.sql.Date per = r.getDate(15);
        Integer uren = (Integer) r.getObject(12);
        index.zet(new KandidaatProfiel(klantId, uitkomst.pool(), uitkomst.situatie(), beschikbaar,
                Kandidaat.lijst(r.getString(8), ","), ervaringscodes(r.getString(9)), Kandidaat.lijst(r.getString(10), "|"),
                Opleidingsniveau.van(r.getString(11)), uren, Kandidaat.lijst(r.getString(13), ","), r.getString(14),
                per == null ? null : per.toLocalDate()));
    }

    /** "5223:3,4321:1" → [5223, 4321]. */
    static List<String> ervaringscodes(String ervaring) {
        List<String> codes = new ArrayList<>();
        for (String e : Kandidaat.lijst(ervaring, ",")) {
            int dubbelepunt = e.indexOf(':');
            codes.add(dubbelepunt < 0 ? e : e.substring(0, dubbelepunt));
        }
        return codes;
    }
}
