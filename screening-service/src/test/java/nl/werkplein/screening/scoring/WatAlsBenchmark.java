package nl.werkplein.screening.scoring;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkplein.screening.vragenlijst.Vraag;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark of the policy what-if (issue 18 point 6), NOT part of the test command (tag {@code benchmark},
 * excluded by default). Run it on its own:
 * <pre>flock /tmp/werkplein-mvn.lock mvn -B -pl screening-service -am verify -Pbenchmark -Dtest=WatAlsBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * It measures the per-answer-set work of {@link WatAlsService} in memory: parse the stored answers (JSON text),
 * judge them under the draft rule set, tally old × new per wijk. The database read is not in it.
 */
@Tag("benchmark")
class WatAlsBenchmark {

    private static final int AANTAL = 100_000;
    private static final TypeReference<Map<String, JsonNode>> ANTWOORDEN = new TypeReference<>() { };

    @Test
    void honderdduizendAntwoordensets() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Vraag> vragen = new ArrayList<>();
        for (Vraag.Dimensie d : Vraag.Dimensie.values()) {
            for (int i = 1; i <= 4; i++) {
                vragen.add(new Vraag(d.name().charAt(0) + "" + i, "?", Vraag.VraagType.SCHAAL, d, null, null));
            }
        }
        vragen.add(new Vraag("B1", "gezondheid", Vraag.VraagType.JA_NEE, null, null, List.of("true")));
        vragen.add(new Vraag("B4", "taal", Vraag.VraagType.KEUZE, null, List.of("GOED", "SLECHT"), List.of("SLECHT")));
        Regelset huidig = new Regelset("entreevragenlijst-beleid-2014", "1", RegelsetConfig.Modus.BELEID_2014, 4.0, 2.0, 3.5);
        Regelset concept = new Regelset("concept", "0.1", RegelsetConfig.Modus.ALLE_LIJNEN, 3.75, 2.25, 3.5);
        String[] wijken = {"Beijum", "Lewenborg", "Vinkhuizen", "de Wijert", "Helpman", null};
        SplittableRandom random = new SplittableRandom(18);
        String[] opgeslagen = new String[AANTAL];
        Uitkomst[] besloten = new Uitkomst[AANTAL];
        for (int n = 0; n < AANTAL; n++) {
            StringBuilder sb = new StringBuilder("{");
            for (Vraag v : vragen) {
                if (v.type() == Vraag.VraagType.SCHAAL) {
                    sb.append('"').append(v.id()).append("\":").append(1 + random.nextInt(5)).append(',');
                }
            }
            sb.append("\"B1\":").append(random.nextInt(10) == 0).append(",\"B4\":\"").append(random.nextInt(8) == 0 ? "SLECHT" : "GOED").append("\"}");
            opgeslagen[n] = sb.toString();
            besloten[n] = EntreeRegels.beoordeel(vragen, json.readValue(opgeslagen[n], ANTWOORDEN), huidig).uitkomst();
        }
        for (int ronde = 0; ronde < 2; ronde++) { // warm up, then measure
            long start = System.nanoTime();
            Kruistabel k = new Kruistabel(true);
            for (int n = 0; n < AANTAL; n++) {
                k.tel(besloten[n], EntreeRegels.beoordeel(vragen, json.readValue(opgeslagen[n], ANTWOORDEN), concept).uitkomst(), wijken[n % wijken.length]);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            Kruistabel.Tabel t = k.totaal();
            assertEquals(AANTAL, t.aantal());
            System.out.printf("WatAlsBenchmark ronde %d: %,d antwoordensets in %d ms (%,.0f per seconde); %s%n", ronde, AANTAL, ms,
                    AANTAL * 1000.0 / Math.max(ms, 1), t.perLijn());
        }
    }
}
