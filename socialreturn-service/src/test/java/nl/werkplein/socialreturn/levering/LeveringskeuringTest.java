package nl.werkplein.socialreturn.levering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every row of a delivery checked on its own, and a reference twice rejects both rows; without Quarkus. */
class LeveringskeuringTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);

    static List<JsonNode> rijen(String json) throws Exception {
        List<JsonNode> rijen = new ArrayList<>();
        JSON.readTree(json).forEach(rijen::add);
        return rijen;
    }

    static String rij(String referentie, String uren) {
        return "{\"referentie\":\"" + referentie + "\",\"titel\":\"Magazijnmedewerker\",\"beroepscode\":\"9333\",\"postcode\":\"9711 ab\","
                + "\"urenPerWeek\":" + uren + ",\"opleidingsniveau\":\"MBO2\",\"sluitingsdatum\":\"2027-01-31\"}";
    }

    @Test
    void goedeRijenWordenGeaccepteerdFouteMetAlHunRedenenAfgewezen() throws Exception {
        Leveringskeuring.Keuring k = Leveringskeuring.keur(rijen("[" + rij("RS-1", "32") + "," + rij("RS-2", "\"veel\"") + ","
                + "{\"titel\":\"zonder referentie\"}, 7]"), VANDAAG);
        assertEquals(List.of("RS-1"), k.geldig().stream().map(v -> v.referentie()).toList());
        assertEquals("9711AB", k.geldig().get(0).postcode());
        assertEquals(List.of(1, 2, 3), k.afgewezen().stream().map(LeveringUitkomst.Afgewezen::index).toList());
        assertEquals("RS-2", k.afgewezen().get(0).referentie());
        assertEquals(List.of("urenPerWeek: moet een geheel getal zijn"), k.afgewezen().get(0).redenen());
        LeveringUitkomst.Afgewezen zonder = k.afgewezen().get(1);
        assertEquals(null, zonder.referentie());
        assertEquals(String.join("; ", zonder.redenen()), zonder.reden());
        assertEquals(List.of("vacature: moet een object zijn"), k.afgewezen().get(2).redenen());
        // a rejected row's reference still counts as delivered: it keeps its earlier version
        assertEquals(Set.of("RS-1", "RS-2"), k.geleverd());
    }

    @Test
    void eenReferentieTweeKeerWijstBeideRijenAf() throws Exception {
        Leveringskeuring.Keuring k = Leveringskeuring.keur(rijen("[" + rij("RS-1", "32") + "," + rij("RS-1", "20") + ","
                + rij("RS-1", "0") + "," + rij("RS-2", "20") + "]"), VANDAAG);
        assertEquals(List.of("RS-2"), k.geldig().stream().map(v -> v.referentie()).toList());
        assertEquals(List.of(0, 1, 2), k.afgewezen().stream().map(LeveringUitkomst.Afgewezen::index).toList());
        assertEquals(List.of(Leveringskeuring.DUBBEL), k.afgewezen().get(0).redenen());
        assertEquals(List.of("urenPerWeek: moet tussen 1 en 60 liggen", Leveringskeuring.DUBBEL), k.afgewezen().get(2).redenen());
        assertEquals(Set.of("RS-1", "RS-2"), k.geleverd());
    }

    /** A large delivery is checked on every core; the outcome is the same as row by row, in delivery order. */
    @Test
    void eenGroteLeveringHoudtDeVolgordeEnVindtDubbelenOverDeHeleSet() throws Exception {
        StringBuilder json = new StringBuilder("[");
        int n = 3 * Leveringskeuring.PARALLEL_VANAF;
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append(rij(i == n - 1 ? "G-5" : "G-" + i, i == 1700 ? "61" : "20"));
        }
        Leveringskeuring.Keuring k = Leveringskeuring.keur(rijen(json.append("]").toString()), VANDAAG);
        assertEquals(List.of(5, 1700, n - 1), k.afgewezen().stream().map(LeveringUitkomst.Afgewezen::index).toList());
        assertEquals(List.of(Leveringskeuring.DUBBEL), k.afgewezen().get(0).redenen());
        assertEquals(n - 3, k.geldig().size());
        for (int i = 0, j = 0; i < n - 1; i++) {
            if (i != 5 && i != 1700) {
                assertEquals("G-" + i, k.geldig().get(j++).referentie());
            }
        }
        assertEquals(n - 1, k.geleverd().size());
    }
}
