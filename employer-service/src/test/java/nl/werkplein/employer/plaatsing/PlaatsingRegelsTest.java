package nl.werkplein.employer.plaatsing;

import nl.werkplein.employer.matching.VacatureSoort;
import nl.werkplein.employer.vacature.Bron;
import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The placement's own rules: its end, and the soort a Social Return place is credited as. */
class PlaatsingRegelsTest {

    static Plaatsing lopend() {
        Plaatsing p = new Plaatsing();
        p.id = UUID.randomUUID();
        p.startdatum = LocalDate.of(2026, 4, 1);
        return p;
    }

    @Test
    void eenLopendePlaatsingWordtBeeindigd() {
        Plaatsing p = lopend();
        assertTrue(p.isLopend());
        OffsetDateTime nu = OffsetDateTime.parse("2026-06-01T10:00:00+02:00");
        p.beeindig(LocalDate.of(2026, 5, 31), Eindreden.AFGEBROKEN_WERKGEVER, "matcher-1", nu);
        assertFalse(p.isLopend());
        assertEquals(LocalDate.of(2026, 5, 31), p.einddatum);
        assertEquals(Eindreden.AFGEBROKEN_WERKGEVER, p.eindreden);
        assertEquals("matcher-1", p.beeindigdDoor);
        assertEquals(nu, p.beeindigdOp);
        assertTrue(p.eindreden.afgebroken());
        assertFalse(Eindreden.AFGEROND.afgebroken());
    }

    @Test
    void opDeStartdatumEindigenMag() {
        Plaatsing p = lopend();
        p.beeindig(p.startdatum, Eindreden.AFGEBROKEN_KLANT, "m", OffsetDateTime.now());
        assertEquals(p.startdatum, p.einddatum);
    }

    @Test
    void eenEinddatumVoorDeStartOfZonderRedenIs400() {
        Plaatsing p = lopend();
        ProblemException e = assertThrows(ProblemException.class,
                () -> p.beeindig(LocalDate.of(2026, 3, 31), null, "m", OffsetDateTime.now()));
        assertEquals(400, e.problem().status());
        assertEquals("einddatum", e.problem().invalidParams().get(0).name());
        assertEquals("reden", e.problem().invalidParams().get(1).name());
        ProblemException leeg = assertThrows(ProblemException.class, () -> p.beeindig(null, Eindreden.AFGEROND, "m", OffsetDateTime.now()));
        assertEquals("einddatum", leeg.problem().invalidParams().get(0).name());
        assertTrue(p.isLopend(), "nothing changed");
    }

    @Test
    void eenBeeindigdePlaatsingBlijftZoalsZeEindigde() {
        Plaatsing p = lopend();
        p.beeindig(LocalDate.of(2026, 9, 30), Eindreden.AFGEROND, "m", OffsetDateTime.now());
        ProblemException e = assertThrows(ProblemException.class,
                () -> p.beeindig(LocalDate.of(2026, 10, 31), Eindreden.AFGEBROKEN_KLANT, "m", OffsetDateTime.now()));
        assertEquals(409, e.problem().status());
        assertTrue(e.problem().detail().contains("al beëindigd"));
        assertEquals(LocalDate.of(2026, 9, 30), p.einddatum);
        assertEquals(Eindreden.AFGEROND, p.eindreden);
    }

    @Test
    void eenGeregistreerdeSoortIsWatTelt() {
        assertNull(Plaatsing.soortAfwijking(Bron.SOCIAL_RETURN, true, VacatureSoort.WERKLEERPLEK, VacatureSoort.WERKLEERPLEK));
        assertEquals("de plaats is geregistreerd als WERKLEERPLEK en telt als WERKLEERPLEK; niet BAAN",
                Plaatsing.soortAfwijking(Bron.SOCIAL_RETURN, true, VacatureSoort.WERKLEERPLEK, VacatureSoort.BAAN));
        // a partner's vacancy carries its soort too (BAAN unless the delivery said otherwise)
        assertEquals("de plaats is geregistreerd als BAAN en telt als BAAN; niet DETACHERING",
                Plaatsing.soortAfwijking(Bron.PARTNER, true, VacatureSoort.BAAN, VacatureSoort.DETACHERING));
        // no registered soort, or an employer's own vacancy (not credited): the placement's soort stands
        assertNull(Plaatsing.soortAfwijking(Bron.PARTNER, false, VacatureSoort.BAAN, VacatureSoort.DETACHERING));
        assertNull(Plaatsing.soortAfwijking(Bron.WERKGEVER, true, VacatureSoort.BAAN, VacatureSoort.DETACHERING));
    }
}
