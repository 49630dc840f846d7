package nl.werkplein.employer.matching;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hot path allocates nothing once its scratch is warm (issue 16.4), and the pooled scratch is
 * safe when rankings run at the same time.
 */
class RangschikkingZonderAllocatieTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    static KandidatenIndex index(int aantal, Random r) {
        KandidatenIndex index = new KandidatenIndex(16);
        for (int i = 0; i < aantal; i++) {
            index.zet(RangschikkingKruiscontroleTest.kandidaat(r, new UUID(r.nextLong(), r.nextLong())));
        }
        return index;
    }

    static VacatureProfiel vacature(Random r, String tekst) {
        return new VacatureProfiel(UUID.randomUUID(), RangschikkingKruiscontroleTest.POOLS[r.nextInt(3)], VacatureSoort.values()[r.nextInt(4)],
                RangschikkingKruiscontroleTest.code(r), String.valueOf(9000 + r.nextInt(1000)), 8 + r.nextInt(33),
                Opleidingsniveau.values()[r.nextInt(10)], List.of("v" + r.nextInt(30), "v" + r.nextInt(30)), tekst, r.nextBoolean());
    }

    @Test
    void leesbeeldVraagTabellenEnScanAlloceren0Bytes() {
        Random r = new Random(11);
        KandidatenIndex index = index(20_000, r);
        Matchregels regels = Matchregels.standaard();
        Kladblok kladblok = new Kladblok();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<VacatureProfiel> vacatures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            vacatures.add(vacature(r, null)); // the text's words are looked up as strings: that allocates, per word
        }
        long leeg = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long a = mx.getCurrentThreadAllocatedBytes();
            leeg = Math.min(leeg, mx.getCurrentThreadAllocatedBytes() - a);
        }
        long meeste = 0;
        int gevonden = 0;
        for (int i = 0; i < 400; i++) {
            VacatureProfiel v = vacatures.get(i % vacatures.size());
            long voor = mx.getCurrentThreadAllocatedBytes();
            try (Leesbeeld x = index.lees()) {
                kladblok.vraag.zet(x, v, VANDAAG, regels);
                kladblok.punten.vul(kladblok.vraag, regels);
                gevonden += kladblok.scan.scan(x, kladblok.vraag, kladblok.punten, x.poolId(v.pool()), 10);
            }
            long bytes = mx.getCurrentThreadAllocatedBytes() - voor - leeg;
            if (i >= 16) { // the first round grows the scratch once
                meeste = Math.max(meeste, bytes);
            }
        }
        assertTrue(gevonden > 0);
        assertEquals(0, meeste, "bytes allocated by one ranking's hot path");
    }

    @Test
    void gelijktijdigeRangschikkingenGevenWatEenVoorEenGeeft() throws Exception {
        Random r = new Random(12);
        KandidatenIndex index = index(5_000, r);
        Rangschikking rangschikking = new Rangschikking(Matchregels.standaard());
        List<VacatureProfiel> vacatures = new ArrayList<>();
        List<List<Match>> verwacht = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            VacatureProfiel v = vacature(r, "werk met v" + r.nextInt(30));
            vacatures.add(v);
            verwacht.add(rangschikking.rangschik(index, v, VANDAAG, 1 + i % 12, Set.of()));
        }
        // more threads than the scratch pool has places, so lending, returning and the overflow all happen
        int draden = 4 * Runtime.getRuntime().availableProcessors() + 1;
        ExecutorService pool = Executors.newFixedThreadPool(draden);
        try {
            List<Future<Integer>> klaar = new ArrayList<>();
            for (int t = 0; t < draden; t++) {
                int begin = t;
                klaar.add(pool.submit(() -> {
                    int vergeleken = 0;
                    for (int i = 0; i < 200; i++) {
                        int j = (begin * 7 + i) % vacatures.size();
                        assertEquals(verwacht.get(j), rangschikking.rangschik(index, vacatures.get(j), VANDAAG, 1 + j % 12, Set.of()), "vacature " + j);
                        vergeleken++;
                    }
                    return vergeleken;
                }));
            }
            for (Future<Integer> f : klaar) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
