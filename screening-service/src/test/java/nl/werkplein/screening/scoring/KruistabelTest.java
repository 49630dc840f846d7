package nl.werkplein.screening.scoring;

import org.junit.jupiter.api.Test;

import static nl.werkplein.screening.scoring.Uitkomst.GESPREK_NODIG;
import static nl.werkplein.screening.scoring.Uitkomst.MAATSCHAPPELIJKE_PARTICIPATIE;
import static nl.werkplein.screening.scoring.Uitkomst.ZELFDOENER;
import static org.junit.jupiter.api.Assertions.assertEquals;

class KruistabelTest {

    private static long cel(Kruistabel.Tabel t, Uitkomst oud, Uitkomst nieuw) {
        return t.cellen().stream().filter(c -> c.oud() == oud && c.nieuw() == nieuw).findFirst().orElseThrow().aantal();
    }

    private static Kruistabel.Verschuiving lijn(Kruistabel.Tabel t, Uitkomst lijn) {
        return t.perLijn().stream().filter(v -> v.lijn() == lijn).findFirst().orElseThrow();
    }

    @Test
    void telOudTegenNieuwMetWinstEnVerliesPerLijn() {
        Kruistabel k = new Kruistabel(true);
        k.tel(ZELFDOENER, ZELFDOENER, "Beijum");
        k.tel(ZELFDOENER, GESPREK_NODIG, "Beijum");
        k.tel(GESPREK_NODIG, MAATSCHAPPELIJKE_PARTICIPATIE, null);
        k.tel(GESPREK_NODIG, MAATSCHAPPELIJKE_PARTICIPATIE, "Lewenborg");
        Kruistabel.Tabel t = k.totaal();
        assertEquals(4, t.aantal());
        assertEquals(16, t.cellen().size(), "the whole square, zeros included");
        assertEquals(1, cel(t, ZELFDOENER, GESPREK_NODIG));
        assertEquals(2, cel(t, GESPREK_NODIG, MAATSCHAPPELIJKE_PARTICIPATIE));
        assertEquals(new Kruistabel.Verschuiving(ZELFDOENER, 2, 1, 0, 1), lijn(t, ZELFDOENER));
        assertEquals(new Kruistabel.Verschuiving(GESPREK_NODIG, 2, 1, 1, 2), lijn(t, GESPREK_NODIG));
        assertEquals(new Kruistabel.Verschuiving(MAATSCHAPPELIJKE_PARTICIPATIE, 0, 2, 2, 0), lijn(t, MAATSCHAPPELIJKE_PARTICIPATIE));
        assertEquals(2, k.perWijk().get("Beijum").aantal());
        assertEquals(1, k.perWijk().get(Kruistabel.ONBEKENDE_WIJK).aantal());
        assertEquals(3, k.perWijk().size());
    }

    @Test
    void zonderPerWijkGeenWijken() {
        Kruistabel k = new Kruistabel(false);
        k.tel(ZELFDOENER, ZELFDOENER, "Beijum");
        assertEquals(0, k.perWijk().size());
        assertEquals(1, k.totaal().aantal());
    }
}
