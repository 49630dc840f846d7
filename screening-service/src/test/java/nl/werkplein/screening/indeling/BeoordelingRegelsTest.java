package nl.werkplein.screening.indeling;

import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.screening.scoring.Regelset;
import nl.werkplein.screening.scoring.RegelsetConfig;
import nl.werkplein.screening.scoring.Uitkomst;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decision on an answer set, on the aggregate, without Quarkus: set together, once. */
class BeoordelingRegelsTest {

    static final Regelset REGELS = new Regelset("entreevragenlijst-beleid-2014", "1", RegelsetConfig.Modus.BELEID_2014, 4.0, 2.0, 3.5);
    static final OffsetDateTime OP = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void eenBeoordelingLegtAntwoordenUitkomstEnRegelsetSamenVast() {
        UUID klantId = UUID.randomUUID();
        UUID vragenlijstId = UUID.randomUUID();
        Beoordeling b = new Beoordeling();
        assertSame(b, b.stelVast(klantId, vragenlijstId, "{\"K1\":4}", "{\"KUNNEN\":4.0}", Uitkomst.ZELFDOENER, "kan en wil",
                REGELS, "consulent-1", OP));
        assertNotNull(b.id);
        assertEquals(klantId, b.klantId);
        assertEquals(vragenlijstId, b.vragenlijstId);
        assertEquals("{\"K1\":4}", b.antwoorden);
        assertEquals("{\"KUNNEN\":4.0}", b.scores);
        assertEquals(Uitkomst.ZELFDOENER, b.uitkomst);
        assertEquals("kan en wil", b.toelichting);
        assertEquals("entreevragenlijst-beleid-2014", b.regelsetNaam);
        assertEquals("1", b.regelsetVersie);
        assertEquals("consulent-1", b.ingediendDoor);
        assertEquals(OP, b.ingediendOp);
    }

    @Test
    void eenVastgesteldeBeoordelingVerandertNietMeer() {
        Beoordeling b = new Beoordeling().stelVast(UUID.randomUUID(), UUID.randomUUID(), "{}", "{}", Uitkomst.GESPREK_NODIG, "twijfel",
                REGELS, "klant", OP);
        UUID id = b.id;
        ProblemException e = assertThrows(ProblemException.class, () -> b.stelVast(b.klantId, b.vragenlijstId, "{}", "{}",
                Uitkomst.ZELFDOENER, "anders", REGELS, "klant", OP.plusDays(1)));
        assertEquals(409, e.problem().status());
        assertTrue(e.problem().detail().contains("GESPREK_NODIG"), e.problem().detail());
        assertEquals(id, b.id);
        assertEquals(Uitkomst.GESPREK_NODIG, b.uitkomst);
        assertEquals("twijfel", b.toelichting);
        assertEquals(OP, b.ingediendOp);
    }

    @Test
    void zonderUitkomstWordtNietsVastgesteld() {
        Beoordeling b = new Beoordeling();
        assertThrows(NullPointerException.class, () -> b.stelVast(UUID.randomUUID(), UUID.randomUUID(), "{}", "{}", null, "x",
                REGELS, "klant", OP));
        // still open: a correct decision can follow
        b.stelVast(UUID.randomUUID(), UUID.randomUUID(), "{}", "{}", Uitkomst.ZELFDOENER, "x", REGELS, "klant", OP);
        assertEquals(Uitkomst.ZELFDOENER, b.uitkomst);
    }
}
