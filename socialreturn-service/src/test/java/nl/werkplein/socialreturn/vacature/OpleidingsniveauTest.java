package nl.werkplein.socialreturn.vacature;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The education ladder of docs/events.md ("Opleidingsniveau"), the same numbers employer-service uses. */
class OpleidingsniveauTest {

    @Test
    void deLadderHeeftDeRangenVanDocsEvents() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 5, 6, 7, 8), Arrays.stream(Opleidingsniveau.values()).map(n -> n.rang).toList());
        // the JSON values keep the listing order of docs/events.md
        assertEquals(List.of("GEEN", "VMBO", "MBO1", "MBO2", "MBO3", "MBO4", "HAVO", "VWO", "HBO", "WO"),
                Arrays.stream(Opleidingsniveau.values()).map(Enum::name).toList());
    }

    @Test
    void havoEnMbo4ZijnGelijkGeenVanBeideIsHoger() {
        assertTrue(Opleidingsniveau.HAVO.hoogstens(Opleidingsniveau.MBO4));
        assertTrue(Opleidingsniveau.MBO4.hoogstens(Opleidingsniveau.HAVO));
        assertFalse(Opleidingsniveau.VWO.hoogstens(Opleidingsniveau.MBO4));
        assertFalse(Opleidingsniveau.HAVO.hoogstens(Opleidingsniveau.MBO3));
        assertTrue(Opleidingsniveau.MBO3.hoogstens(Opleidingsniveau.HAVO));
        assertTrue(Opleidingsniveau.GEEN.hoogstens(Opleidingsniveau.GEEN));
    }
}
