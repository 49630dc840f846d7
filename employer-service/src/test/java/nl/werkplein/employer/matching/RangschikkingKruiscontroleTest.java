package nl.werkplein.employer.matching;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packed scan (bitsets, slot lists, tables) against a brute force over the criterion functions,
 * for random candidates that are added, replaced and removed, so the index's upkeep is checked too.
 */
class RangschikkingKruiscontroleTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    static final String[] POOLS = {"BEMIDDELBAAR", "KLANTONDERSTEUNING", "SW"};

    @Test
    void deSnelleScanGeeftWatDeCriteriaZeggen() {
        Random r = new Random(7);
        KandidatenIndex index = new KandidatenIndex(16);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            UUID id = i > 100 && r.nextInt(4) == 0 ? ids.get(r.nextInt(ids.size())) : new UUID(r.nextLong(), r.nextLong());
            ids.add(id);
            index.zet(kandidaat(r, id));
            if (r.nextInt(10) == 0) {
                index.verwijder(ids.get(r.nextInt(ids.size())));
            }
        }
        Matchregels regels = Matchregels.standaard();
        Rangschikking rangschikking = new Rangschikking(regels);
        for (int i = 0; i < 200; i++) {
            VacatureProfiel v = new VacatureProfiel(UUID.randomUUID(), POOLS[r.nextInt(3)], VacatureSoort.values()[r.nextInt(4)],
                    r.nextInt(8) == 0 ? null : code(r), r.nextInt(8) == 0 ? null : String.valueOf(9000 + r.nextInt(1000)),
                    r.nextInt(8) == 0 ? null : 8 + r.nextInt(33), r.nextInt(8) == 0 ? null : Opleidingsniveau.values()[r.nextInt(10)],
                    List.of("v" + r.nextInt(30), "V" + r.nextInt(30)), "werk met v" + r.nextInt(30), r.nextBoolean());
            int k = 1 + r.nextInt(25);
            List<Match> lijst = rangschikking.rangschik(index, v, VANDAAG, k, Set.of());
            List<long[]> verwacht = bruteForce(index, v, regels, k);
            assertEquals(verwacht.size(), lijst.size(), "vacature " + i);
            for (int j = 0; j < lijst.size(); j++) {
                long[] e = verwacht.get(j);
                assertEquals(new UUID(e[1], e[2]), lijst.get(j).klantId(), "vacature " + i + " plaats " + j);
                int totaal = regels.totaal();
                assertEquals((int) Math.min(100, (2 * e[0] + totaal) / (2 * totaal)), lijst.get(j).score(), "vacature " + i + " plaats " + j);
            }
        }
    }

    /** {som, msb, lsb} of the best k, by the criterion rules one candidate at a time. */
    static List<long[]> bruteForce(KandidatenIndex index, VacatureProfiel vp, Matchregels g, int k) {
        List<long[]> alle = new ArrayList<>();
        try (Leesbeeld x = index.lees()) {
            Vraag v = new Vraag();
            v.zet(x, vp, VANDAAG, g);
            int pool = x.poolId(vp.pool());
            for (int s = 0; s < x.slots(); s++) {
                if (x.profiel(s) == null || !x.actief(s) || x.pool(s) != pool) {
                    continue;
                }
                long som = (long) g.gewichtBeroep() * v.beroep(x, s)
                        + (long) g.gewichtVaardigheden() * v.vaardigheden(x, s)
                        + (long) g.gewichtOpleiding() * v.opleiding(x, s)
                        + (long) g.gewichtUren() * v.uren(x, s)
                        + (long) g.gewichtRegio() * v.regio(x, s)
                        + (long) g.gewichtBeschikbaarheid() * v.beschikbaarheid(x, s)
                        + (long) g.gewichtSituatie() * v.situatie(x, s);
                alle.add(new long[] {som, x.msb(s), x.lsb(s)});
            }
        }
        alle.sort(Comparator.<long[]>comparingLong(e -> -e[0]).thenComparingLong(e -> e[1]).thenComparingLong(e -> e[2]));
        return alle.subList(0, Math.min(k, alle.size()));
    }

    static KandidaatProfiel kandidaat(Random r, UUID id) {
        List<String> wensen = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            wensen.add(code(r));
        }
        List<String> vaardigheden = new ArrayList<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            vaardigheden.add((r.nextBoolean() ? "v" : " V") + r.nextInt(30));
        }
        List<String> regio = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            regio.add(String.valueOf(90 + r.nextInt(10)));
        }
        return new KandidaatProfiel(id, r.nextInt(20) == 0 ? null : POOLS[r.nextInt(3)], r.nextInt(20) == 0 ? null : Situatie.values()[r.nextInt(5)],
                r.nextInt(10) != 0, wensen, r.nextBoolean() ? List.of(code(r)) : List.of(), vaardigheden,
                r.nextInt(6) == 0 ? null : Opleidingsniveau.values()[r.nextInt(10)], r.nextInt(6) == 0 ? null : r.nextInt(60),
                regio, String.valueOf(9000 + r.nextInt(1000)), r.nextInt(3) == 0 ? null : VANDAAG.plusDays(r.nextInt(90) - 30));
    }

    /** Few codes, so unit, minor and major group hits all occur. */
    static String code(Random r) {
        return String.valueOf(5000 + r.nextInt(3) * 1000 + r.nextInt(3) * 100 + r.nextInt(2) * 10 + r.nextInt(3));
    }
}
