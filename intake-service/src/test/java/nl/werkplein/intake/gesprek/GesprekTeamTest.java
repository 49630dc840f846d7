package nl.werkplein.intake.gesprek;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GesprekTeamTest {

    static GesprekTeam team(String naam, int capaciteit, int gelijktijdig, String... postcodes) {
        return new GesprekTeam(naam, capaciteit, LocalTime.of(9, 0), Duration.ofMinutes(45), gelijktijdig,
                GesprekTeam.bereiken(List.of(postcodes)), "Werkplein");
    }

    @Test
    void slotsVanEenDag() {
        GesprekTeam alleen = team("a", 4, 1);
        assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(9, 45), LocalTime.of(10, 30), LocalTime.of(11, 15)),
                List.of(alleen.tijdVan(0), alleen.tijdVan(1), alleen.tijdVan(2), alleen.tijdVan(3)));
        GesprekTeam samen = team("b", 5, 2);
        assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(9, 0), LocalTime.of(9, 45), LocalTime.of(9, 45), LocalTime.of(10, 30)),
                List.of(samen.tijdVan(0), samen.tijdVan(1), samen.tijdVan(2), samen.tijdVan(3), samen.tijdVan(4)));
        assertThrows(IllegalArgumentException.class, () -> samen.tijdVan(5));
    }

    @Test
    void hetTeamVanDePostcode() {
        List<GesprekTeam> teams = List.of(team("werkplein", 8, 1), team("noord", 4, 1, "9731-9736", "9741"), team("zuid", 4, 1, "9720-9729"));
        assertEquals("noord", GesprekTeam.voor("9731AB", teams, "werkplein").naam());
        assertEquals("noord", GesprekTeam.voor("9741XY", teams, "werkplein").naam());
        assertEquals("zuid", GesprekTeam.voor("9725AA", teams, "werkplein").naam());
        assertEquals("werkplein", GesprekTeam.voor("9740AA", teams, "werkplein").naam());
        assertEquals("werkplein", GesprekTeam.voor(null, teams, "werkplein").naam(), "a briefadres has no postcode");
        assertThrows(IllegalStateException.class, () -> GesprekTeam.voor(null, teams, "onbekend"));
    }

    @Test
    void eenOnmogelijkTeamStartNiet() {
        assertThrows(IllegalArgumentException.class, () -> team("x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> team("x", 4, 0));
        assertThrows(IllegalArgumentException.class, () -> team("x", 40, 1), "40 x 45 min from 09:00 passes midnight");
        assertThrows(IllegalArgumentException.class, () -> team("x", 4, 1, "9736-9731"));
        assertThrows(IllegalArgumentException.class, () -> team("x", 4, 1, "97"));
    }

    @Test
    void deUitnodigingNoemtDatumTijdEnPlaats() {
        var op = ZonedDateTime.of(2027, 4, 28, 9, 45, 0, 0, ZoneId.of("Europe/Amsterdam"));
        String tekst = GesprekUitnodiging.tekst(op, 45, "Werkplein, Harm Buiterplein, Groningen", false);
        assertTrue(tekst.contains("woensdag 28 april 2027 om 09:45 uur"), tekst);
        assertTrue(tekst.contains("Plaats: Werkplein, Harm Buiterplein, Groningen"), tekst);
        assertTrue(GesprekUitnodiging.tekst(op, 45, "W", true).contains("verplaatst"));
    }
}
