package nl.werkplein.screening.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import nl.werkplein.screening.vragenlijst.Vraag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntreeRegelsTest {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final Regelset BELEID_2014 = new Regelset("entreevragenlijst-beleid-2014", "1", RegelsetConfig.Modus.BELEID_2014, 4.0, 2.0, 3.5);
    static final Regelset ALLE_LIJNEN = new Regelset("entreevragenlijst-alle-lijnen", "1", RegelsetConfig.Modus.ALLE_LIJNEN, 4.0, 2.0, 3.5);

    static List<Vraag> vragen() {
        List<Vraag> vragen = new ArrayList<>();
        for (Vraag.Dimensie d : Vraag.Dimensie.values()) {
            for (int i = 1; i <= 4; i++) {
                vragen.add(new Vraag(d.name().charAt(0) + "" + i, "?", Vraag.VraagType.SCHAAL, d, null, null));
            }
        }
        vragen.add(new Vraag("B1", "gezondheid", Vraag.VraagType.JA_NEE, null, null, List.of("true")));
        vragen.add(new Vraag("B4", "taal", Vraag.VraagType.KEUZE, null, List.of("GOED", "SLECHT"), List.of("SLECHT")));
        return vragen;
    }

    /** Four answers per dimension adding up to the given totals (each 1..5). */
    static Map<String, JsonNode> antwoorden(int kunnen, int willen, int contacten) {
        Map<String, JsonNode> a = new HashMap<>();
        int[] totaal = {kunnen, willen, contacten};
        String[] letters = {"K", "W", "C"};
        for (int d = 0; d < 3; d++) {
            int rest = totaal[d];
            for (int i = 1; i <= 4; i++) {
                int waarde = Math.min(5, rest - (4 - i));
                a.put(letters[d] + i, JSON.numberNode(waarde));
                rest -= waarde;
            }
        }
        return a;
    }

    @ParameterizedTest(name = "totalen {0}/{1}/{2} → {3}")
    @CsvSource({
            "16, 16, 16, ZELFDOENER",      // exactly 4.0 everywhere: the threshold counts
            "20, 20, 20, ZELFDOENER",
            "15, 20, 20, GESPREK_NODIG",   // KUNNEN 3.75
            "20, 20, 15, GESPREK_NODIG",   // CONTACTEN 3.75
            "4, 4, 4, GESPREK_NODIG"})     // 2014: only zelfdoeners are automatic
    void beleid2014(int k, int w, int c, Uitkomst verwacht) {
        assertEquals(verwacht, EntreeRegels.beoordeel(vragen(), antwoorden(k, w, c), BELEID_2014).uitkomst());
    }

    @ParameterizedTest(name = "totalen {0}/{1}/{2} → {3}")
    @CsvSource({
            "16, 16, 16, ZELFDOENER",
            "8, 8, 8, MAATSCHAPPELIJKE_PARTICIPATIE",   // 2.0 everywhere: the threshold counts
            "9, 8, 8, GESPREK_NODIG",                   // KUNNEN 2.25: not every dimension low, WILLEN too low for KO
            "12, 14, 8, KLANTONDERSTEUNING",            // WILLEN 3.5, KUNNEN 3.0
            "12, 13, 8, GESPREK_NODIG",                 // WILLEN 3.25
            "8, 20, 8, GESPREK_NODIG"})                 // KUNNEN 2.0: not above the participation threshold
    void alleLijnen(int k, int w, int c, Uitkomst verwacht) {
        assertEquals(verwacht, EntreeRegels.beoordeel(vragen(), antwoorden(k, w, c), ALLE_LIJNEN).uitkomst());
    }

    @Test
    void eenBelemmeringHoudtEenZelfdoenerUitDeAutomatischeRoute() {
        Map<String, JsonNode> a = antwoorden(20, 20, 20);
        a.put("B4", JSON.textNode("SLECHT"));
        EntreeRegels.Uitslag uitslag = EntreeRegels.beoordeel(vragen(), a, BELEID_2014);
        assertEquals(Uitkomst.GESPREK_NODIG, uitslag.uitkomst());
        assertTrue(uitslag.toelichting().contains("belemmering bij B4"), uitslag.toelichting());
        a.put("B4", JSON.textNode("GOED"));
        a.put("B1", JSON.booleanNode(false));
        assertEquals(Uitkomst.ZELFDOENER, EntreeRegels.beoordeel(vragen(), a, BELEID_2014).uitkomst());
        a.remove("B1");
        a.remove("B4");
        assertEquals(Uitkomst.ZELFDOENER, EntreeRegels.beoordeel(vragen(), a, BELEID_2014).uitkomst(),
                "an unanswered barrier question blocks nothing");
    }

    @Test
    void deToelichtingNoemtScoresDrempelEnRegelsetEnIsReproduceerbaar() {
        EntreeRegels.Uitslag een = EntreeRegels.beoordeel(vragen(), antwoorden(17, 18, 16), BELEID_2014);
        EntreeRegels.Uitslag twee = EntreeRegels.beoordeel(vragen(), antwoorden(17, 18, 16), BELEID_2014);
        assertEquals(een, twee);
        assertEquals(4.25, een.scores().get(Vraag.Dimensie.KUNNEN));
        assertTrue(een.toelichting().contains("KUNNEN 4.25, WILLEN 4.50, CONTACTEN 4.00"), een.toelichting());
        assertTrue(een.toelichting().contains("entreevragenlijst-beleid-2014 versie 1"), een.toelichting());
    }

    @Test
    void antwoordControleNoemtElkeVraag() {
        Map<String, JsonNode> a = antwoorden(16, 16, 16);
        a.remove("K1");
        a.put("W2", JSON.numberNode(6));
        a.put("C3", JSON.textNode("veel"));
        a.put("B1", JSON.textNode("ja"));
        a.put("B4", JSON.textNode("MATIG"));
        a.put("X9", JSON.numberNode(3));
        List<String> namen = AntwoordControle.controleer(vragen(), a).stream().map(p -> p.name()).sorted().toList();
        assertEquals(List.of("antwoorden.B1", "antwoorden.B4", "antwoorden.C3", "antwoorden.K1", "antwoorden.W2", "antwoorden.X9"), namen);
    }
}
