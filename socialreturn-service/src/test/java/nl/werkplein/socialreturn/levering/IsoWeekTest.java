package nl.werkplein.socialreturn.levering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IsoWeekTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-W54", "2025-W53", "2026-W00", "2026-W9", "2026W09", "26-W09", "2026-w09", "", "2026-W09 "})
    void eenNietBestaandeOfVerkeerdGeschrevenWeekIsOngeldig(String tekst) {
        assertTrue(IsoWeek.parse(tekst).isEmpty(), tekst);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-W01", "2026-W09", "2026-W53", "2020-W53", "2025-W52"})
    void eenBestaandeWeekIsGeldig(String tekst) {
        assertEquals(tekst, IsoWeek.parse(tekst).orElseThrow().toString());
    }

    @Test
    void wekenVolgenElkaarOpOverDeJaargrens() {
        assertEquals(53, IsoWeek.wekenIn(2026));
        assertEquals(52, IsoWeek.wekenIn(2025));
        assertEquals("2027-W01", new IsoWeek(2026, 53).volgende().toString());
        assertEquals("2026-W53", new IsoWeek(2027, 1).vorige().toString());
        assertEquals(LocalDate.of(2026, 2, 23), new IsoWeek(2026, 9).maandag());
        // 1 January 2027 is a Friday: it belongs to 2026-W53
        assertEquals("2026-W53", IsoWeek.van(LocalDate.of(2027, 1, 1)).toString());
        assertTrue(new IsoWeek(2026, 52).isVoor(new IsoWeek(2027, 1)));
    }
}
