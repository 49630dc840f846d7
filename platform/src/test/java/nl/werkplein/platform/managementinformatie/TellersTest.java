package nl.werkplein.platform.managementinformatie;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The running balance every caseload overview computes from its in and out counters. */
class TellersTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MRT = YearMonth.of(2026, 3);

    private static Kengetallen.Waarde w(String meting, YearMonth maand, String sleutel, long waarde) {
        return new Kengetallen.Waarde(meting, maand, sleutel, waarde);
    }

    @Test
    void deStandTeltDeMaandenVoorDePeriodeMeeEnLooptPerSleutelDoor() {
        Tellers t = Tellers.van(List.of(
                w("in", JAN, "a", 5), w("uit", JAN, "a", 1), w("in", JAN, "b", 2),
                w("in", FEB, "a", 1), w("uit", MRT, "a", 3), w("uit", MRT, "b", 2)));
        List<Tellers.Stand> standen = t.lopendeStand("in", "uit", new Maandperiode(FEB, MRT), null);
        assertEquals(List.of(
                new Tellers.Stand(FEB, "a", 1, 0, 5), new Tellers.Stand(FEB, "b", 0, 0, 2),
                new Tellers.Stand(MRT, "a", 0, 3, 2), new Tellers.Stand(MRT, "b", 0, 2, 0)), standen);
    }

    @Test
    void opgegevenSleutelsInHunVolgordeOokZonderTellers() {
        Tellers t = Tellers.van(List.of(w("in", JAN, "a", 5), w("in", FEB, "z", 1)));
        List<Tellers.Stand> standen = t.lopendeStand("in", "uit", new Maandperiode(FEB, FEB), List.of("z", "leeg"));
        assertEquals(List.of(new Tellers.Stand(FEB, "z", 1, 0, 1), new Tellers.Stand(FEB, "leeg", 0, 0, 0)), standen);
    }

    @Test
    void zonderUitEenLopendTotaal() {
        Tellers t = Tellers.van(List.of(w("verplichting", JAN, "", 100), w("verplichting", FEB, "", 50), w("verplichting", FEB, "", 25)));
        List<Tellers.Stand> standen = t.lopendeStand("verplichting", null, new Maandperiode(FEB, MRT), List.of(""));
        assertEquals(List.of(new Tellers.Stand(FEB, "", 75, 0, 175), new Tellers.Stand(MRT, "", 0, 0, 175)), standen);
        assertEquals(75, t.waarde("verplichting", FEB));
        assertEquals(0, t.waarde("verplichting", MRT));
    }
}
