package nl.werkplein.screening.participatie;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostcodeCsvTest {

    private static final Set<String> WIJKEN = Set.of("Beijum", "de Wijert", "Selwerd-Paddepoel-Tuinwijk");

    @Test
    void goedeRegelsWordenOvergenomenFouteMetRijEnReden() {
        PostcodeCsv.Resultaat r = PostcodeCsv.lees("""
                postcode4;wijk
                9732;Beijum
                9733;Atlantis
                0733;Beijum
                9734;"de wijert"

                9732;de Wijert
                9732;Beijum
                97;
                """, WIJKEN);
        assertNull(r.kopfout());
        assertEquals(Map.of("9732", "Beijum", "9734", "de Wijert"), r.geaccepteerd());
        assertEquals(3, r.geaccepteerdeRijen(), "a row repeated word for word is accepted and changes nothing");
        assertEquals(List.of(
                new PostcodeCsv.Afwijzing(2, "onbekende wijk: Atlantis"),
                new PostcodeCsv.Afwijzing(3, "postcode4 moet vier cijfers zijn, niet beginnend met 0: 0733"),
                new PostcodeCsv.Afwijzing(6, "postcode4 9732 staat al op rij 1 bij Beijum"),
                new PostcodeCsv.Afwijzing(8, "wijk ontbreekt")), r.afgewezen());
    }

    @Test
    void kommaEnExtraKolommenEnAanhalingstekens() {
        PostcodeCsv.Resultaat r = PostcodeCsv.lees("\uFEFFWijk,Opmerking,Postcode4\r\n\"Selwerd-Paddepoel-Tuinwijk\",\"SPT, \"\"noord\"\"\",9741\r\n", WIJKEN);
        assertEquals(Map.of("9741", "Selwerd-Paddepoel-Tuinwijk"), r.geaccepteerd());
        assertTrue(r.afgewezen().isEmpty());
        assertEquals(List.of("a", "b, \"c\"", ""), PostcodeCsv.velden("a,\"b, \"\"c\"\"\",", ','));
    }

    @Test
    void zonderKopregelWordtNietsGelezen() {
        assertNotNull(PostcodeCsv.lees("9732;Beijum\n", WIJKEN).kopfout());
        assertNotNull(PostcodeCsv.lees("", WIJKEN).kopfout());
        assertEquals("de kop mist de kolom postcode4", PostcodeCsv.lees("wijk;pc\nBeijum;9732", WIJKEN).kopfout());
    }
}
