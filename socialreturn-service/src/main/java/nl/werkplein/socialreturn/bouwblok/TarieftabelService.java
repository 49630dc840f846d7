package nl.werkplein.socialreturn.bouwblok;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.api.QueryParams;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.socialreturn.vacature.Soort;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tariff table as published data: every version is kept unchanged, and a placement is valued with
 * the version valid on its startdatum. Beheer publishes a new version with its ingangsdatum; it may
 * not lie in the past, so values already credited are never re-valued by a later table.
 */
@ApplicationScoped
public class TarieftabelService {

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Caller caller;

    /** The version valid on this date: the latest ingangsdatum on or before it. */
    @Transactional
    public Bouwblokken.Tabel geldigOp(LocalDate datum) {
        @SuppressWarnings("unchecked")
        List<Object> versies = em.createNativeQuery(
                        "SELECT versie FROM tarieftabel WHERE ingangsdatum <= ?1 ORDER BY ingangsdatum DESC LIMIT 1")
                .setParameter(1, datum).getResultList();
        if (versies.isEmpty()) {
            throw ProblemException.notFound("Een tarieftabel geldig op " + datum);
        }
        return versie(((Number) versies.get(0)).intValue());
    }

    @Transactional
    public Bouwblokken.Tabel versie(int versie) {
        @SuppressWarnings("unchecked")
        List<Object[]> kop = em.createNativeQuery(
                        "SELECT versie, ingangsdatum, vijftig_plus_toeslag, uren_norm, maanden_norm FROM tarieftabel WHERE versie = ?1")
                .setParameter(1, versie).getResultList();
        if (kop.isEmpty()) {
            throw ProblemException.notFound("Tarieftabel " + versie);
        }
        return tabel(kop.get(0), tarieven().getOrDefault(versie, List.of()));
    }

    @Transactional
    public List<TarieftabelResponse> alle() {
        @SuppressWarnings("unchecked")
        List<Object[]> koppen = em.createNativeQuery("""
                SELECT versie, ingangsdatum, vijftig_plus_toeslag, uren_norm, maanden_norm, toelichting, gepubliceerd_op, gepubliceerd_door
                  FROM tarieftabel ORDER BY ingangsdatum""").getResultList();
        Map<Integer, List<Bouwblokken.Tarief>> tarieven = tarieven();
        List<TarieftabelResponse> alle = new ArrayList<>();
        for (Object[] kop : koppen) {
            Bouwblokken.Tabel tabel = tabel(kop, tarieven.getOrDefault(((Number) kop[0]).intValue(), List.of()));
            alle.add(TarieftabelResponse.van(tabel, (String) kop[5], OffsetDateTime.class.cast(toOffset(kop[6])), (String) kop[7]));
        }
        return alle;
    }

    @Transactional
    public TarieftabelResponse publiceer(TarieftabelRequest r) {
        // one publisher at a time: versions and ingangsdatums stay strictly increasing
        em.createNativeQuery("LOCK TABLE tarieftabel IN EXCLUSIVE MODE").executeUpdate();
        Object[] laatste = (Object[]) em.createNativeQuery("SELECT coalesce(max(versie), 0), max(ingangsdatum) FROM tarieftabel").getSingleResult();
        int versie = ((Number) laatste[0]).intValue() + 1;
        LocalDate laatsteIngang = laatste[1] == null ? null : toLocalDate(laatste[1]);
        LocalDate vandaag = LocalDate.now(clock);
        QueryParams fouten = new QueryParams();
        if (r.ingangsdatum().isBefore(vandaag)) {
            fouten.invalid("ingangsdatum", "mag niet in het verleden liggen: al toegerekende plaatsingen worden niet herwaardeerd");
        } else if (laatsteIngang != null && !r.ingangsdatum().isAfter(laatsteIngang)) {
            fouten.invalid("ingangsdatum", "moet na de ingangsdatum van de laatste versie (" + laatsteIngang + ") liggen");
        }
        Set<String> gezien = new HashSet<>();
        Map<Soort, Set<Doelgroep>> dekking = new TreeMap<>();
        Set<Soort> algemeen = EnumSet.noneOf(Soort.class);
        for (int i = 0; i < r.tarieven().size(); i++) {
            TarieftabelRequest.Regel regel = r.tarieven().get(i);
            if (!gezien.add(regel.soort() + "/" + regel.doelgroep())) {
                fouten.invalid("tarieven[" + i + "]", "dubbel: " + regel.soort() + (regel.doelgroep() == null ? "" : " / " + regel.doelgroep()));
            }
            if (regel.doelgroep() == null) {
                algemeen.add(regel.soort());
            } else {
                dekking.computeIfAbsent(regel.soort(), s -> EnumSet.noneOf(Doelgroep.class)).add(regel.doelgroep());
            }
        }
        for (Soort soort : Soort.values()) {
            if (!algemeen.contains(soort) && dekking.getOrDefault(soort, Set.of()).size() < Doelgroep.values().length) {
                fouten.invalid("tarieven", "geen tarief voor " + soort + " voor elke doelgroep (geef een regel zonder doelgroep of één per doelgroep)");
            }
        }
        fouten.check();
        OffsetDateTime nu = OffsetDateTime.now(clock);
        em.createNativeQuery("""
                        INSERT INTO tarieftabel (versie, ingangsdatum, vijftig_plus_toeslag, uren_norm, maanden_norm, toelichting, gepubliceerd_op, gepubliceerd_door)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, versie).setParameter(2, r.ingangsdatum()).setParameter(3, r.vijftigPlusToeslag())
                .setParameter(4, r.urenNormOfStandaard()).setParameter(5, r.maandenNormOfStandaard())
                .setParameter(6, r.toelichting()).setParameter(7, nu).setParameter(8, caller.subject())
                .executeUpdate();
        for (TarieftabelRequest.Regel regel : r.tarieven()) {
            em.createNativeQuery("INSERT INTO tarief (versie, soort, doelgroep, waarde, forfaitair) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, versie).setParameter(2, regel.soort().name())
                    .setParameter(3, regel.doelgroep() == null ? null : regel.doelgroep().name())
                    .setParameter(4, regel.waarde()).setParameter(5, Boolean.TRUE.equals(regel.forfaitair()))
                    .executeUpdate();
        }
        return TarieftabelResponse.van(versie(versie), r.toelichting(), nu, caller.subject());
    }

    private Map<Integer, List<Bouwblokken.Tarief>> tarieven() {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("SELECT versie, soort, doelgroep, waarde, forfaitair FROM tarief ORDER BY id").getResultList();
        Map<Integer, List<Bouwblokken.Tarief>> perVersie = new TreeMap<>();
        for (Object[] rij : rijen) {
            perVersie.computeIfAbsent(((Number) rij[0]).intValue(), v -> new ArrayList<>()).add(new Bouwblokken.Tarief(
                    Soort.valueOf((String) rij[1]), rij[2] == null ? null : Doelgroep.valueOf((String) rij[2]),
                    ((Number) rij[3]).longValue(), (Boolean) rij[4]));
        }
        return perVersie;
    }

    private static Bouwblokken.Tabel tabel(Object[] kop, List<Bouwblokken.Tarief> tarieven) {
        return new Bouwblokken.Tabel(((Number) kop[0]).intValue(), toLocalDate(kop[1]), ((Number) kop[2]).longValue(),
                ((Number) kop[3]).intValue(), ((Number) kop[4]).intValue(), List.copyOf(tarieven));
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
