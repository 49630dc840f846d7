package nl.werkplein.screening.participatie;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BestemmingTest {

    @Test
    void beschutWerkGaatNaarHetSwBedrijfNietNaarDeWijk() {
        Bestemming b = Bestemming.bepaal("BESCHUT_WERK", "Vinkhuizen", "saaksumborg", "iederz");
        assertEquals("iederz", b.organisatieCode());
        assertEquals("Vinkhuizen", b.wijk());
        assertEquals(Participatieverwijzing.Status.VERWEZEN, b.status());
        // also without a known wijk: the SW company serves the whole city
        assertEquals("iederz", Bestemming.bepaal("BESCHUT_WERK", null, null, "iederz").organisatieCode());
    }

    @Test
    void eenBekendeWijkVerwijstNaarHaarOrganisatie() {
        Bestemming b = Bestemming.bepaal("DAGBESTEDING", "de Wijert", "radar", "iederz");
        assertEquals("radar", b.organisatieCode());
        assertEquals(Participatieverwijzing.Status.VERWEZEN, b.status());
    }

    @Test
    void zonderWijkNaarDeWerklijst() {
        Bestemming b = Bestemming.bepaal("VRIJWILLIGERSWERK", null, null, "iederz");
        assertNull(b.organisatieCode());
        assertTrue(b.opWerklijst());
        assertTrue(Bestemming.bepaal("ANDERS", "Beijum", null, "iederz").opWerklijst());
    }
}
