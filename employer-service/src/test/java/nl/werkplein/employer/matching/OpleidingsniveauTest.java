package nl.werkplein.employer.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The education ladder of docs/events.md ("Opleidingsniveau"), the one socialreturn follows too. */
class OpleidingsniveauTest {

    @Test
    void deLadderVanHoogNaarLaag() {
        // WO > HBO > VWO > HAVO = MBO4 > MBO3 > MBO2 > MBO1 > VMBO > GEEN
        assertEquals(List.of(8, 7, 6, 5, 5, 4, 3, 2, 1, 0), Arrays.stream(new Opleidingsniveau[] {Opleidingsniveau.WO, Opleidingsniveau.HBO,
                Opleidingsniveau.VWO, Opleidingsniveau.HAVO, Opleidingsniveau.MBO4, Opleidingsniveau.MBO3, Opleidingsniveau.MBO2,
                Opleidingsniveau.MBO1, Opleidingsniveau.VMBO, Opleidingsniveau.GEEN}).map(n -> n.rang).toList());
    }

    @ParameterizedTest(name = "{0} vergeleken met {1}: {2}")
    @CsvSource({"HAVO, MBO4, 0", "MBO4, HAVO, 0", "VWO, HAVO, 1", "VWO, MBO4, 1", "HAVO, MBO3, 1", "HBO, VWO, 1", "MBO2, MBO3, -1"})
    void vergelijken(Opleidingsniveau a, Opleidingsniveau b, int teken) {
        assertEquals(teken, Integer.signum(Integer.compare(a.rang, b.rang)));
    }

    @ParameterizedTest
    @CsvSource({"havo, HAVO", "' mbo4 ', MBO4", "WO, WO"})
    void vanTekst(String tekst, Opleidingsniveau niveau) {
        assertEquals(niveau, Opleidingsniveau.van(tekst));
    }

    @Test
    void onbekendeTekstIsGeenNiveau() {
        assertNull(Opleidingsniveau.van("MBO5"));
        assertNull(Opleidingsniveau.van(" "));
        assertNull(Opleidingsniveau.van(null));
    }
}
