package nl.werkplein.socialreturn.bouwblok;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.werkplein.socialreturn.vacature.Soort;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code tarieftabel} versions and their {@code tarief} rows, in plain SQL; typed records out. */
@ApplicationScoped
public class TarieftabelRepository {

    /** The head of one version, with who published it. */
    record Kop(int versie, LocalDate ingangsdatum, long vijftigPlusToeslag, int urenNorm, int maandenNorm,
               String toelichting, OffsetDateTime gepubliceerdOp, String gepubliceerdDoor) {

        Bouwblokken.Tabel tabel(List<Bouwblokken.Tarief> tarieven) {
            return new Bouwblokken.Tabel(versie, ingangsdatum, vijftigPlusToeslag, urenNorm, maandenNorm, List.copyOf(tarieven));
        }
    }

    /** The highest version and ingangsdatum so far (0 and null when none). */
    record Laatste(int versie, LocalDate ingangsdatum) {
    }

    private static final String KOP = """
            SELECT versie, ingangsdatum, vijftig_plus_toeslag, uren_norm, maanden_norm, toelichting, gepubliceerd_op, gepubliceerd_door
              FROM tarieftabel""";

    @Inject
    EntityManager em;

    /** The version valid on this date: the latest ingangsdatum on or before it. */
    Optional<Integer> versieGeldigOp(LocalDate datum) {
        @SuppressWarnings("unchecked")
        List<Object> versies = em.createNativeQuery(
                        "SELECT versie FROM tarieftabel WHERE ingangsdatum <= ?1 ORDER BY ingangsdatum DESC LIMIT 1")
                .setParameter(1, datum).getResultList();
        return versies.stream().findFirst().map(v -> ((Number) v).intValue());
    }

    Optional<Kop> kop(int versie) {
        @SuppressWarnings("unchecked")
        List<Object[]> kop = em.createNativeQuery(KOP + " WHERE versie = ?1").setParameter(1, versie).getResultList();
        return kop.stream().findFirst().map(TarieftabelRepository::kop);
    }

    /** Every version, oldest ingangsdatum first. */
    List<Kop> koppen() {
        @SuppressWarnings("unchecked")
        List<Object[]> koppen = em.createNativeQuery(KOP + " ORDER BY ingangsdatum").getResultList();
        return koppen.stream().map(TarieftabelRepository::kop).toList();
    }

    /** The rules of one version, in the order they were published. */
    List<Bouwblokken.Tarief> tarieven(int versie) {
        return tarieven("WHERE versie = ?1", versie).getOrDefault(versie, List.of());
    }

    /** The rules of every version, by version. */
    Map<Integer, List<Bouwblokken.Tarief>> alleTarieven() {
        return tarieven("", null);
    }

    private Map<Integer, List<Bouwblokken.Tarief>> tarieven(String waar, Integer versie) {
        var query = em.createNativeQuery("SELECT versie, soort, doelgroep, waarde, forfaitair FROM tarief " + waar + " ORDER BY id");
        if (versie != null) {
            query.setParameter(1, versie);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = query.getResultList();
        Map<Integer, List<Bouwblokken.Tarief>> perVersie = new TreeMap<>();
        for (Object[] rij : rijen) {
            perVersie.computeIfAbsent(((Number) rij[0]).intValue(), v -> new ArrayList<>()).add(new Bouwblokken.Tarief(
                    Soort.valueOf((String) rij[1]), rij[2] == null ? null : Doelgroep.valueOf((String) rij[2]),
                    ((Number) rij[3]).longValue(), (Boolean) rij[4]));
        }
        return perVersie;
    }

    /** One publisher at a time, until the transaction ends: versions and ingangsdatums stay strictly increasing. */
    Laatste vergrendelEnLaatste() {
        em.createNativeQuery("LOCK TABLE tarieftabel IN EXCLUSIVE MODE").executeUpdate();
        Object[] laatste = (Object[]) em.createNativeQuery("SELECT coalesce(max(versie), 0), max(ingangsdatum) FROM tarieftabel").getSingleResult();
        return new Laatste(((Number) laatste[0]).intValue(), laatste[1] == null ? null : toLocalDate(laatste[1]));
    }

    void voegToe(int versie, TarieftabelRequest r, OffsetDateTime op, String door) {
        em.createNativeQuery("""
                        INSERT INTO tarieftabel (versie, ingangsdatum, vijftig_plus_toeslag, uren_norm, maanden_norm, toelichting, gepubliceerd_op, gepubliceerd_door)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, versie).setParameter(2, r.ingangsdatum()).setParameter(3, r.vijftigPlusToeslag())
                .setParameter(4, r.urenNormOfStandaard()).setParameter(5, r.maandenNormOfStandaard())
                .setParameter(6, r.toelichting()).setParameter(7, op).setParameter(8, door)
                .executeUpdate();
        for (TarieftabelRequest.Regel regel : r.tarieven()) {
            em.createNativeQuery("INSERT INTO tarief (versie, soort, doelgroep, waarde, forfaitair) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, versie).setParameter(2, regel.soort().name())
                    .setParameter(3, regel.doelgroep() == null ? null : regel.doelgroep().name())
                    .setParameter(4, regel.waarde()).setParameter(5, Boolean.TRUE.equals(regel.forfaitair()))
                    .executeUpdate();
        }
    }

    private static Kop kop(Object[] r) {
        return new Kop(((Number) r[0]).intValue(), toLocalDate(r[1]), ((Number) r[2]).longValue(), ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), (String) r[5], r[6] == null ? null : toOffset(r[6]), (String) r[7]);
    }

    static LocalDate toLocalDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((Date) o).toLocalDate();
    }

    static OffsetDateTime toOffset(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
