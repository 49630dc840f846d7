package nl.werkplein.platform.api;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ZoekopdrachtTest {

    @Test
    void zonderFiltersIsAllesWaar() {
        Zoekopdracht z = new Zoekopdracht().eq("pool", null).van("datum", null).tot("datum", null)
                .bevat("naam", null).bevat("naam", "  ");
        assertEquals("1 = 1", z.where());
        assertEquals(Map.of(), z.params());
    }

    @Test
    void alleenGegevenFiltersTellenMee() {
        UUID werkgever = UUID.randomUUID();
        Zoekopdracht z = new Zoekopdracht().eq("pool", "LOGISTIEK").eq("bron", null).eq("werkgeverId", werkgever);
        assertEquals("pool = :pool and werkgeverId = :werkgeverId", z.where());
        assertEquals(Map.of("pool", "LOGISTIEK", "werkgeverId", werkgever), z.params());
    }

    @Test
    void vanEnTotZijnInclusiefOpHetzelfdeVeld() {
        LocalDate van = LocalDate.of(2025, 1, 1);
        LocalDate tot = LocalDate.of(2025, 1, 31);
        Zoekopdracht z = new Zoekopdracht().van("datum", van).tot("datum", tot);
        assertEquals("datum >= :datumVan and datum <= :datumTot", z.where());
        assertEquals(Map.of("datumVan", van, "datumTot", tot), z.params());
    }

    @Test
    void bevatZoektHoofdletterongevoeligZonderEigenJokers() {
        Zoekopdracht z = new Zoekopdracht().bevat("naam", " Jan%sen ");
        assertEquals("lower(naam) like :naam", z.where());
        assertEquals(Map.of("naam", "%jansen%"), z.params());
    }

    @Test
    void waarVoegtRuweClausulesAltijdToe() {
        Zoekopdracht z = new Zoekopdracht().waar("status in :statussen", "statussen", List.of("OPEN"))
                .waar("limietOverschredenOp is null").waar("t.ecoachId = :ecoach", "ecoach", null);
        assertEquals("(status in :statussen) and (limietOverschredenOp is null) and (t.ecoachId = :ecoach)", z.where());
        assertEquals(List.of("OPEN"), z.params().get("statussen"));
        assertEquals(true, z.params().containsKey("ecoach"));
    }

    @Test
    void parameterNamenBotsenNooit() {
        Zoekopdracht z = new Zoekopdracht().eq("sleutel.klantId", 1).eq("sleutel.klantId", 2).bevat("naam", "a").eq("naam", "b");
        assertEquals("sleutel.klantId = :sleutelklantId and sleutel.klantId = :sleutelklantId2"
                + " and lower(naam) like :naam and naam = :naam2", z.where());
        assertEquals(Map.of("sleutelklantId", 1, "sleutelklantId2", 2, "naam", "%a%", "naam2", "b"), z.params());
        assertThrows(IllegalArgumentException.class, () -> z.waar("x = :naam", "naam", 3));
    }

    @Test
    void verplichtFilterWeigertNull() {
        assertThrows(NullPointerException.class, () -> new Zoekopdracht().verplicht("klantId", null));
        assertEquals("klantId = :klantId", new Zoekopdracht().verplicht("klantId", 7).where());
    }

    @Test
    void eenPaginaHeeftEenVasteVolgordeNodig() {
        assertThrows(IllegalArgumentException.class, () -> new Zoekopdracht().query(null, " "));
    }
}
