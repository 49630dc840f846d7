package nl.werkplein.intake.verplichting;

import nl.werkplein.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Obligations are shown, not claimed (domain.md 1.10). */
class VerplichtingTest {

    private static final OffsetDateTime NU = OffsetDateTime.parse("2026-03-10T09:00:00+01:00");

    @Test
    void eenMeldingVanDeKlantIsNogGeenNakoming() {
        Verplichting cv = Verplichting.nieuw(UUID.randomUUID(), VerplichtingSoort.CV);
        cv.meld("cv staat in de Werkmap", "klant-1", NU);
        assertFalse(cv.nagekomen);
        assertEquals("cv staat in de Werkmap", cv.gemeldToelichting);
        assertFalse(cv.isGeverifieerd());
        cv.beoordeel(true, null, "consulent-7", NU.plusDays(1));
        assertTrue(cv.nagekomen);
        assertTrue(cv.isGeverifieerd());
        assertEquals("consulent-7", cv.beoordeeldDoor);
        assertEquals("cv staat in de Werkmap", cv.gemeldToelichting, "the report stays visible");
        cv.beoordeel(false, "cv is van 2009", "consulent-7", NU.plusDays(2));
        assertFalse(cv.nagekomen);
        assertTrue(cv.isAfgekeurd());
    }

    @Test
    void eenMeldingZonderBewijsIs400OpToelichting() {
        Verplichting cv = Verplichting.nieuw(UUID.randomUUID(), VerplichtingSoort.SOLLICITATIES);
        var p = assertThrows(ProblemException.class, () -> cv.meld("  ", "klant-1", NU)).problem();
        assertEquals(List.of("toelichting"), p.invalidParams().stream().map(i -> i.name()).toList());
        assertEquals(null, cv.gemeldOp);
    }

    @Test
    void deEntreevragenlijstIsAlleenNagekomenDoorEenIngediendeVragenlijst() {
        Verplichting evl = Verplichting.nieuw(UUID.randomUUID(), VerplichtingSoort.ENTREEVRAGENLIJST);
        assertEquals("soort", assertThrows(ProblemException.class, () -> evl.meld("ingevuld", "klant-1", NU))
                .problem().invalidParams().get(0).name());
        assertEquals("soort", assertThrows(ProblemException.class, () -> evl.beoordeel(true, null, "consulent-7", NU))
                .problem().invalidParams().get(0).name());
        assertFalse(evl.nagekomen);
        evl.entreevragenlijstIngediend("Entreevragenlijst ingediend", NU);
        assertTrue(evl.nagekomen);
        assertEquals(Verplichting.SCREENING, evl.beoordeeldDoor);
        assertThrows(IllegalStateException.class,
                () -> Verplichting.nieuw(UUID.randomUUID(), VerplichtingSoort.CV).entreevragenlijstIngediend("x", NU));
    }

    @Test
    void deStandIsAllesNagekomenAlleenAlsAlleVierNagekomenZijn() {
        Verplichting a = Verplichting.nieuw(UUID.randomUUID(), VerplichtingSoort.UWV_INSCHRIJVING);
        Verplichting b = Verplichting.nieuw(a.sleutel.aanvraagId(), VerplichtingSoort.CV);
        Verplichting c = Verplichting.nieuw(a.sleutel.aanvraagId(), VerplichtingSoort.SOLLICITATIES);
        Verplichting d = Verplichting.nieuw(a.sleutel.aanvraagId(), VerplichtingSoort.ENTREEVRAGENLIJST);
        a.nagekomen = b.nagekomen = c.nagekomen = true;
        VerplichtingenStand drie = VerplichtingenStand.van(List.of(a, b, c, d));
        assertFalse(drie.alleNagekomen());
        assertEquals(List.of(VerplichtingSoort.ENTREEVRAGENLIJST), drie.nietNagekomen());
        d.nagekomen = true;
        assertTrue(VerplichtingenStand.van(List.of(a, b, c, d)).alleNagekomen());
        assertFalse(VerplichtingenStand.van(List.of()).alleNagekomen(), "nothing tracked is not everything met");
    }
}
